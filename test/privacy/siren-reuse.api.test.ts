import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, uniqueId, type Caller } from '../support/api.js';
import {
  createApplication,
  dataOf,
  openProgram,
  ops,
  registerCompany,
  type AppView,
} from '../subsidies/support.js';
import { answersAt, companyFacts, randomSiret } from '../support/workspace.js';
import { typedCall } from '../support/typed.js';
import * as D from './documents.js';
import { agent84, rawPartition } from './support.js';

const api = createTestApi({ clock: manualClock(new Date('2026-11-26T10:00:00.000Z')) });
const o = ops(api);
const CONFIRMATION = 'SUPPRIMER MON COMPTE';
const REJECTION = `Refusé : devis non conforme, gérant injoignable ${uniqueId('motif')}.`;

/** Whoever shows up next with the SIRET of another establishment of the same SIREN (or buys the shell company). */
const nextHolderOf = (victim: Caller): NonNullable<Caller> => ({
  role: 'PME',
  sub: uniqueId('next-holder'),
  siret: randomSiret(victim!.siret!.slice(0, 9)),
});

const registerAs = (caller: Caller) =>
  typedCall(
    api,
    D.RegisterCompany,
    {
      input: {
        name: 'Nouvelle Boulangerie',
        nafCode: '10.71C',
        employees: 2,
        annualRevenueCents: 20_000_000,
        independent: true,
        communeCode: '69123',
      },
    },
    caller,
  );

/** A company of Lyon that took a diagnostic and had a file refused, then deleted its account. */
async function deletedCompany() {
  const programId = (await openProgram(api, { regionCode: '84' })).id;
  const { caller: victim, company } = await registerCompany(api);
  const diagnosticId = dataOf(
    await typedCall(
      api,
      D.SubmitDiagnostic,
      { input: { answers: answersAt(0.5), companyFacts: companyFacts({ communeCode: '69123' }) } },
      victim,
    ),
  ).submitDiagnostic.id;
  const draft = await createApplication(api, victim, programId, {}, 'id version');
  const submitted = dataOf(await o.submit(victim, draft.id)).submitSubsidyApplication;
  const review = dataOf(await o.startReview(agent84, draft.id, submitted.version)).startSubsidyReview;
  dataOf(await o.decide(agent84, draft.id, 'REJECT', review.version, REJECTION));
  dataOf(await typedCall(api, D.DeleteMyAccount, { c: CONFIRMATION }, victim));
  return { victim: victim!, companyId: company.id, applicationId: draft.id, diagnosticId, programId };
}

describe('the SIREN of a deleted company, registered again', () => {
  it('gives a new company that inherits nothing: no old file, diagnostic or refusal reason, nothing to write on', async () => {
    const old = await deletedCompany();
    const next = nextHolderOf(old.victim);
    const company = dataOf(await registerAs(next)).registerCompany;
    expect(company.siren).toBe(old.victim.siret!.slice(0, 9));
    expect(company.id).not.toBe(old.companyId);

    const exported = dataOf(await typedCall(api, D.ExportMyData, {}, next)).exportMyData;
    expect(exported.company).toEqual({ id: company.id, siren: company.siren, name: 'Nouvelle Boulangerie' });
    expect(exported.subsidyApplications).toEqual([]);
    expect(exported.diagnostics).toEqual([]);
    const text = JSON.stringify(exported);
    for (const secret of [old.companyId, old.applicationId, old.diagnosticId, REJECTION])
      expect(text).not.toContain(secret);
    const listed = dataOf(await typedCall(api, D.MyApplications, {}, next)).subsidyApplications.edges;
    expect(listed).toEqual([]);

    // The old file can be neither read nor written, and nothing is written.
    const fileBefore = await rawPartition(`SUBAPP#${old.applicationId}`);
    const read = await o.read(next, old.applicationId);
    expect(read.data?.subsidyApplication ?? null).toBeNull();
    expect(JSON.stringify(read)).not.toContain(REJECTION);
    for (const attempt of [
      o.update(next, old.applicationId, { projectSummary: 'Je reprends ce dossier à mon compte.' }, 1),
      o.submit(next, old.applicationId),
      typedCall(api, D.SendMessage, { id: old.applicationId, b: 'Bonjour, c’est toujours nous.' }, next),
    ]) {
      const answer = await attempt;
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(answer));
    }
    expect(await rawPartition(`SUBAPP#${old.applicationId}`)).toEqual(fileBefore);
    const diagnostic = await typedCall(api, D.DiagnosticResult, { id: old.diagnosticId }, next);
    expect(diagnostic.data?.diagnosticResult ?? null).toBeNull();

    // The region's agent still reads the kept file, pseudonymised, with its decision.
    const kept = dataOf(await o.read(agent84, old.applicationId, 'projectSummary company { name }'))
      .subsidyApplication as (AppView & { projectSummary: string }) | null;
    expect(kept).toMatchObject({
      status: 'REJECTED',
      company: { id: old.companyId, siren: '', name: 'Entreprise supprimée' },
    });
    expect(kept!.projectSummary).toMatch(/effacé/);
    expect(kept!.history.map((h) => h.action)).toContain('REJECT');
  });

  it('lets the deleted company’s former user start afresh too, with nothing inherited', async () => {
    const old = await deletedCompany();
    const again = dataOf(await registerAs(old.victim)).registerCompany;
    expect(again.id).not.toBe(old.companyId);
    const exported = dataOf(await typedCall(api, D.ExportMyData, {}, old.victim)).exportMyData;
    expect(exported.subsidyApplications).toEqual([]);
    expect(exported.diagnostics).toEqual([]);
  });

  it('cuts off the other members of a deleted company: no company, no file; they may join the next one', async () => {
    const { caller: owner, company } = await registerCompany(api);
    const colleague = nextHolderOf(owner);
    dataOf(await typedCall(api, D.JoinMyCompany, {}, colleague));
    const programId = (await openProgram(api, { regionCode: '84' })).id;
    const draft = await createApplication(api, owner, programId, {}, 'id version');
    dataOf(await o.submit(owner, draft.id));
    dataOf(await typedCall(api, D.DeleteMyAccount, { c: CONFIRMATION }, owner));

    expect(dataOf(await typedCall(api, D.MyCompany, {}, colleague)).myCompany).toBeNull();
    const exported = dataOf(await typedCall(api, D.ExportMyData, {}, colleague)).exportMyData;
    expect(exported).toMatchObject({ company: null, subsidyApplications: [] });
    expect(codeOf(await o.submit(colleague, draft.id))).toMatch(/FORBIDDEN|NOT_FOUND/);

    // A new registration of the SIREN by someone else, which the colleague then joins: a new company.
    const newcomer = nextHolderOf(owner);
    const fresh = dataOf(await registerAs(newcomer)).registerCompany;
    expect(fresh.id).not.toBe(company.id);
    const joined = dataOf(await typedCall(api, D.JoinMyCompany, {}, colleague)).joinMyCompany;
    expect(joined.id).toBe(fresh.id);
  });
});
