import { describe, expect, it } from 'vitest';
import { DIGITAL_SECTOR_NAF_PREFIXES } from '../../functions/shared/naf.js';
import { evaluateEligibility, type EligibilityFacts } from '../../functions/subsidies/eligibility.js';
import { openProgramInput } from '../../functions/subsidies/inputs.js';
import type { QuestionAnswer } from '../../functions/subsidies/questions.js';
import { demoProgramInput, PROGRAMS } from '../../scripts/demo/subsidies.js';

/**
 * The founding report's "Tableau comparatif des chèques numériques mis en place en France" (annex of piste 4), one
 * line per scheme, quoted; `expected` is what each quoted cell means for the programme's rules. Each demo programme
 * is read as the seeder opens it (its input through the same parsing as `openSubsidyProgram`, defaults applied) and
 * held against its line.
 */
type Line = {
  key: string;
  region: string;
  nom: string;
  cible: string;
  nature: string;
  montant: string;
  organisme: string;
  expected: {
    regionCode: string;
    name: string;
    /** The managing body named by the report, as the programme spells it. */
    managingBody: RegExp;
    aidRateBasisPoints: number;
    aidCeilingCents: number;
    maxEmployees: number | 'no limit';
    maxAnnualRevenueCents?: number;
    independenceRequired: boolean;
    /** The digital sector excluded or every sector included. */
    digitalSectorExcluded: boolean;
    perCompanyCap?: { cents: number; years: number };
    managingBodyCap?: { cents: number; years: number };
    /** Answers that meet the line's conditions, and for each condition an answer that breaks it. */
    passing: QuestionAnswer[];
    failing: QuestionAnswer[];
  };
};

const EUR = 100;

