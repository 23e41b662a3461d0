import { createHash } from 'node:crypto';
import { isSiren, isSiret } from '../../functions/shared/identifiers.js';

/**
 * The SIRET a demo PME user's identity carries, as ProConnect would vouch for it: derived from the user's subject,
 * so the seed, the local sign-in page (GET /dev/users) and `npm run -s token` agree without storing it. The
 * SIREN is its first 9 digits; the establishment is the head office (00010 to 00019, whichever completes the key).
 */
export function demoSiretOf(sub: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(`demo-siret:${sub}`).digest('hex')}`).toString();
  const prefix = `${1 + (Number(digits.slice(0, 1)) % 9)}${digits.slice(1, 8)}`;
  for (let key = 0; key <= 9; key++) {
    const siren = `${prefix}${key}`;
    if (!isSiren(siren)) continue;
    for (let n = 10; n < 20; n++) {
      const siret = `${siren}000${n}`;
      if (isSiret(siret)) return siret;
    }
  }
  throw new Error('unreachable');
}

/**
 * The contact address of a demo user (a reserved `.example` domain: nothing leaves even with SMTP_URL set to a relay
 * that resolves it), carried by its development token like the verified e-mail of a Cognito token.
 */
export const demoEmailOf = (sub: string) => `${sub}@croissance-connectee.example`;
