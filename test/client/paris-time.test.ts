import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatMonth,
  parisDayEndsAt,
  parisDayStartsAt,
} from '../../client/src/labels/paris-time';

// The web app shows and sends Paris days (the server's module, functions/shared/paris-time.ts).
describe('the web app’s Paris calendar', () => {
  it('shows an instant on the Paris day it falls in, not the UTC one', () => {
    expect(formatDate('2026-12-31T23:30:00.000Z')).toBe('1 janvier 2027');
    expect(formatDate('2027-03-27T22:59:59.999Z')).toBe('27 mars 2027');
    expect(formatMonth('2026-12-31T23:30:00.000Z')).toBe('janv. 2027');
    expect(formatDateTime('2026-12-31T23:30:00.000Z')).toBe('1 janvier 2027 à 00:30');
  });

  it('shows a calendar date as it is', () => {
    expect(formatDate('2028-06-30')).toBe('30 juin 2028');
    expect(formatDate('2028-02-29')).toBe('29 février 2028');
  });

  it('sends a call’s first and last day as Paris midnight and the last instant before the next one', () => {
    expect(parisDayStartsAt('2027-03-28')).toBe('2027-03-27T23:00:00.000Z');
    expect(parisDayEndsAt('2027-03-28')).toBe('2027-03-28T21:59:59.999Z');
    expect(parisDayEndsAt('2027-10-31')).toBe('2027-10-31T22:59:59.999Z');
  });
});
