import { describe, expect, it } from 'vitest';
import { communeByCode, departementByCode, departementsOfRegion } from '../../functions/shared/geography.js';
import { isSiren, isSiret } from '../../functions/shared/identifiers.js';
import { isNafCode, nafSection } from '../../functions/shared/naf.js';

describe('INSEE reference data', () => {
  it.each([
    ['69123', '69', '84'],
    ['75056', '75', '11'],
    ['2A004', '2A', '94'],
    ['97411', '974', '04'],
    ['01001', '01', '84'],
  ])('places commune %s in département %s and region %s', (code, departementCode, regionCode) => {
    expect(communeByCode(code)).toEqual({ code, departementCode, regionCode });
  });

  it.each(['99999', '69999', '6912', 'abcde', '97499', '75101'])('does not know %s as a commune', (code) => {
    expect(communeByCode(code)).toBeUndefined();
  });

  it('knows every département of a region', () => {
    expect(
      departementsOfRegion('53')
        .map((d) => d.code)
        .sort(),
    ).toEqual(['22', '29', '35', '56']);
    expect(departementByCode('2B')?.regionCode).toBe('94');
  });
});

describe('identifiers and sectors', () => {
  it('checks SIREN and SIRET Luhn keys', () => {
    expect(isSiren('732829320')).toBe(true);
    expect(isSiren('732829321')).toBe(false);
    expect(isSiren('73282932')).toBe(false);
    expect(isSiret('73282932000074')).toBe(true);
    expect(isSiret('73282932000075')).toBe(false);
  });

  it('knows NAF sub-classes as written by @socialgouv/codes-naf and their sections', () => {
    expect(isNafCode('47.71Z')).toBe(true);
    expect(isNafCode('47.71')).toBe(false);
    expect(isNafCode('4771Z')).toBe(false);
    expect([nafSection('01.11Z'), nafSection('47.71Z'), nafSection('62.01Z'), nafSection('99.00Z')]).toEqual([
      'A',
      'G',
      'J',
      'U',
    ]);
  });
});
