import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';
import { DECLARATION_VERSION } from '../../functions/subsidies/declaration.js';
import type { Caller } from '../support/api.js';
import type { SubsidyApplicationFilter } from '../generated/graphql.js';
import { createTestApi, manualClock } from '../support/api.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  expense,
  itemsOf,
  labelledConnecteur,
  moderator,
  ops,
  openProgram,
  programInput,
  registerCompany,
  uniqueId,
} from './support.js';

const SendMessage = graphql(`
  mutation SubsidiesIsolationSendMessage($id: ID!) {
    sendSubsidyMessage(id: $id, body: "Bonjour") {
      at
    }
  }
`);
const ListFiles = graphql(`
  query SubsidiesIsolationListFiles($filter: SubsidyApplicationFilter) {
    subsidyApplications(filter: $filter, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const CreateApplication = graphql(`
  mutation SubsidiesIsolationCreateApplication($input: CreateSubsidyApplicationInput!) {
    createSubsidyApplication(input: $input) {
      id
    }
  }
`);
const OpenProgram = graphql(`
  mutation SubsidiesIsolationOpenProgram($input: OpenSubsidyProgramInput!) {
    openSubsidyProgram(input: $input) {
      regionCode
    }
  }
`);

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);

const agent84 = agentOf('84');
const agent11 = agentOf('11');
let programId: string;
let owner: Caller;
let otherPme: Caller;
let chosen: Caller;
let otherConnecteur: Caller;
let review: { id: string; version: number };
let draftId: string;

beforeAll(async () => {
  programId = (await openProgram(api)).id;
  const connecteur = await labelledConnecteur(api);
  chosen = connecteur.caller;
  otherConnecteur = (await labelledConnecteur(api)).caller;
  owner = (await registerCompany(api)).caller;
  otherPme = (await registerCompany(api)).caller;
  const file = await createApplication(api, owner, programId, { trustedThirdPartyId: connecteur.id });
  const submitted = dataOf(await o.submit(owner, file.id)).submitSubsidyApplication;
  review = dataOf(await o.startReview(agent84, file.id, submitted.version)).startSubsidyReview;
  dataOf(await typedCall(api, SendMessage, { id: review.id }, owner));
  draftId = (await createApplication(api, owner, programId)).id;
});

const provider: Caller = { role: 'PROVIDER', sub: 'provider-1' };

/** Every operation of the chèque numérique, with the outsiders who must be refused. */
function operations(): [
  name: string,
  query: string,
  variables: Record<string, unknown>,
  outsiders: Caller[],
][] {
  const file = { id: review.id, v: review.version };
  const outsidersOfFile = [agent11, otherPme, otherConnecteur, provider];
  return [
    ['subsidyApplication', `query($id: ID!) { subsidyApplication(id: $id) { id } }`, file, outsidersOfFile],
    [
      'subsidyApplication (draft, agent of the region)',
      `query($id: ID!) { subsidyApplication(id: $id) { id } }`,
      { id: draftId },
      [agent84, agent11],
    ],
    [
      'annotations',
      `query($id: ID!) { subsidyApplication(id: $id) { annotations { body } } }`,
      file,
      [owner, chosen],
    ],
    [
      'dashboard',
      `query($id: ID!) { subsidyProgram(id: $id) { dashboard { remainingCents } } }`,
      { id: programId },
      [agent11, owner, chosen, provider],
    ],
    [
      'subsidyProgramExport',
      `query($id: ID!) { subsidyProgramExport(programId: $id) }`,
      { id: programId },
      [agent11, owner, chosen, provider],
    ],
    [
      'subsidyApplications of another region’s programme',
      `query($p: ID!) { subsidyApplications(filter: {programId: $p}) { edges { node { id } } } }`,
      { p: programId },
      [agent11, chosen, provider],
    ],
    [
      'subsidyApplications of another region',
      `query { subsidyApplications(filter: {regionCode: "84"}) { edges { node { id } } } }`,
      {},
      [agent11, owner],
    ],
    [
      'openSubsidyProgram',
      `mutation($input: OpenSubsidyProgramInput!) { openSubsidyProgram(input: $input) { id } }`,
      { input: programInput() },
      [agent11, owner, chosen, provider],
    ],
    [
      'updateSubsidyProgram',
      `mutation($id: ID!) { updateSubsidyProgram(id: $id, input: {name: "Détourné"}, expectedVersion: 1) { id } }`,
      { id: programId },
      [agent11, owner, chosen, provider],
    ],
    [
      'updateSubsidyApplication',
      `mutation($id: ID!, $v: Int!) { updateSubsidyApplication(id: $id, input: {projectSummary: "Un autre projet de croissance connectée."}, expectedVersion: $v) { id } }`,
      file,
      [otherPme, agent84, agent11, moderator],
    ],
    [
      'submitSubsidyApplication',
      `mutation($id: ID!) { submitSubsidyApplication(id: $id, idempotencyKey: "intrusion-key", declaration: { textVersion: "${DECLARATION_VERSION}", accepted: true }) { id } }`,
      { id: draftId },
      [otherPme, agent84, moderator],
    ],
    [
      'attestSubsidyApplication',
      `mutation($id: ID!) { attestSubsidyApplication(id: $id) { id } }`,
      file,
      [otherConnecteur, owner, agent84],
    ],
    [
      'startSubsidyReview',
      `mutation($id: ID!, $v: Int!) { startSubsidyReview(id: $id, expectedVersion: $v) { id } }`,
      file,
      [agent11, owner, moderator],
    ],
    [
      'requestSubsidyCorrection',
      `mutation($id: ID!, $v: Int!) { requestSubsidyCorrection(id: $id, message: "Pièces ?", expectedVersion: $v) { id } }`,
      file,
      [agent11, owner, moderator],
    ],
    [
      'decideSubsidyApplication',
      `mutation($id: ID!, $v: Int!) { decideSubsidyApplication(id: $id, decision: ACCEPT, expectedVersion: $v) { id } }`,
      file,
      [agent11, owner, moderator, chosen],
    ],
    [
      'reopenSubsidyApplication',
      `mutation($id: ID!, $v: Int!) { reopenSubsidyApplication(id: $id, reason: "Réexamen", expectedVersion: $v) { id } }`,
      file,
      [agent11, owner, moderator],
    ],
    [
      'recordSubsidyPayment',
      `mutation($id: ID!, $v: Int!) { recordSubsidyPayment(id: $id, invoiceCents: 100000, expectedVersion: $v) { id } }`,
      file,
      [agent11, owner, moderator],
    ],
    [
      'sendSubsidyMessage',
      `mutation($id: ID!) { sendSubsidyMessage(id: $id, body: "Intrusion") { at } }`,
      file,
      [agent11, otherPme, moderator, chosen, provider],
    ],
    [
      'annotateSubsidyApplication',
      `mutation($id: ID!) { annotateSubsidyApplication(id: $id, body: "Intrusion") { at } }`,
      file,
      [agent11, owner, moderator, chosen],
    ],
    [
      'answerSubsidyFollowUp',
      `mutation($id: ID!) { answerSubsidyFollowUp(id: $id, input: {revenueChangePercent: 5, employeesChange: 1, benefit: true, satisfaction: 5}) { id } }`,
      file,
      [otherPme, agent84, agent11, moderator],
    ],
  ];
}

describe('region and company isolation', () => {
  it('refuses every query and mutation to callers outside the file’s company or region, writing nothing', async () => {
    const before = await itemsOf(`SUBAPP#${review.id}`, `SUBAPP#${draftId}`, `SUBPROG#${programId}`);
    for (const [name, query, variables, outsiders] of operations()) {
      expect(codeOf(await api.call(query, variables)), `${name} anonymous`).toBe('UNAUTHENTICATED');
      for (const caller of outsiders) {
        const answer = await api.call(query, variables, caller);
        expect(codeOf(answer), `${name} as ${caller!.role} ${caller!.sub}`).toBe('FORBIDDEN');
      }
    }
    expect(await itemsOf(`SUBAPP#${review.id}`, `SUBAPP#${draftId}`, `SUBPROG#${programId}`)).toEqual(before);
  });

  it('lists nothing of another region’s or company’s files, and everything to a moderator', async () => {
    const list = async (caller: Caller, filter: SubsidyApplicationFilter = {}) =>
      dataOf(await typedCall(api, ListFiles, { filter }, caller)).subsidyApplications.edges.map(
        (e) => e.node.id,
      );
    expect(await list(agent11)).not.toContain(review.id);
    expect(await list(otherPme)).toEqual([]);
    expect(await list(owner)).toEqual(expect.arrayContaining([review.id, draftId]));
    expect(await list(agent84, { programId })).toEqual([review.id]);
    expect(await list(moderator, { programId })).toEqual([review.id]);
    expect(await list(moderator, { regionCode: '84', status: 'UNDER_REVIEW' })).toContain(review.id);
  });

  it('lets a PME apply only to its own region’s programmes', async () => {
    const { caller } = await registerCompany(api, { communeCode: '75056' });
    const answer = await typedCall(
      api,
      CreateApplication,
      {
        input: { programId, projectSummary: 'Un projet parisien de vente en ligne.', expenses: [expense()] },
      },
      caller,
    );
    expect(codeOf(answer)).toBe('NOT_ELIGIBLE');
    expect(answer.errors![0]!.extensions!.failedRules).toEqual([expect.objectContaining({ rule: 'REGION' })]);
  });

  it('lets a moderator open programmes anywhere and an agent in its own region', async () => {
    const open = (caller: Caller, regionCode: string) =>
      typedCall(
        api,
        OpenProgram,
        { input: programInput({ regionCode, name: `Programme ${uniqueId()}` }) },
        caller,
      );
    expect(dataOf(await open(moderator, '53')).openSubsidyProgram.regionCode).toBe('53');
    expect(dataOf(await open(agent11, '11')).openSubsidyProgram.regionCode).toBe('11');
    expect(codeOf(await open(agent11, '53'))).toBe('FORBIDDEN');
  });
});
