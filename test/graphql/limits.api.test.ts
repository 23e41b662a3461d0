import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../functions/graphql/limits.js';
import { codeOf, createTestApi } from '../support/api.js';

const local = createTestApi();
const aws = createTestApi({
  config: { env: 'aws', cognito: { userPoolId: 'eu-west-3_abcdefghi', clientId: 'client' } },
});

describe('query limits', () => {
  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `h${i}: health`).join(' ');
    const result = await local.call(`{ ${aliases} }`);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses documents with too many tokens', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'health').join(' ');
    const result = await local.call(`{ ${fields} }`);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.data ?? null).toBeNull();
  });

  it('hides field suggestions and introspection on AWS, keeps them locally', async () => {
    const typo = await local.call('{ healt }');
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean/);
    // On AWS an ad-hoc document is refused before validation (trusted documents only): no suggestion either.
    const typoOnAws = await aws.call('{ healt }');
    expect(codeOf(typoOnAws)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(typoOnAws.errors?.[0]?.message).not.toMatch(/Did you mean/);

    const introspection = '{ __schema { queryType { name } } }';
    expect((await local.call(introspection)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(codeOf(await aws.call(introspection))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('never sends a stack trace', async () => {
    const result = await local.call('{ connecteurs(first: 0) { edges { cursor } } }');
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});
