import { describe, expect, it } from 'vitest';
import type { Caller, GraphqlResult } from '../support/api.js';
import { createTestApi, manualClock } from '../support/api.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  labelledConnecteur,
  moderator,
  ops,
  openProgram,
  registerCompany,
} from '../subsidies/support.js';
import {
  FILE_READERS,
  SUBSIDY_FIELD_MATRIX,
  type FieldOutcome,
  type FileReader,
} from './authorization-matrix.js';

// Field-level need to know on a chèque numérique file: every sensitive field × every reader, as
// authorization-matrix.ts says, read through the root field and, for the trusted third party, nested in its list.
const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);
const agent = agentOf('84');

const world = (async () => {
  const program = await openProgram(api, { maxAnnualRevenueCents: 200_000_000 });
  const trustedThirdParty = await labelledConnecteur(api);
  const otherConnecteur = await labelledConnecteur(api);
  const { caller: applicant } = await registerCompany(api);
  const draft = await createApplication(
    api,
    applicant,
    program.id,
    { trustedThirdPartyId: trustedThirdParty.id },
    'id version',
  );
  dataOf(await o.attest(trustedThirdParty.caller, draft.id));
  let version = dataOf(await o.submit(applicant, draft.id)).submitSubsidyApplication.version;
  version = dataOf(await o.requestCorrection(agent, draft.id, version, 'Joignez le devis signé.'))
    .requestSubsidyCorrection.version;
  version = dataOf(await o.submit(applicant, draft.id)).submitSubsidyApplication.version;
  const note = (mutation: string, caller: Caller) =>
    api.call(
      `mutation($id: ID!) { ${mutation}(id: $id, body: "Notre chiffre d’affaires a baissé.") { at } }`,
      { id: draft.id },
      caller,
    );
  dataOf(await note('sendSubsidyMessage', applicant));
  dataOf(await note('sendSubsidyMessage', agent));
  dataOf(await note('annotateSubsidyApplication', agent));
  version = dataOf(await o.startReview(agent, draft.id, version)).startSubsidyReview.version;
  version = dataOf(await o.decide(agent, draft.id, 'ACCEPT', version)).decideSubsidyApplication.version;
  dataOf(await o.pay(agent, draft.id, 900_000, version));
  const readers: Record<FileReader, Caller> = {
    applicant,
    regionAgent: agent,
    otherRegionAgent: agentOf('11'),
    trustedThirdParty: trustedThirdParty.caller,
    otherConnecteur: otherConnecteur.caller,
    moderator,
  };
  return { id: draft.id, readers, applicant, trustedThirdParty, program };
})();

type File = Record<string, unknown> | null;

