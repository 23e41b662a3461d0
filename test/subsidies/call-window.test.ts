import { describe, expect, it } from 'vitest';
import { callWindowCheck, firstDayOf, isCallOpen, lastDayOf } from '../../functions/subsidies/call-window.js';
import { followUpOpensAt } from '../../functions/subsidies/notes.js';

// A call from Sunday 28 March 2027 (spring change) to Sunday 31 October 2027 (autumn change) included, Paris time.
const call = { opensAt: '2027-03-27T23:00:00.000Z', closesAt: '2027-10-31T23:00:00.000Z' };

describe('a call for projects in Paris days', () => {
  it('has a first and a last day in Paris', () => {
    expect(firstDayOf(call)).toBe('2027-03-28');
    expect(lastDayOf(call)).toBe('2027-10-31');
    // A form sending "until 23:59:59.999" gives the same last day.
    expect(lastDayOf({ ...call, closesAt: '2027-10-31T22:59:59.999Z' })).toBe('2027-10-31');
  });

  it.each([
    ['2027-03-27T22:59:59.999Z', false], // 23:59:59 on Saturday in Paris
    ['2027-03-27T23:00:00.000Z', true], // just after midnight in Paris, the first day
    ['2027-10-31T22:59:59.999Z', true], // 23:59:59 on the last day (UTC+1 again)
    ['2027-10-31T23:00:00.000Z', false], // just after midnight in Paris, the day after
  ])('at %s, open: %s', (at, open) => {
    expect(isCallOpen(call, new Date(at))).toBe(open);
    expect(callWindowCheck(call, new Date(at)).passed).toBe(open);
  });

  it('speaks in Paris days', () => {
    expect(callWindowCheck(call, new Date('2027-03-27T22:30:00Z')).message).toBe(
      'L’appel à projets n’ouvre que le 28 mars 2027 ; dépôts jusqu’au 31 octobre 2027 inclus.',
    );
    expect(callWindowCheck(call, new Date('2027-10-31T23:00:00Z')).message).toBe(
      'L’appel à projets est clos : les dépôts étaient acceptés jusqu’au 31 octobre 2027 inclus.',
    );
    expect(callWindowCheck(call, new Date('2027-06-01T10:00:00Z')).message).toBe(
      'Dépôt dans la période de l’appel (jusqu’au 31 octobre 2027 inclus).',
    );
    expect(
      callWindowCheck({ ...call, closesAt: '2027-10-31T16:00:00Z' }, new Date('2027-06-01')).message,
    ).toBe('Dépôt dans la période de l’appel (jusqu’au 31 octobre 2027 à 17:00 (heure de Paris)).');
  });
});

describe('the follow-up questionnaire', () => {
  it.each([
    // paid at, opens at: midnight in Paris on the anniversary of the payment's Paris day
    ['2026-11-26T10:00:00.000Z', '2027-11-25T23:00:00.000Z'],
    ['2026-03-28T22:30:00.000Z', '2027-03-27T23:00:00.000Z'], // 23:30 on 28 March 2026 in Paris, still UTC+1
    ['2026-03-29T22:30:00.000Z', '2027-03-29T22:00:00.000Z'], // 00:30 on 30 March 2026 in Paris (UTC+2)
    ['2026-10-24T22:30:00.000Z', '2027-10-24T22:00:00.000Z'],
    ['2027-10-31T23:30:00.000Z', '2028-10-31T23:00:00.000Z'], // paid 1 November 00:30 Paris
    ['2028-02-29T10:00:00.000Z', '2029-02-28T23:00:00.000Z'], // 29 February: 1 March
  ])('of a file paid at %s opens at %s', (paidAt, opensAt) => {
    expect(followUpOpensAt({ paidAt })?.toISOString()).toBe(opensAt);
  });
});
