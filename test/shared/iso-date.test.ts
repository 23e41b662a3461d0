import { describe, expect, it } from 'vitest';
import { isoDate } from '../../functions/shared/validation.js';

const messageOf = (value: unknown) => {
  const result = isoDate.safeParse(value);
  return result.success ? 'accepted' : result.error.issues[0]?.message;
};

describe('a calendar date input', () => {
  it.each(['2026-01-31', '2028-02-29', '2000-02-29', '2026-12-31', '9999-12-31'])('accepts %s', (day) => {
    expect(messageOf(day)).toBe('accepted');
  });

  it.each(['2026-02-30', '2027-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'])(
    'refuses %s, which does not exist',
    (day) => {
      expect(messageOf(day)).toBe('Date inexistante.');
    },
  );

  it.each(['2026-1-01', '01/02/2026', '2026-01-01T00:00:00Z', ' 2026-01-01', ''])(
    'refuses %j, not in the format',
    (day) => {
      expect(messageOf(day)).toBe('Date attendue au format AAAA-MM-JJ.');
    },
  );

  it('answers in French when the value is not a text', () => {
    expect(messageOf(20260101)).toMatch(/attendu/);
  });
});
