import * as z from 'zod';
import { clientKeyInput } from '../shared/client-keys.js';
import { communeCode } from '../shared/places.js';
import { themeSchema } from '../shared/themes.js';
import { centsSchema, sirenSchema } from '../companies/index.js';
import { expectedVersion } from '../shared/validation.js';
import { nafRows } from '../generated/reference-data.js';
import type { Theme } from '../generated/resolvers-types.js';
import { regionByCode } from '../shared/geography.js';
import { DIGITAL_SECTOR_NAF_PREFIXES } from '../shared/naf.js';
import { isoDateTime, text } from '../shared/validation.js';
import { FULL_RATE } from './aid.js';
import { answersInput, questionsInput } from './questions.js';
import { SUBSIDY_STATUSES, type ProgramRules } from './records.js';
import { lazySchema } from '../shared/lazy-schema.js';

export { expectedVersion };

/** The themes of the 2021 chèque France Num: a programme's default eligible expense themes. */
export const CHEQUE_FRANCE_NUM_THEMES: readonly Theme[] = [
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
];

/** The report's model scheme: what a programme gets for every rule left out. */
export const MODEL_SCHEME_DEFAULTS = {
  maxEmployees: 49,
  independenceRequired: true,
  excludedNafPrefixes: [...DIGITAL_SECTOR_NAF_PREFIXES],
  eligibleThemes: [...CHEQUE_FRANCE_NUM_THEMES],
  localProvidersOnly: false,
  perCompanyCapYears: 3,
  attestationRequired: false,
} satisfies Partial<ProgramRules>;

/** 100 G€: far above any envelope, far below 2^53 cents. */
const MAX_AMOUNT_CENTS = 10_000_000_000_000;
const amount = lazySchema(() =>
  centsSchema.refine((v) => v <= MAX_AMOUNT_CENTS, 'Montant : au plus 100 milliards d’euros.'),
);
const positiveAmount = lazySchema(() => amount.refine((v) => v > 0, 'Montant : strictement positif.'));

const regionCode = lazySchema(() =>
  z
    .string()
    .trim()
    .refine(
      (code) => regionByCode(code) !== undefined,
      'Région inconnue : un code INSEE est attendu (ex. 84).',
    ),
);

const nafPrefix = lazySchema(() =>
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^\d{2}(\.\d{1,2}[A-Z]?)?$/, 'Préfixe NAF attendu, par exemple 62 ou 58.2 ou 63.12Z.')
    .refine((p) => nafRows.some(([code]) => code.startsWith(p)), 'Aucun code NAF ne commence ainsi.'),
);

const ruleFields = lazySchema(() => ({
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  envelopeCents: positiveAmount,
  aidRateBasisPoints: z
    .number()
    .int()
    .min(1, 'Taux d’aide : au moins 1 point de base (0,01 %).')
    .max(FULL_RATE, 'Taux d’aide : au plus 10000 points de base (100 %).'),
  investmentFloorCents: amount,
  investmentCeilingCents: positiveAmount,
  aidFloorCents: amount,
  aidCeilingCents: positiveAmount,
  maxEmployees: z.number().int().min(0).max(1_000_000),
  maxAnnualRevenueCents: positiveAmount,
  independenceRequired: z.boolean(),
  excludedNafPrefixes: z.array(nafPrefix).max(50, 'Au plus 50 préfixes NAF exclus.'),
  eligibleThemes: z
    .array(themeSchema)
    .min(1, 'Au moins un thème de dépense éligible.')
    .refine((t) => new Set(t).size === t.length, 'Thème en double.'),
  localProvidersOnly: z.boolean(),
  perCompanyCapCents: positiveAmount,
  perCompanyCapYears: z
    .number()
    .int()
    .min(1, 'Période du plafond : au moins 1 an.')
    .max(10, 'Au plus 10 ans.'),
  attestationRequired: z.boolean(),
  managingBodyCapCents: positiveAmount,
  managingBodyCapYears: z
    .number()
    .int()
    .min(1, 'Période du plafond de l’organisme : au moins 1 an.')
    .max(10, 'Au plus 10 ans.'),
  questions: questionsInput,
}));

/** Rules that only make sense together, checked on the whole programme (after an update too). */
export function ruleConsistency(rules: ProgramRules): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (Date.parse(rules.closesAt) <= Date.parse(rules.opensAt))
    problems.push({ path: 'closesAt', message: 'La clôture doit suivre l’ouverture.' });
  if (rules.investmentCeilingCents < rules.investmentFloorCents)
    problems.push({
      path: 'investmentCeilingCents',
      message: 'Le plafond d’investissement est sous le plancher.',
    });
  if (rules.aidCeilingCents < rules.aidFloorCents)
    problems.push({ path: 'aidCeilingCents', message: 'Le plafond d’aide est sous le plancher.' });
  return problems;
}

const withConsistency = <T extends z.ZodType<ProgramRules>>(schema: T) =>
  schema.superRefine((rules, ctx) => {
    for (const p of ruleConsistency(rules))
      ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
  });

