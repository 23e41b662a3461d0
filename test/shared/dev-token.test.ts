import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  devTokenVerifier,
  signDevToken,
  viewerFromAuthorizationHeader,
} from '../../functions/shared/auth.js';

// Development tokens (HS256, local only): what they carry, and every way a forged one is refused.
const SECRET = 'test-secret-of-the-dev-tokens';
const NOW = new Date('2027-03-28T10:00:00Z');
const verify = devTokenVerifier(SECRET, () => NOW);
const pme = { sub: 'pme-1', role: 'PME' as const, siret: '73282932000074' };

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const signed = (header: object, payload: object, secret = SECRET) => {
  const body = `${part(header)}.${part(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
};
const iat = Math.floor(NOW.getTime() / 1000);
const claims = { iss: 'croissance-connectee-dev', sub: 'x', role: 'PME', iat, exp: iat + 60 };
const HS256 = { alg: 'HS256', typ: 'JWT' };
const refusal = (token: string) =>
  viewerFromAuthorizationHeader(`Bearer ${token}`, verify).then(
    () => 'accepted',
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

describe('development tokens', () => {
  it('carry the subject, role, region and SIRET, for twelve hours unless told', async () => {
    const token = await signDevToken(pme, SECRET, { now: NOW });
    expect(await verify(token)).toEqual({ kind: 'user', sub: 'pme-1', role: 'PME', siret: pme.siret });
    const agent = await signDevToken({ sub: 'a', role: 'REGION_AGENT', regionCode: '84' }, SECRET, {
      now: NOW,
    });
    expect(await verify(agent)).toEqual({ kind: 'user', sub: 'a', role: 'REGION_AGENT', regionCode: '84' });
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
    expect(payload).toMatchObject({ iss: 'croissance-connectee-dev', sub: 'pme-1', role: 'PME', iat });
    expect(payload.exp - payload.iat).toBe(12 * 3600);
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'))).toEqual(HS256);
  });

  it('accepts a token up to its last second, refuses it from its expiry on', async () => {
    const token = await signDevToken(pme, SECRET, { now: NOW, ttlSeconds: 60 });
    await expect(
      devTokenVerifier(SECRET, () => new Date(NOW.getTime() + 59_999))(token),
    ).resolves.toMatchObject({
      sub: 'pme-1',
    });
    await expect(
      devTokenVerifier(SECRET, () => new Date(NOW.getTime() + 60_000))(token),
    ).rejects.toMatchObject({
      message: 'Jeton expiré.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it.each([
    ['signed with another key', signed(HS256, claims, 'another-secret')],
    ['unsigned (alg none)', `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`],
    ['alg none with a signature', signed({ alg: 'none' }, claims)],
    ['another algorithm', signed({ alg: 'HS512', typ: 'JWT' }, claims)],
    ['of another issuer', signed(HS256, { ...claims, iss: 'someone-else' })],
    ['without issuer', signed(HS256, { ...claims, iss: undefined })],
    ['without expiry', signed(HS256, { ...claims, exp: undefined })],
    ['with an unknown role', signed(HS256, { ...claims, role: 'ADMIN' })],
    ['of a region agent without region', signed(HS256, { ...claims, role: 'REGION_AGENT' })],
    ['with a SIRET failing its key', signed(HS256, { ...claims, siret: '73282932000075' })],
    ['with a fourth segment', `${signed(HS256, claims)}.e30`],
    ['with a payload that is not JSON', `${part(HS256)}.bm90LWpzb24.sig`],
    ['that is three dots', 'abc.def.ghi'],
  ])('refuses a token %s', async (_, token) => {
    expect(await refusal(token)).toBe('UNAUTHENTICATED');
  });

  it('accepts the hand-built token those refusals are variations of', async () => {
    expect(await refusal(signed(HS256, claims))).toBe('accepted');
  });
});
