import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfirmSubsidyDocumentDocument,
  RequestSubsidyDocumentUploadDocument,
  SubmitSubsidyFileDocument,
  TypedDocumentString,
  type SubsidyDocumentUploadInput,
} from '../../client/generated/graphql.js';
import { localDocumentStorage } from '../../functions/graphql/documents.js';
import { withRequestTally } from '../../functions/shared/dynamo.js';
import { DECLARATION_VERSION } from '../../functions/subsidies/declaration.js';
import { createLocalServer } from '../../scripts/local/http-adapter.js';
import { createTestApi, manualClock, testConfig, uniqueId, type Caller } from '../support/api.js';
import { typedCall } from '../support/typed.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  labelledConnecteur,
  moderator,
  openProgram,
  ops,
  registerCompany,
} from './support.js';

// Quotes and invoices of a chèque numérique file, and the declaration on honour of its deposit, from the attacker's
// side: the bytes go through the local server's signed links exactly as the web app sends them.
const dir = mkdtempSync(join(tmpdir(), 'cc-documents-'));
const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const config = { documentsDir: dir };
const api = createTestApi({ clock, config });
const o = ops(api);
const server = createLocalServer(api.handler, { documents: localDocumentStorage(testConfig(config), clock) });
let base = '';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500)]);
/** A Windows executable renamed `devis.pdf`. */
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(2000)]);

const FileDocumentsQuery = new TypedDocumentString<
  {
    subsidyApplication: {
      status: string;
      documents: { id: string; kind: string; fileName: string; downloadUrl: string }[] | null;
    } | null;
  },
  { id: string }
>(
  `query FileDocuments($id: ID!) { subsidyApplication(id: $id) { status documents { id kind fileName downloadUrl } } }`,
);

const FileDeclarationQuery = new TypedDocumentString<
  {
    subsidyApplication: {
      declaration: {
        textVersion: string;
        acceptedAt: string;
        acceptedBySub: string | null;
        statements: string[];
      } | null;
      nextSteps: string[];
      paymentExplanation: string | null;
    } | null;
  },
  { id: string }
>(
  `query FileDeclaration($id: ID!) { subsidyApplication(id: $id) { declaration { textVersion acceptedAt acceptedBySub statements } nextSteps paymentExplanation } }`,
);

const quote = (bytes: Buffer, overrides: Partial<SubsidyDocumentUploadInput> = {}) => ({
  kind: 'QUOTE' as const,
  fileName: 'devis-agence.pdf',
  contentType: 'application/pdf',
  sizeBytes: bytes.length,
  ...overrides,
});

const put = (url: string, bytes: Buffer, contentType = 'application/pdf') =>
  fetch(`${base}${url}`, { method: 'PUT', headers: { 'content-type': contentType }, body: bytes });

/** Asks a link, sends the bytes, confirms: the web app's three steps. */
async function upload(caller: Caller, id: string, bytes: Buffer, input = quote(bytes)) {
  const link = dataOf(
    await typedCall(api, RequestSubsidyDocumentUploadDocument, { applicationId: id, input }, caller),
  ).requestSubsidyDocumentUpload;
  expect((await put(link.uploadUrl, bytes, input.contentType)).status).toBe(200);
  return {
    link,
    confirmed: await typedCall(
      api,
      ConfirmSubsidyDocumentDocument,
      { applicationId: id, documentId: link.documentId },
      caller,
    ),
  };
}

const deposit = (
  caller: Caller,
  id: string,
  declaration = { textVersion: DECLARATION_VERSION, accepted: true },
) =>
  typedCall(api, SubmitSubsidyFileDocument, { id, idempotencyKey: uniqueId('deposit'), declaration }, caller);

const documentsSeenBy = async (caller: Caller, id: string) =>
  typedCall(api, FileDocumentsQuery, { id }, caller);

let programId: string;
let applicant: Caller;
let thirdParty: Awaited<ReturnType<typeof labelledConnecteur>>;
let fileId: string;
const agent = agentOf('84');

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  programId = (await openProgram(api)).id;
  thirdParty = await labelledConnecteur(api);
  applicant = (await registerCompany(api)).caller;
  fileId = (
    await createApplication(api, applicant, programId, { trustedThirdPartyId: thirdParty.id }, 'id version')
  ).id;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('the declaration on honour of a deposit', () => {
  it('refuses a deposit without it, or of a text the applicant did not read, and writes nothing', async () => {
    const { caller } = await registerCompany(api);
    const draft = await createApplication(api, caller, programId, {}, 'id version');
    const unticked = await deposit(caller, draft.id, { textVersion: DECLARATION_VERSION, accepted: false });
    expect(codeOf(unticked)).toBe('BAD_USER_INPUT');
    const stale = await deposit(caller, draft.id, { textVersion: '2019-01', accepted: true });
    expect(codeOf(stale)).toBe('CONFLICT');
    const read = dataOf(await o.read(caller, draft.id));
    expect(read.subsidyApplication).toMatchObject({ status: 'DRAFT', version: draft.version });
  });

  it('records who declared, when and which text with the deposit; the agent sees who', async () => {
    const { caller } = await registerCompany(api);
    const draft = await createApplication(api, caller, programId, {}, 'id');
    expect(dataOf(await deposit(caller, draft.id)).submitSubsidyApplication.status).toBe('SUBMITTED');
    const own = dataOf(
      await typedCall(api, FileDeclarationQuery, { id: draft.id }, caller),
    ).subsidyApplication;
    expect(own?.declaration).toMatchObject({
      textVersion: DECLARATION_VERSION,
      acceptedAt: clock().toISOString(),
      acceptedBySub: null,
    });
    expect(own?.declaration?.statements.join(' ')).toContain('441-7');
    const seenByAgent = dataOf(await typedCall(api, FileDeclarationQuery, { id: draft.id }, agent));
    expect(seenByAgent.subsidyApplication?.declaration?.acceptedBySub).toBe(caller!.sub);
  });
});

