import type { Theme } from '../../functions/generated/resolvers-types.js';
import type { ProgramQuestion } from '../../functions/subsidies/questions.js';

/**
 * The seven schemes of the founding report's comparison table ("Tableau comparatif des chèques numériques mis en
 * place en France", annex of piste 4), each opened as the table line says: name, managing body, audience, what is
 * financed, rate and ceilings, sectors. Where the report is silent the programme says so in its description; rules
 * the programme's fields cannot express are its questions. `test/subsidies/regional-schemes.test.ts` holds each
 * programme against its line.
 */
export type DemoProgram = {
  key: string;
  opensDaysAgo: number;
  closesInDays: number;
  input: Record<string, unknown> & { questions?: Omit<ProgramQuestion, 'required'>[] };
};

const EUR = 100;
/** No headcount limit in the report: the largest the rules accept. */
const NO_HEADCOUNT_LIMIT = 1_000_000;
const EVERY_THEME: Theme[] = [
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
];
/** Rules the report never states for any scheme: no floors, no exclusion, every sector, independence not asked. */
const UNSTATED = {
  investmentFloorCents: 0,
  aidFloorCents: 0,
  independenceRequired: false,
  excludedNafPrefixes: [],
  localProvidersOnly: false,
  attestationRequired: false,
  eligibleThemes: EVERY_THEME,
};
const SILENT =
  'Le rapport ne fixe ni plancher d’investissement ou d’aide, ni enveloppe, ni dates d’appel : ceux de la démonstration sont choisis pour elle.';

