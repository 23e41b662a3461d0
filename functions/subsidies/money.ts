/** Integer cents as French euros, without floating point: 1234567 → "12 345,67 €" (for messages). */
export function formatEuros(cents: number): string {
  const euros = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${euros},${String(cents % 100).padStart(2, '0')} €`;
}

/** Integer cents as a plain decimal with a comma, as French spreadsheets read it: 1234567 → "12345,67". */
export const decimalEuros = (cents: number): string =>
  `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** Basis points as a French percentage: 5000 → "50 %", 3333 → "33,33 %". */
export function formatRate(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const rest = basisPoints % 100;
  return `${whole}${rest ? `,${String(rest).padStart(2, '0').replace(/0$/, '')}` : ''}\u00a0%`;
}
