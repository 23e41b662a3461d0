import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, tokenFor, uniqueId } from '../support/api.js';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';

const api = createTestApi();
const caller = { role: 'PME' as const, sub: uniqueId('tok') };
const Viewer = graphql(`
  query GraphqlTokensViewer {
    viewer {
      sub
      role
    }
  }
`);
const viewer = (token: string) => typedCall(api, Viewer, {}, undefined, { authorization: `Bearer ${token}` });

describe('bearer tokens', () => {
  it('accepts a well-formed token', async () => {
    const result = await viewer(await tokenFor(caller));
    expect(result.data).toEqual({ viewer: { sub: caller.sub, role: 'PME' } });
  });

  it('refuses a token with anything after its signature', async () => {
    for (const extra of ['.extra', '.', '..', '.e30']) {
      const result = await viewer((await tokenFor(caller)) + extra);
      expect(codeOf(result), extra).toBe('UNAUTHENTICATED');
      expect(result.status).toBe(401);
    }
  });
});
