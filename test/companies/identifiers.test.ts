import { describe, expect, it } from 'vitest';
import { isSiren, isSiret, sirenOfSiret } from '../../functions/shared/identifiers.js';

describe('SIREN and SIRET checks', () => {
  it.each([
    ['732829320', true],
    ['732829321', false],
    ['000000000', false],
    ['73282932', false],
    ['7328293200', false],
  ])('SIREN %s is %s', (value, valid) => expect(isSiren(value)).toBe(valid));

  it.each([
    ['73282932000074', true],
    ['73282932000075', false],
    ['00000000000000', false],
    // The Luhn key of the whole SIRET holds, but the SIREN is all zeros.
    ['00000000000018', false],
    ['7328293200007', false],
    // The whole SIRET's key holds, not its SIREN's (123456789 fails its own key).
    ['12345678900012', false],
  ])('SIRET %s is %s', (value, valid) => expect(isSiret(value)).toBe(valid));

  it('reads the SIREN as the first 9 digits of the SIRET', () => {
    expect(sirenOfSiret('73282932000074')).toBe('732829320');
  });
});
