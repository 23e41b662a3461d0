import * as z from 'zod';
import type { Theme } from '../generated/resolvers-types.js';

/** The digital themes every domain speaks of (expenses, expertise, needs, prices, testimonials). */
export const THEMES = [
  'STRATEGY',
  'TRAINING',
  'ECOMMERCE_WEBSITE',
  'CONTENT',
  'ONLINE_PAYMENT',
  'MARKETPLACE',
  'ONLINE_VISIBILITY',
  'BOOKING',
  'STOCK_ORDERS_DELIVERY',
  'POINT_OF_SALE',
  'HOSTING_SECURITY',
  'CUSTOMER_RELATIONSHIP',
  'EMAILING',
  'EXPORT',
] as const;

export const themeSchema = z.enum(THEMES);

/** Expense and expertise themes in French, as users read them (the web client shows the same words). */
export const THEME_LABELS: Record<Theme, string> = {
  STRATEGY: 'Stratégie numérique',
  TRAINING: 'Formation',
  ECOMMERCE_WEBSITE: 'Site web ou e-commerce',
  CONTENT: 'Création de contenus',
  ONLINE_PAYMENT: 'Paiement en ligne',
  MARKETPLACE: 'Places de marché',
  ONLINE_VISIBILITY: 'Visibilité en ligne',
  BOOKING: 'Réservation et prise de rendez-vous',
  STOCK_ORDERS_DELIVERY: 'Stocks, commandes et livraison',
  POINT_OF_SALE: 'Logiciel de caisse',
  HOSTING_SECURITY: 'Hébergement, nom de domaine et cybersécurité',
  CUSTOMER_RELATIONSHIP: 'Relation client',
  EMAILING: 'E-mailing et lettres d’information',
  EXPORT: 'Export',
};
