import type { MaturityTheme, Theme } from '../generated/resolvers-types.js';

export type Advice = { theme: MaturityTheme; title: string; text: string };

/** Plain, encouraging advice per theme: a first step for a low score, the next one otherwise. */
const ADVICE: Record<MaturityTheme, { first: Omit<Advice, 'theme'>; next: Omit<Advice, 'theme'> }> = {
  ONLINE_VISIBILITY: {
    first: {
      title: 'Être trouvé en ligne',
      text: 'Créez ou complétez votre fiche sur les cartes en ligne (horaires, photos, téléphone) : c’est gratuit et c’est souvent là que vos clients vous cherchent.',
    },
    next: {
      title: 'Faire vivre votre présence',
      text: 'Publiez régulièrement (nouveautés, coulisses, avis clients) et répondez aux avis : une présence vivante inspire confiance.',
    },
  },
  ONLINE_SALES: {
    first: {
      title: 'Tester la vente à distance',
      text: 'Commencez petit : prise de commande par formulaire, paiement en ligne ou une place de marché de votre métier, avant d’investir dans une boutique complète.',
    },
    next: {
      title: 'Élargir vos canaux de vente',
      text: 'Une boutique en ligne reliée à votre stock, ou une place de marché à l’export, peut ouvrir de nouveaux marchés : le chèque numérique de votre région peut en financer une partie.',
    },
  },
  CUSTOMER_RELATIONSHIP: {
    first: {
      title: 'Garder le contact',
      text: 'Rassemblez vos contacts clients dans un seul fichier (avec leur accord) : c’est la base pour les tenir informés.',
    },
    next: {
      title: 'Fidéliser',
      text: 'Des envois ciblés (offres, nouveautés) et un outil de gestion de la relation client aident à faire revenir vos clients.',
    },
  },
  MANAGEMENT_TOOLS: {
    first: {
      title: 'Gagner du temps sur la gestion',
      text: 'Un logiciel de devis et factures simple évite les doubles saisies et prépare la facture électronique obligatoire.',
    },
    next: {
      title: 'Relier vos outils',
      text: 'Reliez caisse, stock, vente en ligne et comptabilité : moins de saisie, moins d’erreurs, une vision claire de votre activité.',
    },
  },
  SECURITY: {
    first: {
      title: 'Protéger l’essentiel',
      text: 'Mettez en place une sauvegarde automatique et des mots de passe différents pour chaque service : deux gestes qui évitent les pires ennuis.',
    },
    next: {
      title: 'Aller plus loin en sécurité',
      text: 'Activez la double authentification, gardez une copie de vos données hors de l’entreprise et recensez les données personnelles de vos clients.',
    },
  },
  SKILLS: {
    first: {
      title: 'Se faire accompagner',
      text: 'Un connecteur près de chez vous peut faire le point avec vous et vous orienter vers une formation courte adaptée à votre métier.',
    },
    next: {
      title: 'Se fixer un cap',
      text: 'Écrivez vos objectifs numériques de l’année (budget, actions, qui s’en charge) : c’est ce qui distingue les entreprises qui progressent vite.',
    },
  },
};

/** Below this theme score, advice starts from the first step. */
export const FIRST_STEP_BELOW = 50;

export const adviceFor = (theme: MaturityTheme, score: number): Advice => ({
  theme,
  ...(score < FIRST_STEP_BELOW ? ADVICE[theme].first : ADVICE[theme].next),
});

/** The connecteur expertise themes that help with a maturity theme. */
export const CONNECTEUR_THEMES: Record<MaturityTheme, Theme[]> = {
  ONLINE_VISIBILITY: ['ONLINE_VISIBILITY', 'CONTENT'],
  ONLINE_SALES: ['ECOMMERCE_WEBSITE', 'MARKETPLACE', 'ONLINE_PAYMENT'],
  CUSTOMER_RELATIONSHIP: ['CUSTOMER_RELATIONSHIP', 'EMAILING'],
  MANAGEMENT_TOOLS: ['STOCK_ORDERS_DELIVERY', 'POINT_OF_SALE', 'BOOKING'],
  SECURITY: ['HOSTING_SECURITY'],
  SKILLS: ['TRAINING', 'STRATEGY'],
};
