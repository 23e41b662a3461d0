/**
 * An amount typed in euros ("1 234,56", "1234.5", "800 €") as integer cents; undefined when it is not an amount
 * with at most two decimals, or is zero without `allowZero`.
 */
export function parseEurosToCents(text: string, { allowZero = false } = {}): number | undefined {
  const normalized = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return undefined;
  const [units = '0', decimals = ''] = normalized.split('.');
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return undefined;
  return cents > 0 || (allowZero && cents === 0) ? cents : undefined;
}

/** Cents as the euros a field shows for editing ("1234,5" → "1234,50"), without grouping spaces. */
export const centsToEurosText = (cents: number): string => (cents / 100).toFixed(2).replace('.', ',');