export const REPORT_SCHEMES: DemoProgram[] = [
  {
    key: 'nouvelle-aquitaine',
    opensDaysAgo: 150,
    closesInDays: 580,
    input: {
      ...UNSTATED,
      regionCode: '75',
      managingBody: 'Conseil régional (ALPC, aujourd’hui Nouvelle-Aquitaine)',
      name: 'Chèque Transformation Numérique FEDER',
      description: `Pour 300 entreprises régionales pour lesquelles la transformation numérique est un enjeu stratégique, tous secteurs d’activité inclus, avec une priorité pour les entreprises non issues de la filière numérique (priorité d’instruction, non une règle). Subvention pour l’investissement dans un projet de transformation numérique d’une durée maximale de 24 mois : 50 % des dépenses, aide FEDER de 150 000 € au plus. Fonds mobilisés : FEDER et 400 k€ de fonds régionaux ; l’enveloppe de la démonstration est la part régionale (la part FEDER n’est pas chiffrée par le rapport). Le rapport ne limite ni l’effectif ni le chiffre d’affaires. ${SILENT}`,
      envelopeCents: 400_000 * EUR,
      aidRateBasisPoints: 5000,
      investmentCeilingCents: 300_000 * EUR,
      aidCeilingCents: 150_000 * EUR,
      maxEmployees: NO_HEADCOUNT_LIMIT,
      questions: [
        {
          id: 'duree-projet',
          label: 'Durée du projet de transformation numérique, en mois',
          kind: 'NUMBER',
          min: 1,
          max: 24,
          unit: 'mois',
        },
      ],
    },
  },
  {
    key: 'ile-de-france-pmup',
    opensDaysAgo: 45,
    closesInDays: 320,
    input: {
      ...UNSTATED,
      regionCode: '11',
      managingBody: 'Conseil régional d’Île-de-France',
      name: 'PM’up',
      description: `Pour les petites et moyennes entreprises comptant de 5 à 250 salariés, réalisant moins de 50 M€ de chiffre d’affaires et moins de 43 M€ de bilan. Subvention portant sur des actions d’investissements, de brevets, de conseil, de développement international et de recrutement de cadres, d’un montant maximum de 250 000 €. Le rapport ne donne pas de taux : l’aide couvre les dépenses jusqu’au plafond. ${SILENT}`,
      envelopeCents: 5_000_000 * EUR,
      aidRateBasisPoints: 10_000,
      investmentCeilingCents: 250_000 * EUR,
      aidCeilingCents: 250_000 * EUR,
      maxEmployees: 250,
      maxAnnualRevenueCents: 50_000_000 * EUR - 1,
      questions: [
        {
          id: 'effectif',
          label: 'Nombre de salariés de l’entreprise',
          kind: 'NUMBER',
          min: 5,
          max: 250,
          unit: 'salariés',
        },
        {
          id: 'bilan',
          label: 'Total du dernier bilan, en euros',
          kind: 'NUMBER',
          min: 0,
          max: 42_999_999.99,
          unit: '€',
        },
      ],
    },
  },
  {
    key: 'pdl-conseil',
    opensDaysAgo: 90,
    closesInDays: 270,
    input: {
      ...UNSTATED,
      regionCode: '52',
      managingBody: 'Conseil régional des Pays de la Loire',
      name: 'Chèque Numérique — volet conseil',
      description: `Pour les entreprises de moins de 20 salariés avec un chiffre d’affaires annuel inférieur à 2 millions d’€, filière TIC et pure players exclus. Dépenses relatives au recours au conseil externe : 50 % du montant HT de la prestation avec un plafond d’aide maximale de 30 000 €. La filière TIC est exclue par les codes NAF du numérique. ${SILENT}`,
      envelopeCents: 1_500_000 * EUR,
      aidRateBasisPoints: 5000,
      investmentCeilingCents: 60_000 * EUR,
      aidCeilingCents: 30_000 * EUR,
      maxEmployees: 19,
      maxAnnualRevenueCents: 2_000_000 * EUR - 1,
      excludedNafPrefixes: ['58.2', '61', '62', '63.1', '95.1'],
      eligibleThemes: ['STRATEGY'],
      questions: [
        {
          id: 'pure-player',
          label: 'Votre entreprise est-elle un pure player (activité exclusivement en ligne) ?',
          kind: 'YES_NO',
          requiredAnswer: false,
        },
      ],
    },
  },
  {
    key: 'pdl-investissement',
    opensDaysAgo: 90,
    closesInDays: 270,
    input: {
      ...UNSTATED,
      regionCode: '52',
      managingBody: 'Conseil régional des Pays de la Loire',
      name: 'Chèque Numérique — volet investissement',
      description: `Pour les entreprises de moins de 20 salariés avec un chiffre d’affaires annuel inférieur à 2 millions d’€, filière TIC et pure players exclus. Dépenses relatives à l’acquisition de matériels ou à la fourniture de prestations d’investissement : 30 % de l’investissement HT avec un plafond de 15 000 €. L’éligibilité au volet investissement est conditionnée à l’attribution de l’aide pour le volet conseil (question du programme). ${SILENT}`,
      envelopeCents: 1_000_000 * EUR,
      aidRateBasisPoints: 3000,
      investmentCeilingCents: 50_000 * EUR,
      aidCeilingCents: 15_000 * EUR,
      maxEmployees: 19,
      maxAnnualRevenueCents: 2_000_000 * EUR - 1,
      excludedNafPrefixes: ['58.2', '61', '62', '63.1', '95.1'],
      eligibleThemes: EVERY_THEME.filter((t) => t !== 'STRATEGY' && t !== 'TRAINING'),
      questions: [
        {
          id: 'pure-player',
          label: 'Votre entreprise est-elle un pure player (activité exclusivement en ligne) ?',
          kind: 'YES_NO',
          requiredAnswer: false,
        },
        {
          id: 'volet-conseil-attribue',
          label: 'L’aide du volet conseil du Chèque Numérique vous a-t-elle été attribuée ?',
          kind: 'YES_NO',
          requiredAnswer: true,
        },
      ],
    },
  },
  {
    key: 'grand-est',
    opensDaysAgo: 200,
    closesInDays: 165,
    input: {
      ...UNSTATED,
      regionCode: '44',
      managingBody: 'Conseil régional du Grand Est',
      name: 'Chèque Innovation',
      description: `Pour les entreprises de moins de 50 salariés prioritairement (priorité d’instruction, non une limite), indépendantes, qui souhaitent développer de nouvelles activités basées sur un premier projet innovant, mais ne disposant pas des ressources suffisantes en interne. Subvention pour toutes prestations externes d’ordre marketing, organisationnel, managérial ou technologique, d’une durée de 5 jours maximum : 50 % des dépenses avec un plafond maximum de 5 000 €. ${SILENT}`,
      envelopeCents: 800_000 * EUR,
      aidRateBasisPoints: 5000,
      investmentCeilingCents: 10_000 * EUR,
      aidCeilingCents: 5_000 * EUR,
      maxEmployees: NO_HEADCOUNT_LIMIT,
      independenceRequired: true,
      questions: [
        {
          id: 'premier-projet-innovant',
          label:
            'Le projet est-il un premier projet innovant pour développer de nouvelles activités, sans ressources suffisantes en interne ?',
          kind: 'YES_NO',
          requiredAnswer: true,
        },
        {
          id: 'duree-prestation',
          label: 'Durée de la prestation externe, en jours',
          kind: 'NUMBER',
          min: 0.5,
          max: 5,
          unit: 'jours',
        },
      ],
    },
  },
  {
    key: 'bretagne',
    opensDaysAgo: 30,
    closesInDays: 335,
    input: {
      ...UNSTATED,
      regionCode: '53',
      managingBody: 'CCI Bretagne',
      name: 'Chèque Numérique',
      description: `Pour les entreprises commerciales avec une superficie commerciale de moins de 200 m² dans les secteurs alimentaires, service et équipement de la personne, équipement de la maison, culture-loisirs, hygiène et santé. Subvention pour les prestations de conseils (accompagnement au développement du numérique dans l’entreprise, mise en place d’une stratégie numérique, mise en place d’outils numériques) et l’aide et l’appui au référencement, à la création de site : 50 % du montant HT de la prestation, avec un plafond d’aide maximale de 240 €. Le rapport ne limite pas l’effectif. ${SILENT}`,
      envelopeCents: 150_000 * EUR,
      aidRateBasisPoints: 5000,
      investmentCeilingCents: 480 * EUR,
      aidCeilingCents: 240 * EUR,
      maxEmployees: NO_HEADCOUNT_LIMIT,
      questions: [
        {
          id: 'surface-commerciale',
          label: 'Superficie commerciale du magasin, en m²',
          kind: 'NUMBER',
          min: 0,
          max: 199.99,
          unit: 'm²',
        },
        {
          id: 'secteur-commerce',
          label: 'Secteur de votre commerce',
          kind: 'CHOICE',
          choices: [
            'Alimentaire',
            'Service et équipement de la personne',
            'Équipement de la maison',
            'Culture-loisirs',
            'Hygiène et santé',
            'Autre secteur',
          ],
          acceptedChoices: [
            'Alimentaire',
            'Service et équipement de la personne',
            'Équipement de la maison',
            'Culture-loisirs',
            'Hygiène et santé',
          ],
        },
      ],
    },
  },
  {
    key: 'occitanie',
    opensDaysAgo: 120,
    closesInDays: 245,
    input: {
      ...UNSTATED,
      regionCode: '76',
      managingBody: 'Madeeli, agence de développement économique régionale',
      name: 'Chèque numérique',
      description: `Pour les entreprises de production (filière artisanale ou industrielle) de moins de 50 salariés qui n’ont pas de présence web, ou au mieux un site statique de type site vitrine (région LRMP, aujourd’hui Occitanie). Subvention, dans un premier temps, d’une activité de conseil, puis, au choix, d’un accompagnement pour le développement d’une présence en ligne, d’un accompagnement pour le développement du numérique en interne, ou d’une formation des salariés aux compétences numériques : 50 % de la totalité des dépenses, de 5 000 à 10 000 € maximum, sur 1 an (plafond de 10 000 € par entreprise et par an). ${SILENT}`,
      envelopeCents: 1_200_000 * EUR,
      aidRateBasisPoints: 5000,
      investmentCeilingCents: 20_000 * EUR,
      aidCeilingCents: 10_000 * EUR,
      maxEmployees: 49,
      perCompanyCapCents: 10_000 * EUR,
      perCompanyCapYears: 1,
      questions: [
        {
          id: 'filiere-production',
          label: 'Filière de production de l’entreprise',
          kind: 'CHOICE',
          choices: ['Artisanale', 'Industrielle', 'Autre (commerce, services…)'],
          acceptedChoices: ['Artisanale', 'Industrielle'],
        },
        {
          id: 'presence-web',
          label: 'Présence web actuelle de l’entreprise',
          kind: 'CHOICE',
          choices: [
            'Aucune présence web',
            'Site statique de type site vitrine',
            'Site dynamique ou boutique en ligne',
          ],
          acceptedChoices: ['Aucune présence web', 'Site statique de type site vitrine'],
        },
        {
          id: 'conseil-en-premier',
          label: 'Le projet commence-t-il par une activité de conseil ?',
          kind: 'YES_NO',
          requiredAnswer: true,
        },
      ],
    },
  },
  {
    key: 'normandie',
    opensDaysAgo: 400,
    closesInDays: 700,
    input: {
      ...UNSTATED,
      regionCode: '28',
      managingBody: 'MIRIADE — Mission Régionale pour l’Innovation et l’Action de Développement Économique',
      name: 'Impulsion Conseil Innovation',
      description: `Pour les TPE/PME (moins de 250 salariés). Subvention pour les prestations de conseil aux entreprises bas-normandes en matière d’innovation ou d’amélioration de la performance opérationnelle (modernisation de l’outil de production, amélioration de l’organisation industrielle, excellence environnementale, gestion du facteur humain) : 50 % maximum du coût HT des dépenses éligibles, sur la base de 1 200 € HT maximum par jour de consultance. Les aides octroyées au titre de l’aide au conseil ne peuvent pas dépasser 30 000 € par entreprise bénéficiaire sur une période de 3 ans, tous appels de l’organisme confondus. ${SILENT}`,
      envelopeCents: 3_000_000 * EUR,
      aidRateBasisPoints: 5000,
      investmentCeilingCents: 60_000 * EUR,
      aidCeilingCents: 30_000 * EUR,
      maxEmployees: 249,
      managingBodyCapCents: 30_000 * EUR,
      managingBodyCapYears: 3,
      eligibleThemes: ['STRATEGY'],
      questions: [
        {
          id: 'tarif-journalier',
          label: 'Tarif journalier HT du consultant, en euros',
          kind: 'NUMBER',
          min: 0,
          max: 1200,
          unit: '€ HT/jour',
        },
      ],
    },
  },
];