describe('quotes and invoices', () => {
  it('keeps a checked quote that the applicant, the region’s agent and the trusted third party can download', async () => {
    const { confirmed } = await upload(applicant, fileId, PDF);
    expect(dataOf(confirmed).confirmSubsidyDocument.id).toBeTruthy();
    dataOf(await deposit(applicant, fileId));
    for (const reader of [applicant, agent, thirdParty.caller]) {
      const documents = dataOf(await documentsSeenBy(reader, fileId)).subsidyApplication?.documents ?? [];
      expect(documents.map((d) => d.fileName)).toEqual(['devis-agence.pdf']);
      const download = await fetch(`${base}${documents[0]!.downloadUrl}`);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toContain('attachment');
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    }
  });

  it('lets no one else read them: another company, an agent of another region, a moderator, anonymous', async () => {
    const otherCompany = (await registerCompany(api)).caller;
    for (const outsider of [otherCompany, agentOf('11'), moderator]) {
      const result = await documentsSeenBy(outsider, fileId);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(JSON.stringify(result.data ?? {})).not.toContain('devis-agence');
    }
    expect(codeOf(await documentsSeenBy(undefined, fileId))).toBe('UNAUTHENTICATED');
  });

  it('lets no one but the applicant ask for an upload link', async () => {
    const otherCompany = (await registerCompany(api)).caller;
    for (const [caller, code] of [
      [otherCompany, 'FORBIDDEN'],
      [agent, 'FORBIDDEN'],
      [thirdParty.caller, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const refused = await typedCall(
        api,
        RequestSubsidyDocumentUploadDocument,
        { applicationId: fileId, input: quote(PDF) },
        caller,
      );
      expect(codeOf(refused)).toBe(code);
    }
  });

  it('refuses forged, altered and expired upload and download links', async () => {
    const { caller } = await registerCompany(api);
    const id = (await createApplication(api, caller, programId, {}, 'id')).id;
    const link = dataOf(
      await typedCall(
        api,
        RequestSubsidyDocumentUploadDocument,
        { applicationId: id, input: quote(PDF) },
        caller,
      ),
    ).requestSubsidyDocumentUpload;
    const forged = link.uploadUrl.replace(/sig=[0-9a-f]{4}/, 'sig=0000');
    expect((await put(forged, PDF)).status).toBe(403);
    const otherKey = link.uploadUrl.replace(`subsidies/${id}/`, `subsidies/${fileId}/`);
    expect((await put(otherKey, PDF)).status).toBe(403);
    expect((await put(link.uploadUrl, PDF, 'text/html')).status).toBe(403);
    const bigger = Buffer.concat([PDF, Buffer.alloc(10)]);
    expect((await put(link.uploadUrl, bigger)).status).toBe(413);
    const download = (dataOf(await documentsSeenBy(applicant, fileId)).subsidyApplication?.documents ??
      [])[0]!.downloadUrl;
    expect((await fetch(`${base}${download.replace('op=get', 'op=put')}`)).status).toBe(403);
    clock.advance(16 * 60_000);
    try {
      expect((await put(link.uploadUrl, PDF)).status).toBe(403);
      expect((await fetch(`${base}${download}`)).status).toBe(403);
    } finally {
      clock.advance(-16 * 60_000);
    }
    const confirmed = await typedCall(
      api,
      ConfirmSubsidyDocumentDocument,
      { applicationId: id, documentId: link.documentId },
      caller,
    );
    expect(codeOf(confirmed)).toBe('BAD_USER_INPUT');
  });

  it('judges the type by the bytes, and refuses other types and files over 10 MB', async () => {
    const { caller } = await registerCompany(api);
    const id = (await createApplication(api, caller, programId, {}, 'id')).id;
    const renamed = await upload(caller, id, EXE);
    expect(codeOf(renamed.confirmed)).toBe('BAD_USER_INPUT');
    const mislabelled = await upload(caller, id, PNG, quote(PNG, { fileName: 'devis.pdf' }));
    expect(codeOf(mislabelled.confirmed)).toBe('BAD_USER_INPUT');
    for (const input of [
      quote(PDF, { contentType: 'text/html' }),
      quote(PDF, { contentType: 'application/x-msdownload', fileName: 'devis.exe' }),
      quote(PDF, { sizeBytes: 10 * 1024 * 1024 + 1 }),
      quote(PDF, { fileName: '../../etc/passwd' }),
    ]) {
      const refused = await typedCall(
        api,
        RequestSubsidyDocumentUploadDocument,
        { applicationId: id, input },
        caller,
      );
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    }
    expect(dataOf(await documentsSeenBy(caller, id)).subsidyApplication?.documents).toEqual([]);
    const png = await upload(
      caller,
      id,
      PNG,
      quote(PNG, { fileName: 'devis.png', contentType: 'image/png' }),
    );
    expect(dataOf(png.confirmed).confirmSubsidyDocument.id).toBe(png.link.documentId);
  });

  it('takes the invoice once the file is accepted, says what comes next, and explains a payment below the aid', async () => {
    const { caller } = await registerCompany(api);
    const id = (await createApplication(api, caller, programId, {}, 'id')).id;
    const invoice = quote(PDF, { kind: 'INVOICE', fileName: 'facture.pdf' });
    dataOf(await deposit(caller, id));
    let version = dataOf(await o.read(caller, id)).subsidyApplication!.version;
    const early = await typedCall(
      api,
      RequestSubsidyDocumentUploadDocument,
      { applicationId: id, input: invoice },
      caller,
    );
    expect(codeOf(early)).toBe('CONFLICT');
    version = dataOf(await o.startReview(agent, id, version)).startSubsidyReview.version;
    version = dataOf(await o.decide(agent, id, 'ACCEPT', version)).decideSubsidyApplication.version;
    const accepted = dataOf(await typedCall(api, FileDeclarationQuery, { id }, caller)).subsidyApplication!;
    expect(accepted.nextSteps.join(' ')).toMatch(/travaux.*facture.*50\u00a0%/s);
    expect(
      codeOf(
        await typedCall(
          api,
          RequestSubsidyDocumentUploadDocument,
          { applicationId: id, input: quote(PDF) },
          caller,
        ),
      ),
    ).toBe('CONFLICT');
    expect(dataOf((await upload(caller, id, PDF, invoice)).confirmed).confirmSubsidyDocument.id).toBeTruthy();
    // Granted 5 000 € on a 10 000 € quote; the invoice says 8 000 €: 50 % of it is paid.
    dataOf(await o.pay(agent, id, 800_000, version));
    const paid = dataOf(await typedCall(api, FileDeclarationQuery, { id }, caller)).subsidyApplication!;
    expect(paid.paymentExplanation).toContain('4\u202f000,00 €');
    expect(paid.paymentExplanation).toContain('5\u202f000,00 €');
    expect(paid.paymentExplanation).toContain('facture, non sur le devis');
  });
});

describe('documents in a list', () => {
  it('reads the documents of a whole page of files in one batch, however many files, each file its own in order', async () => {
    const program = (await openProgram(api)).id;
    const { caller } = await registerCompany(api);
    const files: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const id = (await createApplication(api, caller, program, {}, 'id')).id;
      // Two confirmations at once: each takes its own number, neither is lost.
      const both = await Promise.all([
        upload(caller, id, PDF, quote(PDF, { fileName: `devis-${i}-a.pdf` })),
        upload(caller, id, PNG, quote(PNG, { fileName: `devis-${i}-b.png`, contentType: 'image/png' })),
      ]);
      for (const { confirmed } of both) dataOf(confirmed);
      dataOf(await deposit(caller, id));
      files.push(id);
    }
    // The agent's list is the region's files filtered by programme: how many Queries fill a page depends on the
    // region's other files (the worker's table is shared), so the documents' cost is measured against the same page
    // read without them.
    const page = async (first: number, withDocuments: boolean) => {
      const { result, tally } = await withRequestTally(() =>
        api.call(
          withDocuments
            ? `query($p: ID!, $first: Int) { subsidyApplications(filter: {programId: $p}, first: $first) { edges { node { id documents { fileName } } } } }`
            : `query($p: ID!, $first: Int) { subsidyApplications(filter: {programId: $p}, first: $first) { edges { node { id } } } }`,
          { p: program, first },
          agent,
        ),
      );
      const edges = (
        dataOf(result) as {
          subsidyApplications: { edges: { node: { id: string; documents?: { fileName: string }[] } }[] };
        }
      ).subsidyApplications.edges;
      return { edges, requests: tally.byCommand };
    };
    const three = await page(3, true);
    expect(three.edges).toHaveLength(3);
    for (const { node } of three.edges) {
      const i = files.indexOf(node.id);
      expect(node.documents!.map((d) => d.fileName).sort()).toEqual([`devis-${i}-a.pdf`, `devis-${i}-b.png`]);
    }
    // The documents add no Query, and the page's BatchGetItems of everything the files point to (programme, trails,
    // documents) are as many for three files as for one.
    expect(three.requests.QueryCommand).toBe((await page(3, false)).requests.QueryCommand);
    expect(Object.keys(three.requests).sort()).toEqual(['BatchGetItemCommand', 'QueryCommand']);
    expect(three.requests.BatchGetItemCommand).toBe((await page(1, true)).requests.BatchGetItemCommand);
  });
});
