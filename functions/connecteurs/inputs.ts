import * as z from 'zod';
import { communeCode, departementCode } from '../shared/places.js';
import { THEMES, themeSchema } from '../shared/themes.js';
import { email, httpsUrl, isoDate, text } from '../shared/validation.js';
import { lazySchema } from '../shared/lazy-schema.js';

export const STRUCTURE_TYPES = [
  'CCI',
  'CMA',
  'TIERS_LIEU',
  'ENTREPRENEURS_NETWORK',
  'PROFESSIONAL_BODY',
  'ASSOCIATION',
  'FREELANCE',
  'CONSULTING_FIRM',
  'ACCOUNTANT',
  'STUDENT_OR_APPRENTICE',
  'PUBLIC_BODY',
  'OTHER',
] as const;

/** Bounds that keep one connecteur's search entries within a single DynamoDB transaction. */
export const MAX_DEPARTEMENTS_SERVED = 12;
export const MAX_THEMES = 8;

const profileFields = {
  displayName: text('Nom', 120, 2),
  kind: z.enum(['PERSON', 'STRUCTURE']),
  structureType: z.enum(STRUCTURE_TYPES),
  communeCode,
  departementsServed: z
    .array(departementCode)
    .max(MAX_DEPARTEMENTS_SERVED, `Au plus ${MAX_DEPARTEMENTS_SERVED} départements servis.`),
  themes: z
    .array(themeSchema)
    .min(1, 'Au moins un thème d’expertise.')
    .max(MAX_THEMES, `Au plus ${MAX_THEMES} thèmes.`)
    .refine((t) => new Set(t).size === t.length, 'Thème en double.'),
  email,
  website: httpsUrl.nullish(),
  acceptsNewPmes: z.boolean(),
};

export const registerConnecteurInput = lazySchema(() =>
  z.object({
    ...profileFields,
    signCharter: z.literal(true, { message: 'La signature de la charte des connecteurs est obligatoire.' }),
  }),
);

export const updateConnecteurProfileInput = lazySchema(() =>
  z
    .object({
      displayName: profileFields.displayName.nullish(),
      kind: profileFields.kind.nullish(),
      structureType: profileFields.structureType.nullish(),
      communeCode: communeCode.nullish(),
      departementsServed: profileFields.departementsServed.nullish(),
      themes: profileFields.themes.nullish(),
      email: email.nullish(),
      website: httpsUrl.nullish(),
      acceptsNewPmes: z.boolean().nullish(),
    })
    .refine((input) => Object.values(input).some((v) => v !== undefined), 'Aucun champ à modifier.'),
);

export const connecteurFilterInput = lazySchema(() =>
  z
    .object({
      regionCode: z.string().trim().max(3).nullish(),
      departementCode: z.string().trim().toUpperCase().max(3).nullish(),
      communeCode: z.string().trim().max(5).nullish(),
      themes: z.array(themeSchema).max(THEMES.length).nullish(),
      tier: z.enum(['VOLUNTEER', 'LABELLED']).nullish(),
      labelledOnly: z.boolean().nullish(),
      acceptsNewPmes: z.boolean().nullish(),
      text: z.string().max(100, 'Recherche : au plus 100 caractères.').nullish(),
    })
    .nullish(),
);

export const grantLabelInput = lazySchema(() =>
  z.object({
    connecteurId: z.string().min(1).max(64),
    validUntil: isoDate,
    wave: text('Vague', 60).nullish(),
  }),
);

export const labelDecisionInput = lazySchema(() =>
  z.object({
    connecteurId: z.string().min(1).max(64),
    reason: text('Motif', 1000, 3),
  }),
);
