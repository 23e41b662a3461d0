import { describe, expect, it } from 'vitest';
import { cognitoTokenVerifier, signDevToken } from '../../functions/shared/auth.js';

// The Cognito verifier (loaded with the first token, shared/auth.ts): what it refuses without reaching Cognito.
const verify = cognitoTokenVerifier('eu-west-3_AbCdEfGhI', 'client-id');
const code = (token: string) =>
  verify(token).then(
    () => 'accepted',
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

describe('Cognito access tokens on AWS', () => {
  it('refuses what is not a JWT', async () => {
    expect(await code('not-a-token')).toBe('UNAUTHENTICATED');
  });

  it('refuses a development token, whatever it claims (another issuer, HS256)', async () => {
    const token = await signDevToken({ sub: 'agent-1', role: 'MODERATOR' }, 'any-secret');
    expect(await code(token)).toBe('UNAUTHENTICATED');
  });

  it('answers concurrent first calls, made before the verifier has loaded', async () => {
    expect(await Promise.all([code('a.b.c'), code('x')])).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });
});