export const openProgramInput = lazySchema(() =>
  withConsistency(
    z
      .object({
        regionCode,
        name: text('Nom', 200, 3),
        managingBody: text('Organisme gestionnaire', 200, 2),
        description: text('Description', 4000, 3)
          .nullish()
          .transform((v) => v ?? undefined),
        opensAt: ruleFields.opensAt,
        closesAt: ruleFields.closesAt,
        envelopeCents: ruleFields.envelopeCents,
        aidRateBasisPoints: ruleFields.aidRateBasisPoints,
        investmentFloorCents: ruleFields.investmentFloorCents,
        investmentCeilingCents: ruleFields.investmentCeilingCents,
        aidFloorCents: ruleFields.aidFloorCents,
        aidCeilingCents: ruleFields.aidCeilingCents,
        maxEmployees: ruleFields.maxEmployees
          .nullish()
          .transform((v) => v ?? MODEL_SCHEME_DEFAULTS.maxEmployees),
        maxAnnualRevenueCents: ruleFields.maxAnnualRevenueCents.nullish().transform((v) => v ?? undefined),
        independenceRequired: ruleFields.independenceRequired
          .nullish()
          .transform((v) => v ?? MODEL_SCHEME_DEFAULTS.independenceRequired),
        excludedNafPrefixes: ruleFields.excludedNafPrefixes
          .nullish()
          .transform((v) => v ?? MODEL_SCHEME_DEFAULTS.excludedNafPrefixes),
        eligibleThemes: ruleFields.eligibleThemes
          .nullish()
          .transform((v) => v ?? MODEL_SCHEME_DEFAULTS.eligibleThemes),
        localProvidersOnly: ruleFields.localProvidersOnly
          .nullish()
          .transform((v) => v ?? MODEL_SCHEME_DEFAULTS.localProvidersOnly),
        perCompanyCapCents: ruleFields.perCompanyCapCents.nullish().transform((v) => v ?? undefined),
        perCompanyCapYears: ruleFields.perCompanyCapYears
          .nullish()
          .transform((v) => v ?? MODEL_SCHEME_DEFAULTS.perCompanyCapYears),
        attestationRequired: ruleFields.attestationRequired
          .nullish()
          .transform((v) => v ?? MODEL_SCHEME_DEFAULTS.attestationRequired),
        managingBodyCapCents: ruleFields.managingBodyCapCents.nullish().transform((v) => v ?? undefined),
        managingBodyCapYears: ruleFields.managingBodyCapYears.nullish().transform((v) => v ?? undefined),
        questions: ruleFields.questions.nullish().transform((v) => v ?? undefined),
      })
      .transform(({ opensAt, closesAt, ...rest }) => ({
        ...rest,
        opensAt: new Date(opensAt).toISOString(),
        closesAt: new Date(closesAt).toISOString(),
      })),
  ),
);

/** Every field optional; null removes the two optional limits; consistency is checked after merging. */
export const updateProgramInput = lazySchema(() =>
  z
    .object({
      name: text('Nom', 200, 3).nullish(),
      managingBody: text('Organisme gestionnaire', 200, 2).nullish(),
      description: text('Description', 4000, 3).nullish(),
      opensAt: ruleFields.opensAt.nullish(),
      closesAt: ruleFields.closesAt.nullish(),
      envelopeCents: ruleFields.envelopeCents.nullish(),
      aidRateBasisPoints: ruleFields.aidRateBasisPoints.nullish(),
      investmentFloorCents: ruleFields.investmentFloorCents.nullish(),
      investmentCeilingCents: ruleFields.investmentCeilingCents.nullish(),
      aidFloorCents: ruleFields.aidFloorCents.nullish(),
      aidCeilingCents: ruleFields.aidCeilingCents.nullish(),
      maxEmployees: ruleFields.maxEmployees.nullish(),
      maxAnnualRevenueCents: ruleFields.maxAnnualRevenueCents.nullish(),
      independenceRequired: ruleFields.independenceRequired.nullish(),
      excludedNafPrefixes: ruleFields.excludedNafPrefixes.nullish(),
      eligibleThemes: ruleFields.eligibleThemes.nullish(),
      localProvidersOnly: ruleFields.localProvidersOnly.nullish(),
      perCompanyCapCents: ruleFields.perCompanyCapCents.nullish(),
      perCompanyCapYears: ruleFields.perCompanyCapYears.nullish(),
      attestationRequired: ruleFields.attestationRequired.nullish(),
      managingBodyCapCents: ruleFields.managingBodyCapCents.nullish(),
      managingBodyCapYears: ruleFields.managingBodyCapYears.nullish(),
      questions: ruleFields.questions.nullish(),
    })
    .refine((input) => Object.values(input).some((v) => v !== undefined), 'Aucun champ à modifier.'),
);

export const MAX_EXPENSES = 20;

