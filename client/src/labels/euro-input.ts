/**
 * An amount typed in euros ("1 234,56", "1234.5", "2 000 €") as integer cents; undefined when it is not an amount
 * (empty, letters, negative, more than 2 decimals). No floating point: the digits are read as text.
 */
export function parseEuroInput(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return undefined;
  const [, euros = '0', decimals = ''] = match;
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** Integer cents as an editable euro amount: 123456 → "1234,56", 200000 → "2000". */
export function centsToEuroInput(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}
