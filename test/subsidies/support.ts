import type { SubsidyStatus } from '../../functions/subsidies/records.js';
import { DECLARATION_VERSION } from '../../functions/subsidies/declaration.js';
import { randomInt } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { expect, inject } from 'vitest';
import { isSiren } from '../../functions/shared/identifiers.js';
import { codeOf, createTestApi, testDb, uniqueId, type Caller, type GraphqlResult } from '../support/api.js';
import { pmeWithSiret } from '../support/workspace.js';
import { typedCall } from '../support/typed.js';
import * as D from './support-documents.js';

/** A random SIREN with a valid Luhn key. */
export function randomSiren(): string {
  const prefix = String(randomInt(10_000_000, 99_999_999));
  for (let key = 0; key <= 9; key++) if (isSiren(`${prefix}${key}`)) return `${prefix}${key}`;
  throw new Error('unreachable');
}

export const moderator: Caller = { role: 'MODERATOR', sub: 'moderator-subsidies' };
export const agentOf = (regionCode: string): Caller => ({
  role: 'REGION_AGENT',
  sub: uniqueId('agent'),
  regionCode,
});
/** A PME user whose token carries the SIRET of a company not registered yet. */
export const pme = (): Caller => pmeWithSiret();

export const APPLICATION_FIELDS = `id status version investmentCents aidCents grantedAidCents paidCents invoiceCents eligible
  eligibility { rule passed message } company { id siren regionCode } program { id }
  history { version action fromStatus toStatus reason actorRole actorSub }`;

/** What the trusted third party may read of a file (no granted aid, payment, messages or revenue). */
export const THIRD_PARTY_FIELDS = APPLICATION_FIELDS.replace(' grantedAidCents paidCents invoiceCents', '');

export type Api = ReturnType<typeof createTestApi>;

