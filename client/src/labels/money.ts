const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** Integer cents of the API (`Cents` scalar) as euros, e.g. 123456 → "1 234,56 €". */
export const formatEuros = (cents: number): string => euroFormat.format(cents / 100);