const expenseInput = lazySchema(() =>
  z.object({
    theme: themeSchema,
    description: text('Description de la dépense', 500, 3),
    amountCents: positiveAmount.refine((v) => v <= 100_000_000_000, 'Dépense : au plus 1 milliard d’euros.'),
    providerSiren: sirenSchema,
    providerName: text('Nom du prestataire', 200, 2),
    providerCommuneCode: communeCode.nullish().transform((v) => v ?? undefined),
  }),
);

const id = lazySchema(() => z.string().trim().min(1).max(64));

const applicationFields = lazySchema(() => ({
  projectSummary: text('Résumé du projet', 4000, 20),
  expenses: z
    .array(expenseInput)
    .min(1, 'Au moins une dépense.')
    .max(MAX_EXPENSES, `Au plus ${MAX_EXPENSES} dépenses.`),
  trustedThirdPartyId: id,
  answers: answersInput,
}));

export const createApplicationInput = lazySchema(() =>
  z.object({
    programId: id,
    projectSummary: applicationFields.projectSummary,
    expenses: applicationFields.expenses,
    trustedThirdPartyId: applicationFields.trustedThirdPartyId.nullish().transform((v) => v ?? undefined),
    answers: applicationFields.answers.nullish().transform((v) => v ?? undefined),
    clientKey: clientKeyInput,
  }),
);

/** Left out: unchanged; `trustedThirdPartyId: null` removes the trusted third party. */
export const updateApplicationInput = lazySchema(() =>
  z
    .object({
      projectSummary: applicationFields.projectSummary.nullish().transform((v) => v ?? undefined),
      expenses: applicationFields.expenses.nullish().transform((v) => v ?? undefined),
      trustedThirdPartyId: applicationFields.trustedThirdPartyId.nullish(),
      answers: applicationFields.answers.nullish().transform((v) => v ?? undefined),
    })
    .refine((input) => Object.values(input).some((v) => v !== undefined), 'Aucun champ à modifier.'),
);

export const idempotencyKey = lazySchema(() =>
  z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{8,100}$/,
      'Clé d’idempotence : 8 à 100 caractères parmi lettres, chiffres, - et _.',
    ),
);

export const reason = (label: string) => text(label, 2000, 3);

export const decisionArgs = lazySchema(() =>
  z.object({
    decision: z.enum(['ACCEPT', 'REJECT', 'CLOSE_WITHOUT_FOLLOW_UP']),
    reason: reason('Motif')
      .nullish()
      .transform((v) => v ?? undefined),
    expectedVersion,
  }),
);

export const invoiceCents = lazySchema(() =>
  z.number().int('Facture : un nombre entier de centimes.').min(1, 'Facture : strictement positive.'),
);

export const correctPaymentInput = lazySchema(() =>
  z.object({
    invoiceCents: z
      .number()
      .int('Facture : un nombre entier de centimes.')
      .min(0, 'Facture : positive ou nulle.'),
    reason: reason('Motif'),
  }),
);

export const noteBody = lazySchema(() => text('Message', 4000, 1));
/** A message or an annotation, with the client key that makes a retry answer the first write. */
export const noteInput = lazySchema(() => z.object({ body: noteBody, clientKey: clientKeyInput }));

export const followUpInput = lazySchema(() =>
  z.object({
    revenueChangePercent: z.number().int().min(-100, 'Au moins −100 %.').max(1000, 'Au plus 1000 %.'),
    employeesChange: z.number().int().min(-10_000).max(10_000),
    benefit: z.boolean(),
    satisfaction: z.number().int().min(1, 'Satisfaction : de 1 à 5.').max(5, 'Satisfaction : de 1 à 5.'),
    comment: text('Commentaire', 2000, 1)
      .nullish()
      .transform((v) => v ?? undefined),
  }),
);

const applicationFilter = lazySchema(() =>
  z.object({
    programId: id.nullish().transform((v) => v ?? undefined),
    status: z
      .enum(SUBSIDY_STATUSES)
      .nullish()
      .transform((v) => v ?? undefined),
    updatedSince: isoDateTime.nullish().transform((v) => (v ? new Date(v).toISOString() : undefined)),
    regionCode: regionCode.nullish().transform((v) => v ?? undefined),
    search: z
      .string()
      .trim()
      .max(100, 'Recherche : 100 caractères au plus.')
      .nullish()
      .transform((v) => v || undefined),
  }),
);

export const applicationOrderInput = lazySchema(() =>
  z
    .enum(['UPDATED_AT_DESC', 'SUBMITTED_AT_DESC', 'SUBMITTED_AT_ASC', 'AMOUNT_DESC', 'AMOUNT_ASC'])
    .nullish()
    .transform((v) => v ?? 'UPDATED_AT_DESC'),
);

export const applicationFilterInput = lazySchema(() =>
  applicationFilter.nullish().transform((v): Partial<z.output<typeof applicationFilter>> => v ?? {}),
);

export const programRegionFilter = lazySchema(() => regionCode.nullish().transform((v) => v ?? undefined));
