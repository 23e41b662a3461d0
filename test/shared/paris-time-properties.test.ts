import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addParisDays,
  endOfParisDay,
  parisDay,
  parisOffsetMinutes,
  startOfParisDay,
} from '../../functions/shared/paris-time.js';

// The EU rule, as the oracle: summer time from the last Sunday of March to the last Sunday of October.
const lastSunday = (year: number, month: number) => {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return new Date(Date.UTC(year, month, last.getUTCDate() - last.getUTCDay())).toISOString().slice(0, 10);
};
const HOUR = 3_600_000;
const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A day within a week of a daylight-saving change, 2000–2099. */
const dayNearChange = fc
  .record({
    year: fc.integer({ min: 2000, max: 2099 }),
    month: fc.constantFrom(2, 9),
    shift: fc.integer({ min: -7, max: 7 }),
  })
  .map(({ year, month, shift }) => addParisDays(lastSunday(year, month), shift));

describe('the Paris calendar around daylight-saving changes', () => {
  it('starts every day at 00:00 on a Paris clock, and its previous instant belongs to the day before', () => {
    fc.assert(
      fc.property(dayNearChange, (day) => {
        const start = startOfParisDay(day);
        expect(wallClock.format(start)).toBe('00:00');
        expect(parisDay(start)).toBe(day);
        expect(parisDay(new Date(start.getTime() - 1))).toBe(addParisDays(day, -1));
      }),
    );
  });

  it('makes the last Sunday of March 23 hours long, that of October 25, every other day 24', () => {
    fc.assert(
      fc.property(dayNearChange, (day) => {
        const hours = (endOfParisDay(day).getTime() - startOfParisDay(day).getTime()) / HOUR;
        const year = Number(day.slice(0, 4));
        const expected = day === lastSunday(year, 2) ? 23 : day === lastSunday(year, 9) ? 25 : 24;
        expect(hours).toBe(expected);
        expect(endOfParisDay(day)).toEqual(startOfParisDay(addParisDays(day, 1)));
      }),
    );
  });

  it('puts every instant of a day between its start and its end', () => {
    fc.assert(
      fc.property(dayNearChange, fc.integer({ min: 0, max: 25 * HOUR - 1 }), (day, offset) => {
        const at = new Date(startOfParisDay(day).getTime() + offset);
        const inDay = at < endOfParisDay(day);
        expect(parisDay(at)).toBe(inDay ? day : addParisDays(day, 1));
        expect([60, 120]).toContain(parisOffsetMinutes(at));
      }),
    );
  });

  it('adds days as calendar days: back and forth is the same day, and n days are n × 24 hours ± 1', () => {
    fc.assert(
      fc.property(dayNearChange, fc.integer({ min: -400, max: 400 }), (day, days) => {
        const later = addParisDays(day, days);
        expect(addParisDays(later, -days)).toBe(day);
        const hours = (startOfParisDay(later).getTime() - startOfParisDay(day).getTime()) / HOUR;
        expect(Math.abs(hours - days * 24)).toBeLessThanOrEqual(1);
        expect(wallClock.format(startOfParisDay(later))).toBe('00:00');
      }),
    );
  });

  it.each(['2027-02-29', '2027-02-30', '2027-13-01', '2027-3-28', '28/03/2027', ''])(
    'refuses %j as a calendar day',
    (day) => {
      expect(() => startOfParisDay(day)).toThrow();
      expect(() => addParisDays(day, 1)).toThrow();
    },
  );
});
