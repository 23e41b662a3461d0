import { describe, expect, it } from 'vitest';
import { centsToEuroInput, parseEuroInput } from '../../client/src/labels/euro-input';

describe('the one euro parser', () => {
  it.each([
    ['1 234,56', 123_456],
    ['1234.5', 123_450],
    ['2 000 €', 200_000],
    ['2\u202f000,00', 200_000],
    ['0,01', 1],
    ['90071992547409,91', 9_007_199_254_740_991],
  ])('reads %j as %i cents', (text, cents) => expect(parseEuroInput(text)).toBe(cents));

  it.each(['', '12,', '12.', '1,234', '-5', '12 euros', '1e3', '1.234,56', '0', '0,00', '90071992547409,92'])(
    'refuses %j',
    (text) => expect(parseEuroInput(text)).toBeUndefined(),
  );

  it('takes zero only when the field allows it', () => {
    expect(parseEuroInput('0', { allowZero: true })).toBe(0);
    expect(parseEuroInput('0,00', { allowZero: true })).toBe(0);
  });

  it('gives back what it reads', () => {
    for (const cents of [0, 1, 99, 100, 123_456, 200_000, 9_007_199_254_740_991])
      expect(parseEuroInput(centsToEuroInput(cents), { allowZero: true })).toBe(cents);
  });
});
