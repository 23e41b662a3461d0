import type { MaturityTheme } from '../generated/resolvers-types.js';

/**
 * The self-diagnostic, kept as versioned data: changing a question, a choice or its points makes a new version,
 * and peers are compared within one version (docs/data-model.md, "Diagnostics").
 */
export type Choice = {
  id: string;
  text: string;
  points: number;
  /** "None of these": cannot be combined with another choice of a multiple question. */
  exclusive?: boolean;
};

export type QuestionDefinition = {
  id: string;
  theme: MaturityTheme;
  text: string;
  /** Several choices may be ticked; their points add up to at most the question's maximum. */
  multiple: boolean;
  choices: Choice[];
};

export type QuestionnaireDefinition = {
  version: string;
  estimatedMinutes: number;
  questions: QuestionDefinition[];
};

export const MATURITY_THEMES = [
  'ONLINE_VISIBILITY',
  'ONLINE_SALES',
  'CUSTOMER_RELATIONSHIP',
  'MANAGEMENT_TOOLS',
  'SECURITY',
  'SKILLS',
] as const satisfies readonly MaturityTheme[];

export const THEME_NAMES: Record<MaturityTheme, string> = {
  ONLINE_VISIBILITY: 'Visibilité en ligne',
  ONLINE_SALES: 'Vente en ligne',
  CUSTOMER_RELATIONSHIP: 'Relation client',
  MANAGEMENT_TOOLS: 'Outils de gestion',
  SECURITY: 'Sécurité et données',
  SKILLS: 'Compétences et organisation',
};

const single = (
  id: string,
  theme: MaturityTheme,
  text: string,
  choices: [string, number][],
): QuestionDefinition => ({
  id,
  theme,
  text,
  multiple: false,
  choices: choices.map(([label, points], i) => ({
    id: `${id}-${String.fromCharCode(97 + i)}`,
    text: label,
    points,
  })),
});

/** The last choice of a multiple question is the exclusive "none of these". */
const multiple = (
  id: string,
  theme: MaturityTheme,
  text: string,
  choices: [string, number][],
  none: string,
): QuestionDefinition => ({
  id,
  theme,
  text,
  multiple: true,
  choices: [
    ...choices.map(([label, points], i) => ({
      id: `${id}-${String.fromCharCode(97 + i)}`,
      text: label,
      points,
    })),
    { id: `${id}-none`, text: none, points: 0, exclusive: true },
  ],
});

