/**
 * The one parser of amounts typed in euros ("1 234,56", "1234.5", "2 000 €") into integer cents: at most two decimals
 * after the separator, and at least one when there is a separator ("12," and "12." are not amounts); no sign, no
 * letters; zero only when `allowZero` (a price or revenue may be 0, an envelope or an invoice may not). Undefined
 * when it is not an amount. No floating point: the digits are read as text.
 */
export function parseEuroInput(text: string, { allowZero = false } = {}): number | undefined {
  const normalized = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(normalized);
  if (!match) return undefined;
  const [, euros = '0', decimals = ''] = match;
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return undefined;
  return cents > 0 || (allowZero && cents === 0) ? cents : undefined;
}

/** Integer cents as an editable euro amount: 123456 → "1234,56", 200000 → "2000" (integers only, no rounding). */
export function centsToEuroInput(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}