const TABLE: Line[] = [
  {
    key: 'nouvelle-aquitaine',
    region: 'ALPC',
    nom: 'Chèque Transformation Numérique FEDER',
    cible:
      '300 entreprises régionales pour lesquelles la transformation numérique est un enjeu stratégique, tous secteurs d’activité inclus, avec une priorité pour les entreprises non issues de la filière numérique',
    nature:
      'Subvention pour l’investissement dans un projet de transformation numérique d’une durée maximale de 24 mois',
    montant: '50% des dépenses et pour un maximum d’aide FEDER de 150 000€',
    organisme: 'Conseil régional',
    expected: {
      regionCode: '75',
      name: 'Chèque Transformation Numérique FEDER',
      managingBody: /^Conseil régional/,
      aidRateBasisPoints: 5000,
      aidCeilingCents: 150_000 * EUR,
      maxEmployees: 'no limit',
      independenceRequired: false,
      digitalSectorExcluded: false,
      passing: [{ questionId: 'duree-projet', number: 24 }],
      failing: [{ questionId: 'duree-projet', number: 25 }],
    },
  },
  {
    key: 'ile-de-france-pmup',
    region: 'Île-de-France',
    nom: 'PM’up',
    cible:
      'Petites et moyennes entreprises comptant de 5 à 250 salariés, réalisant moins de 50 M€ de chiffre d’affaires et moins de 43 M€ de bilan',
    nature:
      'Subvention portant sur des actions d’investissements, de brevets, de conseil, de développement international et de recrutement de cadres',
    montant: 'Montant maximum de 250.000 €',
    organisme: 'Conseil régional',
    expected: {
      regionCode: '11',
      name: 'PM’up',
      managingBody: /^Conseil régional/,
      aidRateBasisPoints: 10_000,
      aidCeilingCents: 250_000 * EUR,
      maxEmployees: 250,
      maxAnnualRevenueCents: 50_000_000 * EUR - 1,
      independenceRequired: false,
      digitalSectorExcluded: false,
      passing: [
        { questionId: 'effectif', number: 5 },
        { questionId: 'bilan', number: 42_999_999 },
      ],
      failing: [
        { questionId: 'effectif', number: 4 },
        { questionId: 'bilan', number: 43_000_000 },
      ],
    },
  },
  {
    key: 'pdl-conseil',
    region: 'Pays de la Loire',
    nom: 'Chèque Numérique',
    cible:
      'Entreprises de moins de 20 salariés avec un chiffre d’affaires annuel inférieur à 2 millions d’€, filière TIC et Pure players exclus',
    nature: 'Deux subventions liées : -Dépenses relatives au recours au conseil externe',
    montant:
      '-Volet conseil : 50 % du montant HT de la prestation avec un plafond d’aide maximale de 30 000 €.',
    organisme: 'Conseil régional',
    expected: {
      regionCode: '52',
      name: 'Chèque Numérique — volet conseil',
      managingBody: /^Conseil régional/,
      aidRateBasisPoints: 5000,
      aidCeilingCents: 30_000 * EUR,
      maxEmployees: 19,
      maxAnnualRevenueCents: 2_000_000 * EUR - 1,
      independenceRequired: false,
      digitalSectorExcluded: true,
      passing: [{ questionId: 'pure-player', yes: false }],
      failing: [{ questionId: 'pure-player', yes: true }],
    },
  },
  {
    key: 'pdl-investissement',
    region: 'Pays de la Loire',
    nom: 'Chèque Numérique',
    cible:
      'Entreprises de moins de 20 salariés avec un chiffre d’affaires annuel inférieur à 2 millions d’€, filière TIC et Pure players exclus',
    nature:
      '-Dépenses relatives à l’acquisition de matériels ou à la fourniture de prestations d’investissement. L’éligibilité au volet investissement est conditionnée à l’attribution de l’aide pour le volet conseil',
    montant: '-Volet Investissement : 30 % de l’investissement HT avec un plafond de 15 000 €',
    organisme: 'Conseil régional',
    expected: {
      regionCode: '52',
      name: 'Chèque Numérique — volet investissement',
      managingBody: /^Conseil régional/,
      aidRateBasisPoints: 3000,
      aidCeilingCents: 15_000 * EUR,
      maxEmployees: 19,
      maxAnnualRevenueCents: 2_000_000 * EUR - 1,
      independenceRequired: false,
      digitalSectorExcluded: true,
      passing: [
        { questionId: 'pure-player', yes: false },
        { questionId: 'volet-conseil-attribue', yes: true },
      ],
      failing: [
        { questionId: 'pure-player', yes: true },
        { questionId: 'volet-conseil-attribue', yes: false },
      ],
    },
  },
  {
    key: 'grand-est',
    region: 'Grand Est',
    nom: 'Chèque Innovation',
    cible:
      'Entreprises de moins de 50 salariés prioritairement, indépendantes, qui souhaitent développer de nouvelles activités basées sur un premier projet innovant, mais ne disposant pas des ressources suffisantes en interne',
    nature:
      'Subvention pour toutes prestations externes d’ordre marketing, organisationnel, managérial, ou technologique, et d’une durée de 5 jours maximum',
    montant: '50% des dépenses avec un plafond maximum de 5 000 €',
    organisme: 'Conseil régional',
    expected: {
      regionCode: '44',
      name: 'Chèque Innovation',
      managingBody: /^Conseil régional/,
      aidRateBasisPoints: 5000,
      aidCeilingCents: 5_000 * EUR,
      // "prioritairement": a priority, not a limit.
      maxEmployees: 'no limit',
      independenceRequired: true,
      digitalSectorExcluded: false,
      passing: [
        { questionId: 'premier-projet-innovant', yes: true },
        { questionId: 'duree-prestation', number: 5 },
      ],
      failing: [
        { questionId: 'premier-projet-innovant', yes: false },
        { questionId: 'duree-prestation', number: 5.5 },
      ],
    },
  },
  {
    key: 'bretagne',
    region: 'Bretagne',
    nom: 'Chèque Numérique',
    cible:
      'Entreprises commerciales avec une superficie commerciale de moins de 200 m ² dans les secteurs alimentaires, service et équipement de la personne, équipement de la maison culture-loisirs, hygiène et santé',
    nature:
      'Subvention pour les prestations de conseils (accompagnement au développement du numérique dans l’entreprise, mise en place d’une stratégie numérique, mise en place d’outils numériques) et l’aide et l’appui au référencement, à la création de site',
    montant: '50 % du montant HT de la prestation, avec un plafond d’aide maximale de 240 €',
    organisme: 'CCI Bretagne',
    expected: {
      regionCode: '53',
      name: 'Chèque Numérique',
      managingBody: /^CCI Bretagne$/,
      aidRateBasisPoints: 5000,
      aidCeilingCents: 240 * EUR,
      maxEmployees: 'no limit',
      independenceRequired: false,
      digitalSectorExcluded: false,
      passing: [
        { questionId: 'surface-commerciale', number: 199 },
        { questionId: 'secteur-commerce', choice: 'Culture-loisirs' },
      ],
      failing: [
        { questionId: 'surface-commerciale', number: 200 },
        { questionId: 'secteur-commerce', choice: 'Autre secteur' },
      ],
    },
  },
  {
    key: 'occitanie',
    region: 'LRMP',
    nom: 'Chèque numérique',
    cible:
      'Entreprises de production (filère artisanale ou industrielle) de moins de 50 salariés qui n’ont pas de présence web, ou au mieux un site statique de type site vitrine',
    nature:
      'Subvention, dans un premier temps, d’une activité de conseil, puis, au choix d’une activité d’accompagnement pour le développement d’une présence en ligne, d’une activité d’accompagnement pour le développement du numérique en interne, ou d’une activité de formation des salariés aux compétences numériques',
    montant: '50 % de la totalité des dépenses, de 5000 à 10000 € maximum, sur 1 an',
    organisme: 'Madeeli Agence de développement économique régionale',
    expected: {
      regionCode: '76',
      name: 'Chèque numérique',
      managingBody: /^Madeeli/,
      aidRateBasisPoints: 5000,
      aidCeilingCents: 10_000 * EUR,
      maxEmployees: 49,
      independenceRequired: false,
      digitalSectorExcluded: false,
      perCompanyCap: { cents: 10_000 * EUR, years: 1 },
      passing: [
        { questionId: 'filiere-production', choice: 'Industrielle' },
        { questionId: 'presence-web', choice: 'Aucune présence web' },
        { questionId: 'conseil-en-premier', yes: true },
      ],
      failing: [
        { questionId: 'filiere-production', choice: 'Autre (commerce, services…)' },
        { questionId: 'presence-web', choice: 'Site dynamique ou boutique en ligne' },
        { questionId: 'conseil-en-premier', yes: false },
      ],
    },
  },
  {
    key: 'normandie',
    region: 'Normandie',
    nom: 'Impulsion Conseil Innovation',
    cible: 'TPE/PME',
    nature:
      'Subvention pour les prestations de conseil aux entreprises bas-normandes en matière d’innovation ou d’amélioration de la performance opérationnelle',
    montant:
      '50% maximum du coût HT des dépenses éligibles, sur la base de 1 200 € HT maximum/jour de consultance. Les aides octroyées au titre de l’aide au conseil ne peuvent pas dépasser 30 000 € par entreprise bénéficiaire sur une période de 3 ans',
    organisme: 'MIRIADE Mission Régionale pour l’Innovation et l’Action de Développement Économique',
    expected: {
      regionCode: '28',
      name: 'Impulsion Conseil Innovation',
      managingBody: /^MIRIADE/,
      aidRateBasisPoints: 5000,
      aidCeilingCents: 30_000 * EUR,
      maxEmployees: 249,
      independenceRequired: false,
      digitalSectorExcluded: false,
      managingBodyCap: { cents: 30_000 * EUR, years: 3 },
      passing: [{ questionId: 'tarif-journalier', number: 1_200 }],
      failing: [{ questionId: 'tarif-journalier', number: 1_201 }],
    },
  },
];