export const QUESTIONNAIRE_V1: QuestionnaireDefinition = {
  version: '2026-1',
  estimatedMinutes: 10,
  questions: [
    single('vis-website', 'ONLINE_VISIBILITY', 'Votre entreprise a-t-elle un site internet ?', [
      ['Non', 0],
      ['C’est en projet', 1],
      ['Oui, une vitrine simple', 2],
      ['Oui, tenu à jour et agréable sur mobile', 4],
    ]),
    multiple(
      'vis-listings',
      'ONLINE_VISIBILITY',
      'Où vos clients peuvent-ils vous trouver en ligne ?',
      [
        ['Une fiche sur les cartes en ligne (Google, Apple, OpenStreetMap…)', 1],
        ['Les annuaires ou plateformes de mon métier', 1],
        ['Les réseaux sociaux', 1],
      ],
      'Nulle part pour l’instant',
    ),
    single('vis-social', 'ONLINE_VISIBILITY', 'À quel rythme publiez-vous des nouvelles en ligne ?', [
      ['Jamais', 0],
      ['Quelques fois par an', 1],
      ['Chaque mois', 2],
      ['Chaque semaine', 3],
    ]),
    single('vis-reviews', 'ONLINE_VISIBILITY', 'Suivez-vous les avis que vos clients laissent en ligne ?', [
      ['Non', 0],
      ['De temps en temps', 1],
      ['Oui, et j’y réponds', 2],
    ]),
    multiple(
      'sales-channels',
      'ONLINE_SALES',
      'Vendez-vous en ligne ?',
      [
        ['Sur mon propre site', 2],
        ['Sur une place de marché (Etsy, ManoMano, Amazon…)', 2],
        ['Par les réseaux sociaux ou une messagerie', 1],
      ],
      'Non, pas encore',
    ),
    single('sales-share', 'ONLINE_SALES', 'Quelle part de votre chiffre d’affaires se fait en ligne ?', [
      ['Aucune', 0],
      ['Moins de 10 %', 1],
      ['De 10 à 30 %', 2],
      ['Plus de 30 %', 3],
    ]),
    multiple(
      'sales-remote',
      'ONLINE_SALES',
      'Vos clients peuvent-ils commander, payer ou réserver à distance ?',
      [
        ['Paiement en ligne', 1],
        ['Réservation ou prise de rendez-vous en ligne', 1],
        ['Demande de devis ou commande par formulaire', 1],
      ],
      'Non, tout se fait sur place ou par téléphone',
    ),
    single('sales-export', 'ONLINE_SALES', 'Vendez-vous hors de France grâce à internet ?', [
      ['Non', 0],
      ['De temps en temps', 1],
      ['Régulièrement', 2],
    ]),
    single('crm-file', 'CUSTOMER_RELATIONSHIP', 'Comment tenez-vous votre fichier clients ?', [
      ['Je n’en ai pas', 0],
      ['Sur papier ou de mémoire', 0],
      ['Dans un tableur', 1],
      ['Dans un logiciel de gestion de la relation client', 3],
    ]),
    single(
      'crm-campaigns',
      'CUSTOMER_RELATIONSHIP',
      'Gardez-vous le contact avec vos clients par e-mail ou SMS ?',
      [
        ['Jamais', 0],
        ['De temps en temps', 1],
        ['Par des envois réguliers', 2],
        ['Par des envois ciblés dont je mesure les résultats', 3],
      ],
    ),
    multiple(
      'crm-channels',
      'CUSTOMER_RELATIONSHIP',
      'Par quels moyens numériques vos clients peuvent-ils vous joindre ?',
      [
        ['E-mail', 1],
        ['Messagerie instantanée ou chat', 1],
        ['Formulaire ou espace client en ligne', 1],
      ],
      'Seulement par téléphone ou sur place',
    ),
    single('tools-invoicing', 'MANAGEMENT_TOOLS', 'Comment faites-vous vos devis et factures ?', [
      ['À la main', 0],
      ['Avec un traitement de texte ou un tableur', 1],
      ['Avec un logiciel de facturation', 2],
      ['Avec un logiciel relié à ma comptabilité (facture électronique)', 3],
    ]),
    single(
      'tools-stock',
      'MANAGEMENT_TOOLS',
      'Suivez-vous vos stocks, commandes ou plannings avec un outil numérique ?',
      [
        ['Non', 0],
        ['Avec un tableur', 1],
        ['Avec un logiciel dédié', 2],
        ['Avec un logiciel relié à ma vente en ligne ou ma caisse', 3],
      ],
    ),
    single(
      'tools-collab',
      'MANAGEMENT_TOOLS',
      'Utilisez-vous des outils partagés (agenda, documents en ligne, visioconférence) ?',
      [
        ['Non', 0],
        ['Un peu', 1],
        ['Tous les jours', 2],
      ],
    ),
    single('sec-backup', 'SECURITY', 'Sauvegardez-vous vos données ?', [
      ['Jamais', 0],
      ['De temps en temps, à la main', 1],
      ['Automatiquement', 2],
      ['Automatiquement, avec une copie hors de l’entreprise', 3],
    ]),
    multiple(
      'sec-practices',
      'SECURITY',
      'Quelles protections avez-vous mises en place ?',
      [
        ['Un mot de passe différent par service (ou un gestionnaire de mots de passe)', 1],
        ['La double authentification sur les comptes importants', 1],
        ['Un antivirus et les mises à jour automatiques', 1],
      ],
      'Aucune pour l’instant',
    ),
    single(
      'sec-gdpr',
      'SECURITY',
      'Savez-vous quelles données personnelles de vos clients vous conservez (RGPD) ?',
      [
        ['Non', 0],
        ['À peu près', 1],
        ['Oui, elles sont recensées dans un registre', 2],
      ],
    ),
    single(
      'skills-training',
      'SKILLS',
      'Vous ou vos salariés avez-vous suivi une formation au numérique ces deux dernières années ?',
      [
        ['Non', 0],
        ['Oui, une', 1],
        ['Oui, plusieurs', 2],
      ],
    ),
    single('skills-owner', 'SKILLS', 'Qui s’occupe du numérique dans l’entreprise ?', [
      ['Personne', 0],
      ['Moi, quand j’ai le temps', 1],
      ['Une personne formée, dans l’équipe', 2],
      ['Un prestataire ou un conseiller qui nous accompagne', 2],
    ]),
    single(
      'skills-plan',
      'SKILLS',
      'Avez-vous fixé des objectifs pour le numérique (budget, plan d’actions) ?',
      [
        ['Non', 0],
        ['J’y réfléchis', 1],
        ['Oui, par écrit', 2],
      ],
    ),
  ],
};

/** Versions still scored and compared: results keep the version they were taken with. */
const QUESTIONNAIRES = new Map([[QUESTIONNAIRE_V1.version, QUESTIONNAIRE_V1]]);

export const currentQuestionnaire = (): QuestionnaireDefinition => QUESTIONNAIRE_V1;
export const questionnaireByVersion = (version: string): QuestionnaireDefinition | undefined =>
  QUESTIONNAIRES.get(version);

/** The most points a question can give: its best choice, or all non-exclusive choices of a multiple one. */
export const maxPoints = (q: QuestionDefinition): number =>
  q.multiple
    ? q.choices.reduce((sum, c) => sum + (c.exclusive ? 0 : c.points), 0)
    : Math.max(...q.choices.map((c) => c.points));
