import { forbidden } from '../shared/errors.js';
import type { CompanyRecord } from './records.js';

/**
 * A company as a reader with a narrower need sees it (the trusted third party of a chèque numérique file: its
 * identity, size and sector, not its revenue). The view is marked; the Company resolvers refuse the fields it hides.
 */
const identityViews = new WeakSet<object>();

export function identityView(c: CompanyRecord): CompanyRecord {
  const view = { ...c };
  identityViews.add(view);
  return view;
}

/** The annual revenue: FORBIDDEN through an identity view. */
export function annualRevenueOf(c: CompanyRecord): number {
  if (identityViews.has(c))
    throw forbidden('Le chiffre d’affaires de l’entreprise n’est pas communiqué au tiers de confiance.');
  return c.annualRevenueCents;
}
