import type {
  EventKind,
  MaturityLevel,
  ReviewAuthorKind,
  SizeBand,
  TestimonialFormat,
  TestimonialStatus,
} from '../../generated/graphql';

export const eventKindLabels: Record<EventKind, string> = {
  CONFERENCE: 'Conférence',
  FAIR: 'Salon',
  BREAKFAST: 'Petit-déjeuner',
  WORKSHOP: 'Atelier',
  WEBINAR: 'Webinaire',
  OTHER: 'Autre',
};

export const testimonialFormatLabels: Record<TestimonialFormat, string> = {
  VIDEO: 'Vidéo',
  ARTICLE: 'Article',
  AUDIO: 'Audio',
};

export const testimonialStatusLabels: Record<TestimonialStatus, string> = {
  AWAITING_AGREEMENT: 'En attente de l’accord de l’entreprise',
  PENDING: 'À modérer',
  PUBLISHED: 'Publié',
  REJECTED: 'Refusé',
  WITHDRAWN: 'Retiré par l’entreprise',
};

export const sizeBandLabels: Record<SizeBand, string> = {
  SOLO: 'Sans salarié',
  MICRO: '1 à 9 salariés',
  SMALL: '10 à 49 salariés',
  MEDIUM: '50 à 249 salariés',
};

export const maturityLevelLabels: Record<MaturityLevel, string> = {
  RELUCTANT: 'Réticente',
  POTENTIAL: 'Potentielle',
  DYNAMIC: 'Dynamique',
  MATURE: 'Mature',
};

/** Sources of the price referential (schema/prices.graphql `PriceSource`). */
export const priceSourceLabels = {
  OFFERS: 'Offres des prestataires',
  QUOTES: 'Devis des demandes de chèque',
  INVOICES: 'Factures des chèques payés',
} as const;

export const reviewAuthorKindLabels: Record<ReviewAuthorKind, string> = {
  PME: 'Entreprise',
  CONNECTEUR: 'Connecteur',
};

/** NAF rév. 2 sections (A–U), as INSEE names them. */
export const nafSectionLabels: Record<string, string> = {
  A: 'Agriculture, sylviculture et pêche',
  B: 'Industries extractives',
  C: 'Industrie manufacturière',
  D: 'Électricité, gaz, vapeur et air conditionné',
  E: 'Eau, assainissement, déchets et dépollution',
  F: 'Construction',
  G: 'Commerce ; réparation d’automobiles et de motocycles',
  H: 'Transports et entreposage',
  I: 'Hébergement et restauration',
  J: 'Information et communication',
  K: 'Activités financières et d’assurance',
  L: 'Activités immobilières',
  M: 'Activités spécialisées, scientifiques et techniques',
  N: 'Activités de services administratifs et de soutien',
  O: 'Administration publique',
  P: 'Enseignement',
  Q: 'Santé humaine et action sociale',
  R: 'Arts, spectacles et activités récréatives',
  S: 'Autres activités de services',
  T: 'Activités des ménages en tant qu’employeurs',
  U: 'Activités extra-territoriales',
};
