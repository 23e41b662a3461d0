import * as z from 'zod';
import { communeCode, regionCode } from '../shared/places.js';
import { themeSchema, THEMES } from '../shared/themes.js';
import { isSiren, isSiret } from '../shared/identifiers.js';
import { httpsUrl, text } from '../shared/validation.js';
import { lazySchema } from '../shared/lazy-schema.js';

/** Bounds that keep one provider's item and its search entries within one transaction and one item. */
export const MAX_OFFERS = 20;
/** Prices up to 10 M€, in cents: well within a 32-bit GraphQL Int. */
export const MAX_PRICE_CENTS = 1_000_000_000;
export const MAX_RECOMMENDED_PROVIDERS = 10;

const regionsServed = lazySchema(() =>
  z
    .array(regionCode)
    .max(18, 'Au plus 18 régions.')
    .refine((r) => new Set(r).size === r.length, 'Région en double.'),
);

const id = lazySchema(() => z.string().trim().min(1).max(120));

export const registerProviderInput = lazySchema(() =>
  z.object({
    siret: z
      .string()
      .trim()
      .transform((s) => s.replace(/\s/g, ''))
      .refine(isSiret, 'SIRET invalide : 14 chiffres avec une clé de contrôle (Luhn) correcte.')
      .refine(
        (s) => isSiren(s.slice(0, 9)),
        'SIRET invalide : ses 9 premiers chiffres (le SIREN) ont leur propre clé de contrôle.',
      ),
    name: text('Nom', 120, 2),
    communeCode,
    regionsServed,
    website: httpsUrl.nullish(),
    startup: z.boolean(),
  }),
);

export const updateProviderInput = lazySchema(() =>
  z
    .object({
      name: text('Nom', 120, 2).nullish(),
      communeCode: communeCode.nullish(),
      regionsServed: regionsServed.nullish(),
      website: httpsUrl.nullish(),
      startup: z.boolean().nullish(),
    })
    .refine((input) => Object.values(input).some((v) => v !== undefined), 'Aucun champ à modifier.'),
);

const cents = (label: string) =>
  z
    .number()
    .int(`${label} : un nombre entier de centimes est attendu.`)
    .min(0, `${label} : un montant positif est attendu.`)
    .max(MAX_PRICE_CENTS, `${label} : au plus ${MAX_PRICE_CENTS / 100} €.`);

export const addOfferInput = lazySchema(() =>
  z
    .object({
      theme: themeSchema,
      description: text('Description', 1000, 10),
      priceFromCents: cents('Prix de départ').min(100, 'Prix de départ : au moins 1 €.'),
      priceToCents: cents('Prix maximum'),
    })
    .refine((o) => o.priceToCents >= o.priceFromCents, {
      path: ['priceToCents'],
      message: 'Le prix maximum doit être supérieur ou égal au prix de départ.',
    }),
);

export const removeOfferInput = lazySchema(() => z.object({ offerId: id }));

export const providerFilterInput = lazySchema(() =>
  z
    .object({
      regionCode: z.string().trim().max(3).nullish(),
      departementCode: z.string().trim().toUpperCase().max(3).nullish(),
      localTo: z.string().trim().max(5).nullish(),
      themes: z.array(themeSchema).max(THEMES.length).nullish(),
      minRating: z.number().min(1, 'Note minimale : de 1 à 5.').max(5, 'Note minimale : de 1 à 5.').nullish(),
      text: z.string().max(100, 'Recherche : au plus 100 caractères.').nullish(),
    })
    .nullish(),
);

export const reviewInput = lazySchema(() =>
  z.object({
    providerId: id,
    rating: z
      .number()
      .int('Note : un nombre entier d’étoiles.')
      .min(1, 'Note : de 1 à 5 étoiles.')
      .max(5, 'Note : de 1 à 5 étoiles.'),
    comment: text('Commentaire', 2000, 10),
  }),
);

export const editReviewInput = lazySchema(() =>
  reviewInput.omit({ providerId: true }).extend({ reviewId: id }),
);

export const moderateReviewInput = lazySchema(() =>
  z
    .object({
      reviewId: id,
      decision: z.enum(['PUBLISH', 'REJECT']),
      reason: text('Motif', 1000, 3).nullish(),
    })
    .refine((d) => d.decision === 'PUBLISH' || !!d.reason, {
      path: ['reason'],
      message: 'Un motif est obligatoire pour refuser un avis.',
    }),
);

export const replyInput = lazySchema(() => z.object({ reviewId: id, text: text('Réponse', 2000, 2) }));

export const declareEngagementInput = lazySchema(() =>
  z.object({ providerId: id, description: text('Description', 1000, 5) }),
);

export const confirmEngagementInput = lazySchema(() => z.object({ engagementId: id }));

export const recommendInput = lazySchema(() =>
  z.object({
    companyId: id,
    providerIds: z
      .array(id)
      .min(1, 'Au moins un prestataire.')
      .max(MAX_RECOMMENDED_PROVIDERS, `Au plus ${MAX_RECOMMENDED_PROVIDERS} prestataires.`)
      .refine((ids) => new Set(ids).size === ids.length, 'Prestataire en double.'),
    note: text('Note', 2000).nullish(),
  }),
);

export const companyIdInput = lazySchema(() => z.object({ companyId: id }));
