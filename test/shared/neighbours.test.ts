import { describe, expect, it } from 'vitest';
import { allDepartements } from '../../functions/shared/geography.js';
import { departementsWithBorders, homeArea, neighboursOf } from '../../functions/shared/neighbours.js';

describe('départements’ neighbours', () => {
  it('names each of the 101 départements of the reference data (not the overseas collectivities)', () => {
    const departements = allDepartements()
      .map((d) => d.code)
      .filter((code) => code.length === 2 || ['971', '972', '973', '974', '976'].includes(code));
    expect(departementsWithBorders().sort()).toEqual(departements.sort());
    expect(departementsWithBorders()).toHaveLength(101);
  });

  it('is symmetric: when A borders B, B borders A', () => {
    const asymmetric = departementsWithBorders().flatMap((a) =>
      neighboursOf(a)
        .filter((b) => !neighboursOf(b).includes(a))
        .map((b) => `${a}→${b}`),
    );
    expect(asymmetric).toEqual([]);
  });

  it('names only known départements, never the département itself', () => {
    const known = new Set(departementsWithBorders());
    for (const a of departementsWithBorders()) {
      expect(neighboursOf(a)).not.toContain(a);
      for (const b of neighboursOf(a)) expect(known.has(b), `${a}→${b}`).toBe(true);
    }
  });

  it('knows a few borders anyone can check on a map', () => {
    expect(neighboursOf('75').sort()).toEqual(['92', '93', '94']);
    expect(neighboursOf('29').sort()).toEqual(['22', '56']);
    expect(neighboursOf('69')).toEqual(expect.arrayContaining(['01', '38', '42', '71']));
    expect(neighboursOf('974')).toEqual([]);
    expect(homeArea('2A')).toEqual(['2A', '2B']);
  });
});
