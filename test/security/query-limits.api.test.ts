import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../functions/graphql/limits.js';
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
    expect((await api.call(`{ provider(id: "p") { ${nested(4, leaves(300))} } }`)).errors).toBeUndefined();
    const costly = await api.call(`{ provider(id: "p") { ${nested(4, leaves(600))} } }`);
    expect(codeOf(costly)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(costly.errors?.[0]?.message).toMatch(/Cost limit of 20000/);
  });

  it(`refuses more than ${LIMITS.maxDirectives} directives`, async () => {
    const fields = (n: number) => Array.from({ length: n }, () => 'health @include(if: true)').join(' ');
    expect((await api.call(`{ ${fields(LIMITS.maxDirectives)} }`)).errors).toBeUndefined();
    expect(codeOf(await api.call(`{ ${fields(LIMITS.maxDirectives + 1)} }`))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
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
