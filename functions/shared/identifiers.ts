import { createHash, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** A stable id derived from a token subject, for records a subject may own only once. */
export const idForSubject = (kind: string, sub: string): string =>
  createHash('sha256').update(`${kind}:${sub}`).digest('base64url').slice(0, 22);

/** Luhn checksum, as used by SIREN (9 digits) and SIRET (14 digits). */
export function hasValidLuhnKey(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** All zeros passes the Luhn key but names no company: refused. */
const allZeros = (value: string) => /^0+$/.test(value);

export const isSiren = (value: string) => /^\d{9}$/.test(value) && !allZeros(value) && hasValidLuhnKey(value);
/** A SIRET: its own Luhn key, and its first 9 digits a SIREN (so neither all zeros nor a wrong SIREN key). */
export const isSiret = (value: string) =>
  /^\d{14}$/.test(value) && isSiren(value.slice(0, 9)) && hasValidLuhnKey(value);

/** The SIREN of an establishment: the first 9 digits of its SIRET. */
export const sirenOfSiret = (siret: string) => siret.slice(0, 9);
