import { describe, expect, it } from 'vitest';
import {
  addParisDays,
  endOfParisDay,
  frenchDay,
  parisDay,
  parisOffsetMinutes,
  parisYear,
  startOfParisDay,
} from '../../functions/shared/paris-time.js';

// 2027: summer time starts on Sunday 28 March (02:00 → 03:00), ends on Sunday 31 October (03:00 → 02:00).
describe('the Paris calendar', () => {
  it.each([
    ['2027-03-27T22:59:59.999Z', '2027-03-27'],
    ['2027-03-27T23:00:00.000Z', '2027-03-28'], // just after midnight in Paris (UTC+1)
    ['2027-03-28T21:59:59.999Z', '2027-03-28'],
    ['2027-03-28T22:00:00.000Z', '2027-03-29'], // midnight in Paris is now UTC+2
    ['2027-10-30T21:59:59.999Z', '2027-10-30'],
    ['2027-10-30T22:00:00.000Z', '2027-10-31'],
    ['2027-10-31T22:59:59.999Z', '2027-10-31'], // the day of the October change lasts 25 hours
    ['2027-10-31T23:00:00.000Z', '2027-11-01'],
    ['2026-12-31T22:59:59.999Z', '2026-12-31'],
    ['2026-12-31T23:00:00.000Z', '2027-01-01'],
  ])('puts %s on the Paris day %s', (instant, day) => {
    expect(parisDay(new Date(instant))).toBe(day);
  });

  it.each([
    ['2027-03-27', '2027-03-26T23:00:00.000Z', '2027-03-27T23:00:00.000Z'],
    ['2027-03-28', '2027-03-27T23:00:00.000Z', '2027-03-28T22:00:00.000Z'], // 23 hours
    ['2027-03-29', '2027-03-28T22:00:00.000Z', '2027-03-29T22:00:00.000Z'],
    ['2027-10-30', '2027-10-29T22:00:00.000Z', '2027-10-30T22:00:00.000Z'],
    ['2027-10-31', '2027-10-30T22:00:00.000Z', '2027-10-31T23:00:00.000Z'], // 25 hours
    ['2027-11-01', '2027-10-31T23:00:00.000Z', '2027-11-01T23:00:00.000Z'],
  ])('starts %s at %s and ends it at %s', (day, start, end) => {
    expect(startOfParisDay(day).toISOString()).toBe(start);
    expect(endOfParisDay(day).toISOString()).toBe(end);
  });

  it('counts years, offsets and days in Paris', () => {
    expect(parisYear(new Date('2026-12-31T22:59:59.999Z'))).toBe(2026);
    expect(parisYear(new Date('2026-12-31T23:00:00.000Z'))).toBe(2027);
    expect(parisOffsetMinutes(new Date('2027-01-15T12:00:00Z'))).toBe(60);
    expect(parisOffsetMinutes(new Date('2027-07-15T12:00:00Z'))).toBe(120);
    expect(addParisDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addParisDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(frenchDay(new Date('2027-03-27T23:30:00Z'))).toBe('28 mars 2027');
  });

  it('refuses what is not a calendar day', () => {
    expect(() => startOfParisDay('28/03/2027')).toThrow();
  });
});
