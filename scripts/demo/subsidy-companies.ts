import type { Theme } from '../../functions/generated/resolvers-types.js';
import type { QuestionAnswer } from '../../functions/subsidies/questions.js';

// The demo companies of the chèque numérique and their files, one of each fate in every kind of programme
// (scripts/demo/subsidies.ts seeds them).

/** Where a file ends up, from its draft on. */
export type Fate =
  'DRAFT' | 'SUBMITTED' | 'CORRECTION' | 'REVIEW' | 'ACCEPTED' | 'REJECTED' | 'CLOSED' | 'REOPENED' | 'PAID';

export type DemoFile = {
  program: string;
  fate: Fate;
  summary: string;
  expenses: [Theme, string, euros: number][];
  /** Days before now the file was created; the steps follow a few days apart. */
  createdDaysAgo: number;
  invoiceEuros?: number;
  followUp?: {
    revenueChangePercent: number;
    employeesChange: number;
    benefit: boolean;
    satisfaction: number;
  };
  attested?: boolean;
  /** Answers to the programme's questions. */
  answers?: QuestionAnswer[];
};

export type DemoCompany = {
  sub: string;
  name: string;
  nafCode: string;
  employees: number;
  revenueEuros: number;
  communeCode: string;
  files: DemoFile[];
};

