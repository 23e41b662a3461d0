import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../functions/graphql/limits.js';
import { withRequestTally } from '../../functions/shared/dynamo.js';
import { apiEvent, codeOf, createTestApi } from '../support/api.js';

// The limits of functions/graphql/limits.ts not covered by test/graphql/limits.api.test.ts (aliases, tokens):
// depth, cost, directives, the body cap and the length of IDs, each just below and just above its bound.
const api = createTestApi();

/** Provider → latest reviews → provider …: `levels` round trips add two levels of depth each. */
const nested = (levels: number, leaves: string): string =>
  levels === 0 ? leaves : `latestReviews { provider { ${nested(levels - 1, leaves)} } }`;

describe('query limits', () => {
  it(`refuses a document deeper than ${LIMITS.maxDepth}`, async () => {
    const within = await api.call(`{ provider(id: "p") { ${nested(4, 'id')} } }`);
    expect(within.errors).toBeUndefined();
    const deeper = await api.call(`{ provider(id: "p") { ${nested(5, 'id')} } }`);
    expect(codeOf(deeper)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deeper.errors?.[0]?.message).toMatch(/depth limit of 10/);
  });

  it(`refuses a document costing more than ${LIMITS.maxCost}`, async () => {
    const leaves = (n: number) => Array.from({ length: n }, () => 'name').join(' ');
    expect((await api.call(`{ provider(id: "p") { ${nested(2, leaves(200))} } }`)).errors).toBeUndefined();
    const costly = await api.call(`{ provider(id: "p") { ${nested(2, leaves(400))} } }`);
    expect(codeOf(costly)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0]?.message).toMatch(/Requête trop coûteuse : \d+ pour un maximum de 20000/);
  });

  it('counts `first` given through variables and defaults, refusing the probe before any DynamoDB request', async () => {
    // 15 aliases of a page of providers, each with a page of reviews of every latest review's provider.
    const probe = (first: string) =>
      `query($n: Int) { ${Array.from(
        { length: LIMITS.maxAliases },
        (_, i) =>
          `p${i}: providers(first: ${first}) { edges { node { latestReviews { provider { reviews(first: ${first}) { edges { node { id comment } } } } } } } }`,
      ).join(' ')} }`;
    for (const [document, variables] of [
      [probe('$n'), { n: 100 }],
      [probe('$n'), { n: 1 }],
      [probe('$n'), {}],
      [probe('$n').replace('$n: Int', '$n: Int = 50'), {}],
    ] as const) {
      const { result, tally } = await withRequestTally(() => api.call(document, variables));
      expect(codeOf(result), JSON.stringify(variables)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.message).toMatch(/Requête trop coûteuse/);
      expect(tally.total).toBe(0);
    }
  });

  it(`refuses more than ${LIMITS.maxDirectives} directives with HTTP 400`, async () => {
    const fields = (n: number) => Array.from({ length: n }, () => 'health @include(if: true)').join(' ');
    expect((await api.call(`{ ${fields(LIMITS.maxDirectives)} }`)).errors).toBeUndefined();
    const over = await api.call(`{ ${fields(LIMITS.maxDirectives + 1)} }`);
    expect(codeOf(over)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(over.status).toBe(400);
  });

  it(`refuses more than ${LIMITS.maxTokens} tokens with HTTP 400, not 500`, async () => {
    // 35 tokens around a default value of n themes (unused: the variable is given).
    const themes = (n: number) =>
      `query($t: [Theme!] = [${Array(n).fill('ECOMMERCE_WEBSITE').join(' ')}]) { providers(first: 1, filter: { themes: $t }) { edges { cursor } } }`;
    expect((await api.call(themes(LIMITS.maxTokens - 35), { t: null })).errors).toBeUndefined();
    const over = await api.call(themes(LIMITS.maxTokens - 34), { t: null });
    expect(codeOf(over)).toBe('GRAPHQL_PARSE_FAILED');
    expect(over.status).toBe(400);
    expect(over.errors?.[0]?.message).toMatch(/more tha[nt] 3000 tokens/);
  });

  it(`refuses an ID longer than ${LIMITS.maxIdLength} characters before any resolver reads it`, async () => {
    const id = (length: number) => 'é'.repeat(length);
    const within = await api.call(`query($id: ID!) { provider(id: $id) { id } }`, {
      id: id(LIMITS.maxIdLength),
    });
    expect(within.errors).toBeUndefined();
    expect(within.data).toEqual({ provider: null });
    const long = id(LIMITS.maxIdLength + 1);
    for (const [document, variables] of [
      [`query($id: ID!) { provider(id: $id) { id } }`, { id: long }],
      [`{ event(id: "${long}") { id } }`, {}],
      [
        `mutation($input: SendContactRequestInput!) { sendContactRequest(input: $input) { id } }`,
        { input: { connecteurIds: ['c', long], need: 'Un site.' } },
      ],
    ] as const) {
      const refused = await api.call(document, variables, { role: 'PME', sub: 'limits-pme' });
      expect(codeOf(refused), document).toBe('BAD_USER_INPUT');
    }
  });

  it(`answers 413 to a body over ${LIMITS.maxRequestBytes} bytes, before GraphQL reads it`, async () => {
    const body = (padding: number) =>
      apiEvent({ query: '{ health }', variables: { padding: 'x'.repeat(padding) } });
    const context = { awsRequestId: 'limits' } as never;
    const within = body(LIMITS.maxRequestBytes - 100);
    expect((await api.handler(within, context)).statusCode).toBe(200);
    const over = await api.handler(body(LIMITS.maxRequestBytes), context);
    expect(over.statusCode).toBe(413);
    expect(JSON.parse(over.body!).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
