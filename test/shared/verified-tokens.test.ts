import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { devTokenVerifier, signDevToken, type TokenVerifier } from '../../functions/shared/auth.js';
import { verifiedTokenMemo } from '../../functions/shared/verified-tokens.js';

// Each token is verified once per instance, then known until its expiry: the answers must stay the verifier's.
const SECRET = 'test-secret-of-the-memo';
const NOW = new Date('2027-03-28T10:00:00Z');
const pme = { sub: 'pme-1', role: 'PME' as const, siret: '73282932000074' };

function setUp() {
  let now = NOW.getTime();
  const clock = () => new Date(now);
  const verifier = devTokenVerifier(SECRET, clock);
  let verified = 0;
  const counting: TokenVerifier = (token) => {
    verified += 1;
    return verifier(token);
  };
  return {
    verify: verifiedTokenMemo(counting, clock),
    at: (ms: number) => void (now = NOW.getTime() + ms),
    verified: () => verified,
  };
}
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: { message: string; extensions?: { code?: string } }) =>
      `${error.extensions?.code} ${error.message}`,
  );

describe('verified tokens, remembered until their expiry', () => {
  it('answers the verifier’s viewer, verifying a token once', async () => {
    const { verify, verified } = setUp();
    const token = await signDevToken(pme, SECRET, { now: NOW, ttlSeconds: 60 });
    const expected = await devTokenVerifier(SECRET, () => NOW)(token);
    expect(await verify(token)).toEqual(expected);
    expect(await verify(token)).toEqual(expected);
    expect(verified()).toBe(1);
  });

  it('refuses a remembered token from its expiry on, with the verifier’s error', async () => {
    const { verify, at, verified } = setUp();
    const token = await signDevToken(pme, SECRET, { now: NOW, ttlSeconds: 60 });
    await verify(token);
    at(59_999);
    expect(await codeOf(verify(token))).toBe('accepted');
    at(60_000);
    expect(await codeOf(verify(token))).toBe('UNAUTHENTICATED Jeton expiré.');
    expect(await codeOf(verify(token))).toBe('UNAUTHENTICATED Jeton expiré.');
    expect(verified()).toBe(3);
  });

  it('remembers only the exact token it accepted, never a refusal', async () => {
    const { verify, verified } = setUp();
    const token = await signDevToken(pme, SECRET, { now: NOW, ttlSeconds: 60 });
    await verify(token);
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${createHmac('sha256', 'another').update(`${header}.${payload}`).digest('base64url')}`;
    expect(await codeOf(verify(forged))).toMatch(/^UNAUTHENTICATED/);
    expect(await codeOf(verify(forged))).toMatch(/^UNAUTHENTICATED/);
    expect(await codeOf(verify(`${token}x`))).toMatch(/^UNAUTHENTICATED/);
    expect(verified()).toBe(4);
  });
});
