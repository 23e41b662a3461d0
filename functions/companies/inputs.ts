import * as z from 'zod';
import { communeCode } from '../shared/places.js';
import { isCents } from '../shared/cents.js';
import { isSiren } from '../shared/identifiers.js';
import { isNafCode, NAF_CODE_MESSAGE, normalizeNafCode } from '../shared/naf.js';
import { text } from '../shared/validation.js';
import { lazySchema } from '../shared/lazy-schema.js';

export const sirenSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .regex(/^\d{9}$/, 'SIREN : 9 chiffres attendus.')
    .refine(isSiren, 'SIREN invalide : la clé de contrôle (Luhn) ne correspond pas, ou le numéro est nul.'),
);

export const nafCodeSchema = lazySchema(() =>
  z.string().transform(normalizeNafCode).refine(isNafCode, NAF_CODE_MESSAGE),
);

/** A non-negative integer number of cents (the Cents scalar checks it too; domain code relies on this one). */
export const centsSchema = lazySchema(() =>
  z.number().refine(isCents, 'Montant : un nombre entier de centimes, positif ou nul.'),
);

const employees = lazySchema(() =>
  z
    .number()
    .int('Effectif : un nombre entier de salariés.')
    .min(0, 'Effectif : positif ou nul.')
    .max(1_000_000, 'Effectif : au plus 1 000 000.'),
);

export const registerCompanyInput = lazySchema(() =>
  z.object({
    /** Optional: the SIREN is the token's SIRET's; when given it must be the same. */
    siren: sirenSchema.nullish(),
    name: text('Raison sociale', 200, 2),
    nafCode: nafCodeSchema,
    employees,
    annualRevenueCents: centsSchema,
    independent: z.boolean(),
    communeCode,
  }),
);

export const updateCompanyInput = lazySchema(() =>
  z
    .object({
      name: text('Raison sociale', 200, 2).nullish(),
      nafCode: nafCodeSchema.nullish(),
      employees: employees.nullish(),
      annualRevenueCents: centsSchema.nullish(),
      independent: z.boolean().nullish(),
      communeCode: communeCode.nullish(),
    })
    .refine(
      (input) => Object.values(input).some((v) => v !== undefined && v !== null),
      'Aucun champ à modifier.',
    ),
);
