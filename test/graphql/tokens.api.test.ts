import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, tokenFor, uniqueId } from '../support/api.js';
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

  it('refuses a token it accepted before, once it has expired', async () => {
    // Tokens are verified once per instance and remembered (functions/shared/verified-tokens.ts), up to their expiry.
    const clock = manualClock();
    const clocked = createTestApi({ clock });
    const token = await tokenFor(caller, clock());
    const call = () => typedCall(clocked, Viewer, {}, undefined, { authorization: `Bearer ${token}` });
    expect((await call()).data).toEqual({ viewer: { sub: caller.sub, role: 'PME' } });
    clock.advance(3_599_000);
    expect((await call()).data).toEqual({ viewer: { sub: caller.sub, role: 'PME' } });
    clock.advance(1_000);
    const expired = await call();
    expect(expired.status).toBe(401);
    expect(expired.errors?.[0]).toMatchObject({
      message: 'Jeton expiré.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