/** What a test needs of an answer: its data, or a failure naming the errors. */
export function dataOf<T>(result: GraphqlResult<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

/** The facts of a company; its SIREN comes from the registering user's token (give `siren` to test a typed one). */
export function companyInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Boulangerie ${uniqueId()}`,
    nafCode: '10.71C',
    employees: 8,
    annualRevenueCents: 90_000_000,
    independent: true,
    communeCode: '69123',
    ...overrides,
  };
}

export async function registerCompany(api: Api, overrides: Record<string, unknown> = {}, caller = pme()) {
  const result = await typedCall(api, D.RegisterCompany, { input: companyInput(overrides) }, caller);
  return { caller, company: dataOf(result).registerCompany };
}

/** The model scheme, open from a year ago for two years, in a region. */
export function programInput(overrides: Record<string, unknown> = {}) {
  return {
    regionCode: '84',
    name: `Chèque Croissance connectée ${uniqueId()}`,
    managingBody: 'Conseil régional',
    opensAt: '2026-01-01T00:00:00.000Z',
    closesAt: '2027-12-31T23:00:00.000Z',
    envelopeCents: 250_000_000,
    aidRateBasisPoints: 5000,
    investmentFloorCents: 200_000,
    investmentCeilingCents: 3_000_000,
    aidFloorCents: 100_000,
    aidCeilingCents: 1_500_000,
    ...overrides,
  };
}

export async function openProgram(api: Api, overrides: Record<string, unknown> = {}, caller = moderator) {
  const result = await typedCall(api, D.OpenProgram, { input: programInput(overrides) }, caller);
  return dataOf(result).openSubsidyProgram;
}

export const expense = (overrides: Record<string, unknown> = {}) => ({
  theme: 'ECOMMERCE_WEBSITE' as const,
  description: 'Site de vente en ligne',
  amountCents: 1_000_000,
  providerSiren: '732829320',
  providerName: 'Agence Web Lyon',
  ...overrides,
});

export type AppView = {
  id: string;
  status: string;
  version: number;
  aidCents: number;
  grantedAidCents: number | null;
  paidCents: number | null;
  eligible: boolean;
  eligibility: { rule: string; passed: boolean; message: string }[];
  history: {
    version: number;
    action: string;
    fromStatus: string | null;
    toStatus: string;
    reason: string | null;
  }[];
};

export async function createApplication(
  api: Api,
  caller: Caller,
  programId: string,
  overrides: Record<string, unknown> = {},
  fields = APPLICATION_FIELDS,
) {
  const result = await api.call<{ createSubsidyApplication: AppView }>(
    `mutation($input: CreateSubsidyApplicationInput!) { createSubsidyApplication(input: $input) { ${fields} } }`,
    {
      input: {
        programId,
        projectSummary: 'Vendre nos pains spéciaux en ligne avec retrait en boutique.',
        expenses: [expense()],
        ...overrides,
      },
    },
    caller,
  );
  return dataOf(result).createSubsidyApplication;
}

export const ops = (api: Api) => ({
  submit: (caller: Caller, id: string, key = uniqueId('submit')) =>
    api.call<{ submitSubsidyApplication: AppView }>(
      `mutation($id: ID!, $key: String!) { submitSubsidyApplication(id: $id, idempotencyKey: $key, declaration: { textVersion: "${DECLARATION_VERSION}", accepted: true }) { ${APPLICATION_FIELDS} } }`,
      { id, key },
      caller,
    ),
  startReview: (caller: Caller, id: string, version: number) =>
    api.call<{ startSubsidyReview: AppView }>(
      `mutation($id: ID!, $v: Int!) { startSubsidyReview(id: $id, expectedVersion: $v) { ${APPLICATION_FIELDS} } }`,
      { id, v: version },
      caller,
    ),
  requestCorrection: (caller: Caller, id: string, version: number, message = 'Merci de joindre le devis.') =>
    api.call<{ requestSubsidyCorrection: AppView }>(
      `mutation($id: ID!, $m: String!, $v: Int!) { requestSubsidyCorrection(id: $id, message: $m, expectedVersion: $v) { ${APPLICATION_FIELDS} } }`,
      { id, m: message, v: version },
      caller,
    ),
  decide: (caller: Caller, id: string, decision: string, version: number, reason?: string) =>
    api.call<{ decideSubsidyApplication: AppView }>(
      `mutation($id: ID!, $d: SubsidyDecision!, $r: String, $v: Int!) { decideSubsidyApplication(id: $id, decision: $d, reason: $r, expectedVersion: $v) { ${APPLICATION_FIELDS} } }`,
      { id, d: decision, r: reason, v: version },
      caller,
    ),
  reopen: (caller: Caller, id: string, version: number, reason = 'Pièce nouvelle au dossier.') =>
    api.call<{ reopenSubsidyApplication: AppView }>(
      `mutation($id: ID!, $r: String!, $v: Int!) { reopenSubsidyApplication(id: $id, reason: $r, expectedVersion: $v) { ${APPLICATION_FIELDS} } }`,
      { id, r: reason, v: version },
      caller,
    ),
  pay: (caller: Caller, id: string, invoiceCents: number, version: number) =>
    api.call<{ recordSubsidyPayment: AppView }>(
      `mutation($id: ID!, $i: Cents!, $v: Int!) { recordSubsidyPayment(id: $id, invoiceCents: $i, expectedVersion: $v) { ${APPLICATION_FIELDS} } }`,
      { id, i: invoiceCents, v: version },
      caller,
    ),
  correctPayment: (
    caller: Caller,
    id: string,
    invoiceCents: number,
    version: number,
    reason = 'Facture erronée enregistrée.',
  ) =>
    api.call<{ correctSubsidyPayment: AppView }>(
      `mutation($id: ID!, $input: CorrectSubsidyPaymentInput!, $v: Int!) { correctSubsidyPayment(id: $id, input: $input, expectedVersion: $v) { ${APPLICATION_FIELDS} } }`,
      { id, input: { invoiceCents, reason }, v: version },
      caller,
    ),
  update: (caller: Caller, id: string, input: Record<string, unknown>, version: number) =>
    api.call<{ updateSubsidyApplication: AppView }>(
      `mutation($id: ID!, $input: UpdateSubsidyApplicationInput!, $v: Int!) { updateSubsidyApplication(id: $id, input: $input, expectedVersion: $v) { ${APPLICATION_FIELDS} } }`,
      { id, input, v: version },
      caller,
    ),
  attest: (caller: Caller, id: string) =>
    api.call<{ attestSubsidyApplication: AppView & { attestedBy: { id: string } | null } }>(
      `mutation($id: ID!) { attestSubsidyApplication(id: $id) { ${THIRD_PARTY_FIELDS} attestedBy { id } } }`,
      { id },
      caller,
    ),
  read: (caller: Caller, id: string, extra = '') =>
    api.call<{ subsidyApplication: AppView | null }>(
      `query($id: ID!) { subsidyApplication(id: $id) { ${APPLICATION_FIELDS} ${extra} } }`,
      { id },
      caller,
    ),
  dashboard: (caller: Caller, programId: string) =>
    api.call<{ subsidyProgram: { dashboard: Dashboard | null } }>(
      `query($id: ID!) { subsidyProgram(id: $id) { dashboard { envelopeCents committedCents paidCents remainingCents applicantCompanies fundedCompanies countsByStatus { status count } followUp { responses benefitCount averageRevenueChangePercent averageEmployeesChange averageSatisfaction } } } }`,
      { id: programId },
      caller,
    ),
});

export type Dashboard = {
  envelopeCents: number;
  committedCents: number;
  paidCents: number;
  remainingCents: number;
  applicantCompanies: number;
  fundedCompanies: number;
  countsByStatus: { status: string; count: number }[];
  followUp: { responses: number; benefitCount: number; averageSatisfaction: number | null };
};

/** A file of a fresh company brought to UNDER_REVIEW by the agent of its region (setup: few fields asked). */
export async function fileUnderReview(
  api: Api,
  programId: string,
  regionAgent: Caller,
  overrides: Record<string, unknown> = {},
) {
  const { caller } = await registerCompany(api);
  const draft = await createApplication(api, caller, programId, overrides, 'id version');
  const submitted = dataOf(
    await typedCall(
      api,
      D.Submit,
      {
        id: draft.id,
        key: uniqueId('submit'),
        declaration: { textVersion: DECLARATION_VERSION, accepted: true },
      },
      caller,
    ),
  ).submitSubsidyApplication;
  const review = dataOf(
    await typedCall(api, D.StartReview, { id: draft.id, v: submitted.version }, regionAgent),
  ).startSubsidyReview;
  return { pme: caller, application: review };
}

/**
 * Brings a draft to `status` through the API: the applicant submits, the region's agent instructs and decides (a
 * paid file was paid on a 9,000 € invoice). Returns the file's version after the last step.
 */
export async function advanceTo(
  api: Api,
  file: { id: string; version: number },
  status: SubsidyStatus,
  applicant: Caller,
  regionAgent: Caller,
): Promise<number> {
  const o = ops(api);
  let version = file.version;
  const step = async (result: Promise<GraphqlResult<Record<string, AppView>>>) => {
    version = Object.values(dataOf(await result))[0]!.version;
  };
  if (status === 'DRAFT') return version;
  await step(o.submit(applicant, file.id));
  if (status === 'SUBMITTED') return version;
  if (status === 'CORRECTION_REQUESTED') {
    await step(o.requestCorrection(regionAgent, file.id, version));
    return version;
  }
  await step(o.startReview(regionAgent, file.id, version));
  if (status === 'REJECTED') await step(o.decide(regionAgent, file.id, 'REJECT', version, 'Hors champ.'));
  if (status === 'CLOSED')
    await step(o.decide(regionAgent, file.id, 'CLOSE_WITHOUT_FOLLOW_UP', version, 'Sans réponse.'));
  if (status === 'ACCEPTED' || status === 'PAID')
    await step(o.decide(regionAgent, file.id, 'ACCEPT', version));
  if (status === 'PAID') await step(o.pay(regionAgent, file.id, 900_000, version));
  return version;
}

/** Every item of some partitions, to compare before and after a refused call (nothing written). */
export async function itemsOf(...pks: string[]): Promise<unknown[]> {
  const db = testDb();
  const all: unknown[] = [];
  for (const pk of pks) {
    const { Items } = await db.send(
      new QueryCommand({
        TableName: inject('tableName'),
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ConsistentRead: true,
      }),
    );
    all.push(...(Items ?? []));
  }
  return all;
}

export { codeOf, uniqueId };

/** A connecteur registered and labelled now (valid until mid-2027), for attestations. */
export async function labelledConnecteur(api: Api, communeCode = '69123') {
  const caller: Caller = { role: 'CONNECTEUR', sub: uniqueId('conn') };
  const registered = await typedCall(
    api,
    D.RegisterConnecteur,
    {
      input: {
        displayName: `Connecteur ${uniqueId()}`,
        kind: 'PERSON',
        structureType: 'FREELANCE',
        communeCode,
        departementsServed: [],
        themes: ['ECOMMERCE_WEBSITE'],
        email: 'conseil@exemple.fr',
        acceptsNewPmes: true,
        signCharter: true,
      },
    },
    caller,
  );
  const id = dataOf(registered).registerConnecteur.id;
  dataOf(await typedCall(api, D.RequestLabel, {}, caller));
  dataOf(await typedCall(api, D.GrantLabel, { id }, moderator));
  return { caller, id };
}
