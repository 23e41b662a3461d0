import { afterEach, describe, expect, it } from 'vitest';
import {
  addYears,
  formatDateTime,
  parisDayEnd,
  parisDayStart,
  parisFields,
  parisInstant,
  parisToday,
} from '../../client/src/labels/date-times';

// The browser's time zone must not matter: the same answers in Paris, Réunion (UTC+4, no DST) and Guadeloupe
// (UTC−4, no DST). Node reads process.env.TZ at each Date call.
const ZONES = ['Europe/Paris', 'Indian/Reunion', 'America/Guadeloupe', 'UTC'] as const;
const initialTz = process.env.TZ;
afterEach(() => {
  if (initialTz === undefined) delete process.env.TZ;
  else process.env.TZ = initialTz;
});

describe.each(ZONES)('Paris time from a browser in %s', (zone) => {
  it('reads a typed slot as Paris time, winter (UTC+1) and summer (UTC+2)', () => {
    process.env.TZ = zone;
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(
      { 'Europe/Paris': -60, 'Indian/Reunion': -240, 'America/Guadeloupe': 240, UTC: 0 }[zone],
    );
    expect(parisInstant('2026-12-04', '10:30')).toBe('2026-12-04T09:30:00.000Z');
    expect(parisInstant('2026-07-14', '10:30')).toBe('2026-07-14T08:30:00.000Z');
  });

  it('shows an instant of the API as the Paris time it was typed as', () => {
    process.env.TZ = zone;
    const instant = parisInstant('2026-12-04', '10:30')!;
    expect(formatDateTime(instant)).toBe('4 décembre 2026 à 10:30');
    expect(parisFields(instant)).toEqual({ day: '2026-12-04', time: '10:30' });
    // Late evening in Paris is already the next day in Réunion, still the same day in Guadeloupe: Paris wins.
    expect(parisFields('2026-12-04T22:30:00.000Z')).toEqual({ day: '2026-12-04', time: '23:30' });
    expect(parisToday(new Date('2026-12-04T22:30:00.000Z'))).toBe('2026-12-04');
  });

  it('bounds a Paris day, including the days of the clock changes', () => {
    process.env.TZ = zone;
    expect(parisDayStart('2026-12-04')).toBe('2026-12-03T23:00:00.000Z');
    expect(parisDayEnd('2026-12-04')).toBe('2026-12-04T22:59:59.999Z');
    // 29 March 2026 has 23 hours in Paris, 25 October 2026 has 25.
    expect(parisDayEnd('2026-03-29')).toBe('2026-03-29T21:59:59.999Z');
    expect(parisDayStart('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(parisDayEnd('2026-10-25')).toBe('2026-10-25T22:59:59.999Z');
  });
});

describe('Paris time input', () => {
  it('refuses what a date or time field cannot give', () => {
    expect(parisInstant('', '10:30')).toBeUndefined();
    expect(parisInstant('2026-12-04', '')).toBeUndefined();
    expect(parisInstant('2026-13-04', '10:30')).toBeUndefined();
    expect(parisInstant('2026-12-04', '24:00')).toBeUndefined();
  });

  it('reads a time skipped by the spring change one hour later', () => {
    expect(parisInstant('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('adds years to a day, 29 February giving 28 February', () => {
    expect(addYears('2026-12-04', 2)).toBe('2028-12-04');
    expect(addYears('2028-02-29', 2)).toBe('2030-02-28');
  });
});
