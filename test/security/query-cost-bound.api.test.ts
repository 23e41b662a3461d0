import { workerDynamoEndpoint } from '../support/dynamo-endpoint.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LIMITS } from '../../functions/graphql/limits.js';
import { createDocumentClient, withRequestTally } from '../../functions/shared/dynamo.js';
import { MAX_PAGE_SIZE } from '../../functions/shared/pagination.js';
import { MAX_SEARCH_READS } from '../../functions/providers/store.js';
import { ensureTable } from '../../functions/shared/table.js';
import { codeOf, createTestApi, uniqueId } from '../support/api.js';
import { dataOf } from '../subsidies/support.js';
import { registerConnecteur } from '../support/workspace.js';
import { moderateReview, registerProvider, reviewProvider } from '../providers/helpers.js';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';

const DirectoryCursors = graphql(`
  query SecurityCostDirectoryCursors {
    providers(first: 100) {
      edges {
        cursor
      }
    }
  }
`);
const EmptySearch = graphql(`
  query SecurityCostEmptySearch($after: String) {
    providers(first: 1, after: $after, filter: { text: "aucun prestataire" }) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** docs/security.md: the most DynamoDB requests an accepted operation may send (the worst built here sends 18). */
const REQUEST_BOUND = 50;

// A table of its own, so that the directory holds exactly the providers below, each with three published reviews.
const tableName = `${inject('tableName')}-${uniqueId('cost')}`;
const api = createTestApi({ config: { tableName } });
const PROVIDERS = 12;

beforeAll(async () => {
  const db = createDocumentClient({ dynamoEndpoint: workerDynamoEndpoint(), awsRegion: 'eu-west-3' });
  await ensureTable(db, tableName);
  db.destroy();
  const moderator = { role: 'MODERATOR' as const, sub: uniqueId('mod') };
  const reviewers = await Promise.all([1, 2, 3].map(() => registerConnecteur(api)));
  // The providers side by side (each one's reviews in turn): the seeding is most of this file's time otherwise.
  await Promise.all(
    Array.from({ length: PROVIDERS }, async (_, i) => {
      const { provider } = await registerProvider(api);
      for (const reviewer of reviewers) {
        const review = await reviewProvider(api, reviewer.caller, provider.id, 1 + (i % 5));
        expect(review.errors).toBeUndefined();
        expect(
          (await moderateReview(api, moderator, dataOf(review).reviewProvider.id, 'PUBLISH')).errors,
        ).toBeUndefined();
      }
    }),
  );
});

const aliased = (count: number, field: string) =>
  Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

/** An attacker's search for the largest `$n` (1 to 100) the cost limit accepts; null when even 1 is refused. */
async function largestAccepted(document: string, variables: (n: number) => Record<string, unknown>) {
  let [low, high] = [0, MAX_PAGE_SIZE];
  while (low < high) {
    const n = Math.ceil((low + high) / 2);
    const result = await api.call(document, variables(n));
    if (result.errors) {
      expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      high = n - 1;
    } else low = n;
  }
  return low || null;
}

/** The most requests over 1, 3, 8 and the maximum number of aliases of `field`, each with the largest `$n` accepted. */
async function worstRequests(field: string, variables: (n: number) => Record<string, unknown>) {
  let worst = 0;
  for (const count of [1, 3, 8, LIMITS.maxAliases]) {
    const declared = ['$n', '$m'].filter((v) => field.includes(v)).map((v) => `${v}: Int`);
    const document = `query(${declared.join(', ')}) { ${aliased(count, field)} }`;
    const n = await largestAccepted(document, variables);
    if (n === null) continue;
    const { result, tally } = await withRequestTally(() => api.call(document, variables(n)));
    expect(result.errors).toBeUndefined();
    worst = Math.max(worst, tally.total);
  }
  return worst;
}

describe(`the worst accepted query sends at most ${REQUEST_BOUND} DynamoDB requests`, () => {
  it('with pages of providers, lists nested to the maximum depth', async () => {
    const field = `providers(first: $n) { edges { node { id latestReviews { id provider { id latestReviews { id provider { id name } } } } } } }`;
    const worst = await worstRequests(field, (n) => ({ n }));
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(REQUEST_BOUND);
  });

  it('with a page of reviews under every provider of a page', async () => {
    const field = `providers(first: $n) { edges { node { id reviews(first: $m) { edges { node { id provider { id latestReviews { id } } } } } } } }`;
    const worst = Math.max(
      await worstRequests(field, (n) => ({ n, m: 1 })),
      await worstRequests(field, (m) => ({ n: 1, m })),
    );
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(REQUEST_BOUND);
  });
});

describe('a filtered provider search', () => {
  it(`reads at most ${MAX_SEARCH_READS} chunks of the directory per page, then answers a shorter page and where it stopped`, async () => {
    // A directory larger than three chunks of a one-item page (21 entries each), and a filter that matches none.
    const listed = (await typedCall(api, DirectoryCursors, {})).data!.providers.edges.length;
    await Promise.all(Array.from({ length: Math.max(0, 70 - listed) }, () => registerProvider(api)));
    expect((await typedCall(api, DirectoryCursors, {})).data!.providers.edges.length).toBeGreaterThanOrEqual(
      70,
    );
    let after: string | null = null;
    let pages = 0;
    do {
      const { result, tally } = await withRequestTally(() => typedCall(api, EmptySearch, { after }));
      expect(result.errors).toBeUndefined();
      expect(tally.byCommand.QueryCommand ?? 0).toBeLessThanOrEqual(MAX_SEARCH_READS);
      expect(result.data!.providers.edges).toEqual([]);
      ({ endCursor: after } = result.data!.providers.pageInfo);
      if (!result.data!.providers.pageInfo.hasNextPage) after = null;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBeGreaterThan(1);
    expect(after).toBeNull();
  });
});