const NOW = new Date('2026-11-26T10:00:00.000Z');
const programOf = (key: string) => {
  const demo = PROGRAMS.find((p) => p.key === key);
  if (!demo) throw new Error(`no demo programme ${key}`);
  return { ...openProgramInput.parse(demoProgramInput(demo, NOW)), demo };
};

/** A company meeting every rule of the programme but its questions, and one expense within the rules. */
const factsFor = (program: ReturnType<typeof programOf>, answers: QuestionAnswer[]): EligibilityFacts => ({
  program,
  company: {
    nafCode: '47.11B',
    employees: Math.min(program.maxEmployees, 10),
    annualRevenueCents: 100_000 * EUR,
    independent: true,
    regionCode: program.regionCode,
  },
  expenses: [
    {
      theme: program.eligibleThemes[0]!,
      description: 'Prestation',
      amountCents: Math.min(program.investmentCeilingCents, 400 * EUR),
      providerSiren: '732829320',
      providerName: 'Prestataire',
    },
  ],
  submittedAt: NOW,
  capRemainingCents: null,
  attested: false,
  providerRegions: new Map(),
  answers,
  managingBodyCapRemainingCents: null,
});

describe('the seven regional schemes of the report’s comparison table, as the demo opens them', () => {
  it('opens every line of the table and no other regional scheme', () => {
    const keys = PROGRAMS.filter((p) => !p.key.startsWith('model-')).map((p) => p.key);
    expect(keys.sort()).toEqual(TABLE.map((l) => l.key).sort());
    expect(new Set(TABLE.map((l) => l.region)).size).toBe(7);
  });

  describe.each(TABLE)('$region — $nom ($key)', (line) => {
    const program = programOf(line.key);
    const { expected } = line;

    it('has the name, region and managing body of the line', () => {
      expect(program.name).toBe(expected.name);
      expect(program.regionCode).toBe(expected.regionCode);
      expect(program.managingBody).toMatch(expected.managingBody);
    });

    it('funds at the rate and up to the ceiling of the line, with no floor the report does not state', () => {
      expect(program.aidRateBasisPoints).toBe(expected.aidRateBasisPoints);
      expect(program.aidCeilingCents).toBe(expected.aidCeilingCents);
      expect(program.investmentFloorCents).toBe(0);
      expect(program.aidFloorCents).toBe(0);
      // The ceiling on the investment never cuts the aid below the aid ceiling.
      expect(
        Math.floor((program.investmentCeilingCents * program.aidRateBasisPoints) / 10_000),
      ).toBeGreaterThanOrEqual(program.aidCeilingCents);
    });

    it('targets the audience of the line: headcount, revenue, independence, sectors', () => {
      if (expected.maxEmployees === 'no limit') expect(program.maxEmployees).toBeGreaterThanOrEqual(100_000);
      else expect(program.maxEmployees).toBe(expected.maxEmployees);
      expect(program.maxAnnualRevenueCents).toBe(expected.maxAnnualRevenueCents);
      expect(program.independenceRequired).toBe(expected.independenceRequired);
      expect([...program.excludedNafPrefixes].sort()).toEqual(
        expected.digitalSectorExcluded ? [...DIGITAL_SECTOR_NAF_PREFIXES].sort() : [],
      );
      expect(program.localProvidersOnly).toBe(false);
      expect(program.attestationRequired).toBe(false);
    });

    it('caps the aid per company only as the line says', () => {
      expect(
        program.perCompanyCapCents === undefined
          ? undefined
          : { cents: program.perCompanyCapCents, years: program.perCompanyCapYears },
      ).toEqual(expected.perCompanyCap);
      expect(
        program.managingBodyCapCents === undefined
          ? undefined
          : { cents: program.managingBodyCapCents, years: program.managingBodyCapYears },
      ).toEqual(expected.managingBodyCap);
    });

    it('asks the questions the line’s conditions need: the right answers pass, each wrong one fails', () => {
      const passing = evaluateEligibility(factsFor(program, expected.passing));
      expect(passing.failed).toEqual([]);
      for (const wrong of expected.failing) {
        const answers = expected.passing.map((a) => (a.questionId === wrong.questionId ? wrong : a));
        const result = evaluateEligibility(factsFor(program, answers));
        expect(result.failed.map((c) => [c.rule, c.questionId])).toEqual([['QUESTION', wrong.questionId]]);
      }
      const unanswered = evaluateEligibility(factsFor(program, []));
      expect(unanswered.failed.map((c) => c.questionId).sort()).toEqual(
        expected.passing.map((a) => a.questionId).sort(),
      );
    });

    it('says in its description what the line says and where the report is silent', () => {
      expect(program.description).toContain('Le rapport ne fixe');
      expect(program.description).toMatch(/\d/);
    });
  });
});