/** Whether what was answered for one field is the outcome the matrix expects, or what is wrong. */
function check(
  outcome: FieldOutcome,
  field: string,
  file: File,
  result: GraphqlResult<unknown>,
): string | undefined {
  const [top] = field.split(/[.(]/);
  const codes = (result.errors ?? []).map((e) => e.extensions?.code);
  const seen = `${JSON.stringify(file?.[top!] ?? file).slice(0, 120)} ${codes.join(',')}`;
  if (outcome === 'NO_FILE') return file === null && codes.includes('FORBIDDEN') ? undefined : seen;
  if (!file) return `no file: ${seen}`;
  const value = file[top!];
  const forbiddenOnly = codes.length > 0 && codes.every((c) => c === 'FORBIDDEN');
  if (codes.length && outcome !== 'FORBIDDEN') return seen;
  const leaf = field.includes('.') ? field.split('.')[1]! : undefined;
  const leaves = (list: unknown) =>
    (Array.isArray(list) ? list : [list]).map((item) =>
      leaf ? (item as Record<string, unknown>)[leaf] : item,
    );
  if (field === 'eligibility(ANNUAL_REVENUE)') {
    const rules = (value as { rule: string }[]).map((c) => c.rule);
    const has = rules.includes('ANNUAL_REVENUE');
    return (outcome === 'READ' ? has : !has && rules.includes('EMPLOYEES')) ? undefined : seen;
  }
  const values = value === null ? [] : leaves(value).filter((v) => v !== undefined);
  if (outcome === 'FORBIDDEN')
    return (value === null || values.every((v) => v === null)) && forbiddenOnly ? undefined : seen;
  if (outcome === 'NULL') return values.length > 0 && values.every((v) => v === null) ? undefined : seen;
  // READ: a value, and for history reasons at least one entry that has one.
  return values.length > 0 && values.some((v) => v !== null) ? undefined : seen;
}

describe('field-level need to know on a chèque numérique file', () => {
  const cells = Object.entries(SUBSIDY_FIELD_MATRIX).flatMap(([field, { selection, row }]) =>
    FILE_READERS.map((reader, i) => [field, reader, selection, row[i]!] as const),
  );

  it.each(cells)('%s read by %s', async (field, reader, selection, outcome) => {
    const { id, readers } = await world;
    const result = await api.call<{ subsidyApplication: File }>(
      `query($id: ID!) { subsidyApplication(id: $id) { id ${selection} } }`,
      { id },
      readers[reader],
    );
    expect(
      check(outcome, field, result.data?.subsidyApplication ?? null, result),
      `${field} × ${reader}`,
    ).toBeUndefined();
  });

  it('holds nested in the trusted third party’s list: the fields it may not read are refused, the rest answered', async () => {
    const { id, trustedThirdParty } = await world;
    // A plain string: the refused fields answer null, which the schema's types (non-null) would hide.
    type Node = {
      id: string;
      projectSummary: string;
      expenses: { providerSiren: string }[];
      company: Record<string, unknown>;
      messages: { body: string }[] | null;
      history: { action: string; reason: string | null; actorSub: string | null }[];
      grantedAidCents: number | null;
      paidCents: number | null;
      invoiceCents: number | null;
      eligibility: { rule: string; message: string }[];
    };
    const result = await api.call<{ applicationsToAttest: { edges: { node: Node }[] } }>(
      `{ applicationsToAttest(first: 50) { edges { node {
        id projectSummary expenses { providerSiren }
        company { siren name employees nafCode annualRevenueCents }
        messages { body } history { action reason actorSub } grantedAidCents paidCents invoiceCents
        eligibility { rule message }
      } } } }`,
      {},
      trustedThirdParty.caller,
    );
    const node = result.data!.applicationsToAttest.edges.find((e) => e.node.id === id)!.node;
    expect(node.projectSummary).toBeTruthy();
    expect(node.expenses.length).toBeGreaterThan(0);
    expect(node.company).toMatchObject({ annualRevenueCents: null, employees: 8, nafCode: '10.71C' });
    expect(node.messages).toBeNull();
    expect(node.history.map((h) => h.reason)).toEqual(node.history.map(() => null));
    expect(node.history.map((h) => h.action)).toContain('REQUEST_CORRECTION');
    expect(node).toMatchObject({ grantedAidCents: null, paidCents: null, invoiceCents: null });
    expect(JSON.stringify(node.eligibility)).not.toMatch(/Chiffre d’affaires/i);
    const refused = (result.errors ?? []).map((e) => [e.path?.slice(-2).join('.'), e.extensions?.code]);
    expect(refused).toEqual(
      expect.arrayContaining([
        ['company.annualRevenueCents', 'FORBIDDEN'],
        [expect.stringMatching(/messages$/), 'FORBIDDEN'],
        [expect.stringMatching(/grantedAidCents$/), 'FORBIDDEN'],
      ]),
    );
    expect(refused.every(([, code]) => code === 'FORBIDDEN')).toBe(true);
    // No value the trusted third party may not read is anywhere in the answer.
    expect(JSON.stringify(result.data)).not.toContain('Notre chiffre');
    expect(JSON.stringify(result.data)).not.toContain('Joignez le devis');
    expect(JSON.stringify(result.data)).not.toContain('90000000');
  });
});

describe('a draft', () => {
  it('is readable by its company (and the trusted third party it names, to attest it), not by agents or moderators', async () => {
    const { program, trustedThirdParty, applicant } = await world;
    const draft = await createApplication(
      api,
      applicant,
      program.id,
      { trustedThirdPartyId: trustedThirdParty.id },
      'id',
    );
    const read = (caller: Caller) =>
      api.call<{ subsidyApplication: { id: string } | null }>(
        `query($id: ID!) { subsidyApplication(id: $id) { id } }`,
        { id: draft.id },
        caller,
      );
    expect(dataOf(await read(applicant)).subsidyApplication!.id).toBe(draft.id);
    expect(dataOf(await read(trustedThirdParty.caller)).subsidyApplication!.id).toBe(draft.id);
    for (const outsider of [
      moderator,
      agent,
      agentOf('11'),
      { role: 'PME', sub: 'someone-else' },
    ] as Caller[]) {
      expect(codeOf(await read(outsider)), JSON.stringify(outsider)).toBe('FORBIDDEN');
    }
  });
});
