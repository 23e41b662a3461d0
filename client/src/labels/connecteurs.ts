import type { ConnecteurKind, StructureType, Theme } from '../../generated/graphql';

export const themeLabels: Record<Theme, string> = {
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

export const THEMES = Object.keys(themeLabels) as Theme[];

export const structureTypeLabels: Record<StructureType, string> = {
  CCI: 'Chambre de commerce et d’industrie',
  CMA: 'Chambre de métiers et de l’artisanat',
  TIERS_LIEU: 'Tiers-lieu',
  ENTREPRENEURS_NETWORK: 'Réseau d’entrepreneurs',
  PROFESSIONAL_BODY: 'Organisation professionnelle',
  ASSOCIATION: 'Association',
  FREELANCE: 'Indépendant',
  CONSULTING_FIRM: 'Cabinet de conseil',
  ACCOUNTANT: 'Expert-comptable',
  STUDENT_OR_APPRENTICE: 'Étudiant ou apprenti',
  PUBLIC_BODY: 'Organisme public',
  OTHER: 'Autre',
};

export const kindLabels: Record<ConnecteurKind, string> = {
  PERSON: 'Personne',
  STRUCTURE: 'Structure',
};
