import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  ConfirmSubsidyDocumentDocument,
  RequestSubsidyDocumentUploadDocument,
  TypedDocumentString,
  type SubsidyDocumentUploadInput,
} from '../../client/generated/graphql.js';
import { localDocumentStorage } from '../../functions/graphql/documents.js';
import { subsidyErasure } from '../../functions/subsidies/index.js';
import { SubsidyStore } from '../../functions/subsidies/store.js';
import { createTestApi, manualClock, testConfig, testDb, type Caller } from '../support/api.js';
import { typedCall } from '../support/typed.js';
import {
  advanceTo,
  createApplication,
  dataOf,
  openProgram,
  ops,
  registerCompany,
} from '../subsidies/support.js';
import { DeleteMyAccount } from './documents.js';
import { agent84, personOf, rawPartition } from './support.js';

// A company's quotes and invoices when it deletes its account (docs/security.md, "Personal data"): a draft's and a
// withdrawn file's documents go, bytes and records; a paid file's checked documents stay with the region,
// pseudonymised; a second deletion changes nothing.
const dir = mkdtempSync(join(tmpdir(), 'cc-erasure-documents-'));
const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const config = { documentsDir: dir };
const api = createTestApi({ clock, config });
const o = ops(api);
const storage = localDocumentStorage(testConfig(config), clock);
const CONFIRMATION = 'SUPPRIMER MON COMPTE';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1000, 0x20)]);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FileDocumentsQuery = new TypedDocumentString<
  { subsidyApplication: { status: string; documents: { kind: string; fileName: string }[] | null } | null },
  { id: string }
>(
  `query ErasedFileDocuments($id: ID!) { subsidyApplication(id: $id) { status documents { kind fileName } } }`,
);

/** Uploads a document as the web app does (the bytes written where the signed link points), checked or not. */
async function upload(
  caller: Caller,
  applicationId: string,
  input: SubsidyDocumentUploadInput,
  confirm = true,
) {
  const link = dataOf(
    await typedCall(api, RequestSubsidyDocumentUploadDocument, { applicationId, input }, caller),
  ).requestSubsidyDocumentUpload;
  const key = `subsidies/${applicationId}/${link.documentId}`;
  await storage.write(key, PDF);
  if (confirm)
    dataOf(
      await typedCall(
        api,
        ConfirmSubsidyDocumentDocument,
        { applicationId, documentId: link.documentId },
        caller,
      ),
    );
  return storage.pathOf(key);
}

const documentItems = async (applicationId: string) =>
  (await rawPartition(`SUBAPP#${applicationId}`)).filter((i) => String(i.SK).startsWith('DOC#'));

describe('deleting an account with documents on its subsidy files', () => {
  it('deletes the documents of drafts and withdrawn files, keeps a paid file’s pseudonymised, and is a no-op twice', async () => {
    const person = personOf('documents');
    const { caller, company } = await registerCompany(api);
    const named = (kind: 'QUOTE' | 'INVOICE'): SubsidyDocumentUploadInput => ({
      kind,
      fileName: `${kind === 'QUOTE' ? 'devis' : 'facture'}-${person.tag}.pdf`,
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const newFile = async () => {
      const programId = (await openProgram(api, { regionCode: '84' })).id;
      return createApplication(api, caller, programId, {}, 'id version');
    };

    // A draft with a checked quote and one never checked.
    const draft = await newFile();
    const draftPaths = [
      await upload(caller, draft.id, named('QUOTE')),
      await upload(caller, draft.id, named('QUOTE'), false),
    ];
    // An accepted file (withdrawn by the deletion) with its quote and its invoice.
    const accepted = await newFile();
    const acceptedPaths = [await upload(caller, accepted.id, named('QUOTE'))];
    let version = await advanceTo(api, accepted, 'ACCEPTED', caller, agent84);
    acceptedPaths.push(await upload(caller, accepted.id, named('INVOICE')));
    // A paid file with its quote and its invoice.
    const paid = await newFile();
    const paidPaths = [await upload(caller, paid.id, named('QUOTE'))];
    version = await advanceTo(api, paid, 'ACCEPTED', caller, agent84);
    paidPaths.push(await upload(caller, paid.id, named('INVOICE')));
    dataOf(await o.pay(agent84, paid.id, 900_000, version));
    for (const path of [...draftPaths, ...acceptedPaths, ...paidPaths]) expect(existsSync(path)).toBe(true);

    const receipt = dataOf(
      await typedCall(api, DeleteMyAccount, { c: CONFIRMATION }, caller),
    ).deleteMyAccount;
    expect(receipt.subsidyApplicationsAnonymized).toBe(2);

    // The draft is gone, its documents too (bytes included, checked or not).
    expect(await rawPartition(`SUBAPP#${draft.id}`)).toEqual([]);
    for (const path of draftPaths) expect(existsSync(path)).toBe(false);
    // The withdrawn file is kept, closed, without its documents.
    const withdrawn = dataOf(
      await typedCall(api, FileDocumentsQuery, { id: accepted.id }, agent84),
    ).subsidyApplication!;
    expect(withdrawn).toEqual({ status: 'CLOSED', documents: [] });
    expect(await documentItems(accepted.id)).toEqual([]);
    const withdrawnItem = (await rawPartition(`SUBAPP#${accepted.id}`)).find((i) => i.SK === 'APP');
    expect(withdrawnItem).not.toHaveProperty('documentCount');
    for (const path of acceptedPaths) expect(existsSync(path)).toBe(false);
    // The paid file keeps its quote and invoice for the region, under neutral names, with no uploader.
    const kept = dataOf(
      await typedCall(api, FileDocumentsQuery, { id: paid.id }, agent84),
    ).subsidyApplication!;
    // Uploaded at the same instant (a manual clock): their order is not the point.
    expect(kept.status).toBe('PAID');
    expect(kept.documents).toHaveLength(2);
    expect(kept.documents).toEqual(
      expect.arrayContaining([
        { kind: 'QUOTE', fileName: 'devis.pdf' },
        { kind: 'INVOICE', fileName: 'facture.pdf' },
      ]),
    );
    for (const path of paidPaths) expect(existsSync(path)).toBe(true);
    const paidItems = await rawPartition(`SUBAPP#${paid.id}`);
    expect(
      paidItems.filter((i) => String(i.SK).startsWith('DOC#')).every((i) => !('uploadedBySub' in i)),
    ).toBe(true);
    for (const id of [accepted.id, paid.id]) {
      const stored = JSON.stringify(await rawPartition(`SUBAPP#${id}`));
      expect(stored).not.toContain(person.tag);
      expect(stored).not.toContain(caller!.sub);
    }

    // Asked again: the same receipt, nothing written.
    const again = dataOf(await typedCall(api, DeleteMyAccount, { c: CONFIRMATION }, caller)).deleteMyAccount;
    expect(again).toEqual(receipt);
    expect(await rawPartition(`SUBAPP#${paid.id}`)).toEqual(paidItems);
    for (const path of paidPaths) expect(existsSync(path)).toBe(true);
    // The domain's own erasure, run again on the erased company, writes nothing either.
    const subsidyStore = new SubsidyStore(testDb(), inject('tableName'));
    await subsidyErasure({ subsidyStore, documentStorage: storage }).erase(company.id, clock());
    expect(await rawPartition(`SUBAPP#${paid.id}`)).toEqual(paidItems);
  });
});
