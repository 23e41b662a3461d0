import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';
import type { SubsidiesQueueQueryVariables } from '../generated/graphql.js';
import { createTestApi, manualClock, type Caller } from '../support/api.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  expense,
  openProgram,
  ops,
  registerCompany,
  uniqueId,
} from './support.js';

const QUEUE = graphql(`
  query SubsidiesQueue(
    $filter: SubsidyApplicationFilter
    $orderBy: SubsidyApplicationOrder
    $first: Int
    $after: String
  ) {
    subsidyApplications(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges {
        node {
          id
          company {
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const InProgress = graphql(`
  query SubsidiesQueueInProgress($id: ID!) {
    subsidyProgram(id: $id) {
      dashboard {
        inProgressCents
        committedCents
      }
    }
  }
`);

// The agent's queue: files found by company name or SIREN, sorted by first submission or amount.
const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const agent84 = agentOf('84');
const tag = uniqueId('q');
let programId: string;
const files: { name: string; siren: string; id: string; pme: Caller }[] = [];

const queue = (caller: Caller, variables: SubsidiesQueueQueryVariables) =>
  typedCall(api, QUEUE, variables, caller);
const names = async (caller: Caller, variables: SubsidiesQueueQueryVariables) =>
  dataOf(await queue(caller, variables)).subsidyApplications.edges.map((e) => e.node.company.name);

beforeAll(async () => {
  programId = (await openProgram(api)).id;
  // Submitted a day apart, in this order, with these project amounts.
  for (const [name, cents] of [
    [`Fromagerie Éclair ${tag}`, 500_000],
    [`Boulangerie du Pont ${tag}`, 1_500_000],
    [`FROMAGERIE du lac ${tag}`, 1_000_000],
  ] as const) {
    const { caller } = await registerCompany(api, { name });
    const draft = await createApplication(
      api,
      caller,
      programId,
      { expenses: [expense({ amountCents: cents })] },
      'id version company { siren }',
    );
    dataOf(await ops(api).submit(caller, draft.id));
    files.push({
      name,
      siren: (draft as unknown as { company: { siren: string } }).company.siren,
      id: draft.id,
      pme: caller,
    });
    clock.advance(24 * 3600_000);
  }
});

describe('the agent’s queue', () => {
  it('finds files by a part of the company’s name, case and accents ignored, or by its SIREN', async () => {
    expect(
      await names(agent84, { filter: { programId, search: `fromagerie` }, orderBy: 'SUBMITTED_AT_ASC' }),
    ).toEqual([files[0]!.name, files[2]!.name]);
    expect(await names(agent84, { filter: { search: `eclair ${tag}` } })).toEqual([files[0]!.name]);
    const siren = files[1]!.siren;
    expect(
      await names(agent84, {
        filter: { search: `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}` },
      }),
    ).toEqual([files[1]!.name]);
  });

  it('sorts by first submission or amount, and pages through that order', async () => {
    const filter = { programId };
    expect(await names(agent84, { filter, orderBy: 'SUBMITTED_AT_DESC' })).toEqual(
      files.map((f) => f.name).reverse(),
    );
    expect(await names(agent84, { filter, orderBy: 'AMOUNT_ASC' })).toEqual([
      files[0]!.name,
      files[2]!.name,
      files[1]!.name,
    ]);

    const first = dataOf(
      await queue(agent84, { filter, orderBy: 'AMOUNT_DESC', first: 2 }),
    ).subsidyApplications;
    expect(first.edges.map((e) => e.node.company.name)).toEqual([files[1]!.name, files[2]!.name]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(
      await queue(agent84, { filter, orderBy: 'AMOUNT_DESC', first: 2, after: first.pageInfo.endCursor }),
    ).subsidyApplications;
    expect(second.edges.map((e) => e.node.company.name)).toEqual([files[0]!.name]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // A cursor is bound to its order and search.
    expect(
      codeOf(await queue(agent84, { filter, orderBy: 'AMOUNT_ASC', after: first.pageInfo.endCursor })),
    ).toBe('BAD_USER_INPUT');
  });

  it('finds nothing outside the caller’s scope: another region’s agent, another company', async () => {
    const agent11 = agentOf('11');
    expect(codeOf(await queue(agent11, { filter: { programId, search: 'fromagerie' } }))).toBe('FORBIDDEN');
    expect(await names(agent11, { filter: { search: files[0]!.siren } })).toEqual([]);
    expect(await names(agent11, { filter: { search: tag }, orderBy: 'AMOUNT_DESC' })).toEqual([]);
    // A PME searching another company's SIREN or name sees only its own files.
    expect(await names(files[0]!.pme, { filter: { search: files[1]!.siren } })).toEqual([]);
    expect(await names(files[0]!.pme, { filter: { search: tag } })).toEqual([files[0]!.name]);
    expect(codeOf(await queue(undefined, { filter: { search: tag } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await queue({ role: 'CONNECTEUR', sub: uniqueId('c') }, { filter: { search: tag } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('puts the aid asked by undecided files in the dashboard’s in-progress amount, for the region only', async () => {
    const dashboard = (caller: Caller) => typedCall(api, InProgress, { id: programId }, caller);
    // 50 % of 5,000 €, 15,000 € and 10,000 €: asked, not committed.
    expect(dataOf(await dashboard(agent84)).subsidyProgram!.dashboard).toEqual({
      inProgressCents: 1_500_000,
      committedCents: 0,
    });
    expect(codeOf(await dashboard(agentOf('11')))).toBe('FORBIDDEN');
  });

  it('refuses a search longer than 100 characters', async () => {
    expect(codeOf(await queue(agent84, { filter: { search: 'x'.repeat(101) } }))).toBe('BAD_USER_INPUT');
  });
});
