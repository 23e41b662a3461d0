import { describe, expect, it } from 'vitest';
import { applyLabelEvent, tierAt } from '../../functions/connecteurs/label.js';
import type { ConnecteurRecord } from '../../functions/connecteurs/records.js';
import { addParisYears, endOfParisDay, parisDay } from '../../functions/shared/paris-time.js';

const pending = (): ConnecteurRecord => ({
  id: 'c1',
  ownerSub: 's1',
  displayName: 'Camille Martin',
  kind: 'PERSON',
  structureType: 'FREELANCE',
  communeCode: '69123',
  departementCode: '69',
  regionCode: '84',
  departementsServed: ['69'],
  themes: ['STRATEGY'],
  acceptsNewPmes: true,
  email: 'c@exemple.fr',
  charterSignedAt: '2026-01-01T00:00:00.000Z',
  labelHistory: [{ id: 'r1', status: 'PENDING', requestedAt: '2026-01-01T00:00:00.000Z' }],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
});

const grant = (validUntil: string, at: string) =>
  applyLabelEvent(pending(), { type: 'GRANT', validUntil, moderator: 'm' }, new Date(at));

describe('a label’s three years are counted in Paris days', () => {
  // [instant of the grant (UTC), its day in Paris]
  const cases: [string, string, string][] = [
    ['00:30 in Paris in winter', '2026-11-26T23:30:00.000Z', '2026-11-27'],
    ['00:30 in Paris in summer', '2026-07-13T22:30:00.000Z', '2026-07-14'],
    [
      '00:30 in Paris on the last Sunday of March (summer time starts)',
      '2027-03-27T23:30:00.000Z',
      '2027-03-28',
    ],
    ['03:30 in Paris on the last Sunday of March', '2027-03-28T01:30:00.000Z', '2027-03-28'],
    [
      '00:30 in Paris on the last Sunday of October (winter time starts)',
      '2026-10-24T22:30:00.000Z',
      '2026-10-25',
    ],
    ['02:30 (second time) in Paris on the last Sunday of October', '2026-10-25T01:30:00.000Z', '2026-10-25'],
    ['23:30 in Paris, still the day before in UTC terms too', '2026-11-26T22:30:00.000Z', '2026-11-26'],
  ];

  it.each(cases)('grants up to the same Paris day three years on, and not a day more (%s)', (_, at, day) => {
    expect(parisDay(new Date(at))).toBe(day);
    const lastDay = addParisYears(day, 3);
    expect(lastDay.slice(0, 4)).toBe(String(Number(day.slice(0, 4)) + 3));
    expect(lastDay.slice(4)).toBe(day.slice(4));
    const granted = grant(lastDay, at)[0]!;
    expect(granted).toMatchObject({ status: 'GRANTED', validUntil: lastDay });
    const dayAfter = new Date(Date.parse(`${lastDay}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(() => grant(dayAfter, at)).toThrow(/au plus 3 ans/);
  });

  it('refuses a last day already over in Paris, even when it is still that day in UTC', () => {
    // 00:30 in Paris on 27 November: 26 November is over.
    expect(() => grant('2026-11-26', '2026-11-26T23:30:00.000Z')).toThrow(/dans le futur/);
    expect(grant('2026-11-27', '2026-11-26T23:30:00.000Z')[0]!.status).toBe('GRANTED');
  });

  it('counts from 29 February to 28 February three years on', () => {
    expect(addParisYears('2028-02-29', 3)).toBe('2031-02-28');
  });

  it('ends the label at midnight in Paris around both daylight-saving changes', () => {
    expect(endOfParisDay('2027-03-27').toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(endOfParisDay('2027-03-28').toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(endOfParisDay('2026-10-24').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfParisDay('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    const c = { ...pending(), labelHistory: grant('2027-03-28', '2027-03-01T10:00:00.000Z') };
    expect(tierAt(c, new Date('2027-03-28T21:59:59.999Z'))).toBe('LABELLED');
    expect(tierAt(c, new Date('2027-03-28T22:00:00.000Z'))).toBe('VOLUNTEER');
  });
});