export const COMPANIES: DemoCompany[] = [
  {
    sub: 'demo-pme',
    name: 'Boulangerie Les Pains de Lyon',
    nafCode: '10.71C',
    employees: 8,
    revenueEuros: 720_000,
    communeCode: '69123',
    files: [
      {
        program: 'model-84-previous',
        fate: 'PAID',
        summary: 'Site vitrine avec commande en ligne de gâteaux et retrait en boutique.',
        expenses: [
          ['ECOMMERCE_WEBSITE', 'Site avec commande et retrait en boutique', 6_400],
          ['ONLINE_PAYMENT', 'Paiement en ligne', 900],
        ],
        createdDaysAgo: 540,
        invoiceEuros: 7_100,
      },
      {
        program: 'model-84',
        fate: 'DRAFT',
        summary: 'Caisse connectée au stock et programme de fidélité pour nos clients réguliers.',
        expenses: [
          ['POINT_OF_SALE', 'Logiciel de caisse certifié relié au stock', 3_200],
          ['CUSTOMER_RELATIONSHIP', 'Programme de fidélité', 1_500],
        ],
        createdDaysAgo: 4,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-01',
    name: 'Fromagerie du Semnoz',
    nafCode: '47.29Z',
    employees: 5,
    revenueEuros: 610_000,
    communeCode: '74010',
    files: [
      {
        program: 'model-84-previous',
        fate: 'PAID',
        summary: 'Vente en ligne de plateaux de fromages livrés en Haute-Savoie.',
        expenses: [
          ['ECOMMERCE_WEBSITE', 'Boutique en ligne', 9_800],
          ['STOCK_ORDERS_DELIVERY', 'Gestion des commandes et tournées', 4_200],
        ],
        createdDaysAgo: 530,
        invoiceEuros: 13_200,
        followUp: { revenueChangePercent: 14, employeesChange: 1, benefit: true, satisfaction: 5 },
      },
      {
        program: 'model-84',
        fate: 'SUBMITTED',
        summary: 'Ouvrir notre boutique sur deux places de marché de produits régionaux.',
        expenses: [['MARKETPLACE', 'Ouverture et animation sur deux places de marché', 5_400]],
        createdDaysAgo: 20,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-02',
    name: 'Garage des Alpes',
    nafCode: '45.20A',
    employees: 12,
    revenueEuros: 1_900_000,
    communeCode: '38185',
    files: [
      {
        program: 'model-84-previous',
        fate: 'PAID',
        summary: 'Prise de rendez-vous en ligne pour l’atelier et rappels automatiques.',
        expenses: [['BOOKING', 'Prise de rendez-vous en ligne', 3_600]],
        createdDaysAgo: 525,
        invoiceEuros: 3_400,
        followUp: { revenueChangePercent: 4, employeesChange: 0, benefit: true, satisfaction: 4 },
      },
      {
        program: 'model-84',
        fate: 'REVIEW',
        summary: 'Gestion des pièces détachées et commandes fournisseurs en ligne.',
        expenses: [['STOCK_ORDERS_DELIVERY', 'Logiciel de gestion des stocks de pièces', 8_900]],
        createdDaysAgo: 35,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-03',
    name: 'Hôtel Le Refuge du Mont-Blanc',
    nafCode: '55.10Z',
    employees: 22,
    revenueEuros: 2_800_000,
    communeCode: '74056',
    files: [
      {
        program: 'model-84',
        fate: 'ACCEPTED',
        summary: 'Réservation directe sur notre site et gestion des avis clients.',
        expenses: [
          ['BOOKING', 'Moteur de réservation sur le site', 12_000],
          ['ONLINE_VISIBILITY', 'Référencement et gestion des avis', 6_000],
          ['CONTENT', 'Photos et visites virtuelles', 4_500],
        ],
        createdDaysAgo: 55,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-04',
    name: 'Librairie Les Volcans',
    nafCode: '47.61Z',
    employees: 4,
    revenueEuros: 480_000,
    communeCode: '63113',
    files: [
      {
        program: 'model-84',
        fate: 'CORRECTION',
        summary: 'Click-and-collect et lettre d’information des nouveautés.',
        expenses: [
          ['ECOMMERCE_WEBSITE', 'Click-and-collect', 4_800],
          ['EMAILING', 'Lettre d’information', 700],
        ],
        createdDaysAgo: 40,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-05',
    name: 'Fleurs de Saint-Étienne',
    nafCode: '47.76Z',
    employees: 3,
    revenueEuros: 260_000,
    communeCode: '42218',
    files: [
      {
        program: 'model-84',
        fate: 'REJECTED',
        summary: 'Un nouveau logo et des cartes de visite pour la boutique.',
        expenses: [['CONTENT', 'Identité visuelle', 2_100]],
        createdDaysAgo: 50,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-06',
    name: 'Menuiserie Rhodanienne',
    nafCode: '16.23Z',
    employees: 9,
    revenueEuros: 940_000,
    communeCode: '26362',
    files: [
      {
        program: 'model-84',
        fate: 'CLOSED',
        summary: 'Configurateur en ligne de fenêtres et devis automatique.',
        expenses: [['ECOMMERCE_WEBSITE', 'Configurateur et devis en ligne', 14_000]],
        createdDaysAgo: 58,
      },
      {
        program: 'model-84',
        fate: 'REOPENED',
        summary: 'Configurateur en ligne de fenêtres, devis et paiement d’acompte.',
        expenses: [
          ['ECOMMERCE_WEBSITE', 'Configurateur et devis en ligne', 14_000],
          ['ONLINE_PAYMENT', 'Paiement d’acompte', 1_200],
        ],
        createdDaysAgo: 30,
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-07',
    name: 'Traiteur Saveurs de Villeurbanne',
    nafCode: '56.21Z',
    employees: 15,
    revenueEuros: 1_300_000,
    communeCode: '69266',
    files: [
      {
        program: 'model-84-previous',
        fate: 'PAID',
        summary: 'Commande en ligne de plateaux-repas pour les entreprises.',
        expenses: [['ECOMMERCE_WEBSITE', 'Commande en ligne B2B', 11_000]],
        createdDaysAgo: 520,
        invoiceEuros: 9_500,
        followUp: { revenueChangePercent: -3, employeesChange: 0, benefit: false, satisfaction: 3 },
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-08',
    name: 'Atelier de couture Rouge Fil',
    nafCode: '14.13Z',
    employees: 6,
    revenueEuros: 390_000,
    communeCode: '44109',
    files: [
      {
        program: 'pdl-conseil',
        fate: 'ACCEPTED',
        summary: 'Diagnostic et feuille de route pour vendre nos créations en ligne.',
        expenses: [
          ['STRATEGY', 'Audit et feuille de route numérique', 8_000],
          ['STRATEGY', 'Conseil au choix des outils de vente en ligne', 2_500],
        ],
        createdDaysAgo: 80,
        answers: [{ questionId: 'pure-player', yes: false }],
      },
      {
        program: 'pdl-investissement',
        fate: 'SUBMITTED',
        summary: 'Boutique en ligne de prêt-à-porter fabriqué à Nantes.',
        expenses: [['ECOMMERCE_WEBSITE', 'Boutique en ligne', 18_000]],
        createdDaysAgo: 10,
        answers: [
          { questionId: 'pure-player', yes: false },
          { questionId: 'volet-conseil-attribue', yes: true },
        ],
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-09',
    name: 'Cidrerie du Pays d’Auge',
    nafCode: '11.03Z',
    employees: 14,
    revenueEuros: 1_700_000,
    communeCode: '14366',
    files: [
      {
        program: 'normandie',
        fate: 'PAID',
        summary: 'Conseil pour la vente directe en ligne et à l’export.',
        expenses: [['STRATEGY', 'Huit jours de conseil', 9_600]],
        createdDaysAgo: 380,
        invoiceEuros: 9_600,
        answers: [{ questionId: 'tarif-journalier', number: 1_200 }],
      },
      {
        program: 'normandie',
        fate: 'REVIEW',
        summary: 'Accompagnement à la mise en place d’un outil de relation client.',
        expenses: [['STRATEGY', 'Dix jours de conseil en organisation de la relation client', 12_000]],
        createdDaysAgo: 25,
        answers: [{ questionId: 'tarif-journalier', number: 1_200 }],
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-10',
    name: 'Atelier de céramique des Garrigues',
    nafCode: '23.41Z',
    employees: 7,
    revenueEuros: 850_000,
    communeCode: '34172',
    files: [
      {
        program: 'occitanie',
        fate: 'ACCEPTED',
        summary: 'Conseil puis boutique en ligne pour remplacer notre site vitrine et vendre nos pièces.',
        expenses: [
          ['STRATEGY', 'Conseil et diagnostic numérique', 1_800],
          ['ECOMMERCE_WEBSITE', 'Boutique en ligne', 7_000],
        ],
        createdDaysAgo: 100,
        answers: [
          { questionId: 'filiere-production', choice: 'Artisanale' },
          { questionId: 'presence-web', choice: 'Site statique de type site vitrine' },
          { questionId: 'conseil-en-premier', yes: true },
        ],
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-11',
    name: 'Brasserie artisanale de Reims',
    nafCode: '11.05Z',
    employees: 11,
    revenueEuros: 1_100_000,
    communeCode: '51454',
    files: [
      {
        program: 'grand-est',
        fate: 'PAID',
        summary: 'Visibilité en ligne et fichier clients des cavistes.',
        expenses: [
          ['ONLINE_VISIBILITY', 'Référencement local', 3_000],
          ['CUSTOMER_RELATIONSHIP', 'Fichier clients', 2_400],
        ],
        createdDaysAgo: 180,
        invoiceEuros: 5_400,
        answers: [
          { questionId: 'premier-projet-innovant', yes: true },
          { questionId: 'duree-prestation', number: 4 },
        ],
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-12',
    name: 'Chocolaterie de l’Estuaire',
    nafCode: '10.82Z',
    employees: 18,
    revenueEuros: 2_400_000,
    communeCode: '33063',
    files: [
      {
        program: 'nouvelle-aquitaine',
        fate: 'REVIEW',
        summary: 'Plateforme de vente en ligne et logistique pour toute l’Europe.',
        expenses: [
          ['ECOMMERCE_WEBSITE', 'Plateforme de vente multilingue', 42_000],
          ['STOCK_ORDERS_DELIVERY', 'Logistique et suivi des expéditions', 26_000],
        ],
        createdDaysAgo: 60,
        attested: true,
        answers: [{ questionId: 'duree-projet', number: 18 }],
      },
    ],
  },
  {
    sub: 'demo-cheque-pme-13',
    name: 'Web Services Lyonnais',
    nafCode: '62.01Z',
    employees: 6,
    revenueEuros: 700_000,
    communeCode: '69123',
    files: [
      {
        program: 'model-84',
        fate: 'DRAFT',
        summary: 'Refonte de notre propre site (entreprise du numérique : non éligible).',
        expenses: [['ECOMMERCE_WEBSITE', 'Refonte du site', 8_000]],
        createdDaysAgo: 12,
      },
    ],
  },
];
