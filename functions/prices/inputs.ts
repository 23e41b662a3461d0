import * as z from 'zod';
import { themeSchema } from '../shared/themes.js';
import { regionCode } from '../shared/places.js';
import { lazySchema } from '../shared/lazy-schema.js';

export const PRICE_SOURCE_VALUES = ['OFFERS', 'QUOTES', 'INVOICES'] as const;

export const priceReferentialInput = lazySchema(() =>
  z.object({
    theme: themeSchema,
    regionCode: regionCode.nullish(),
    source: z.enum(PRICE_SOURCE_VALUES).nullish(),
  }),
);

export const priceReferentialsInput = lazySchema(() => z.object({ regionCode: regionCode.nullish() }));

export const pricePositionInput = lazySchema(() =>
  z.object({
    theme: themeSchema,
    regionCode: regionCode.nullish(),
    amountCents: z.number().int('Montant : un nombre entier de centimes.').min(0, 'Montant : positif.'),
  }),
);

/** What another domain reports: the observations a record (an application) contributes now. */
export const observationChangeInput = lazySchema(() =>
  z.object({
    source: z.enum(['QUOTES', 'INVOICES']),
    sourceId: z.string().min(1).max(200),
    regionCode,
    observations: z
      .array(z.object({ theme: themeSchema, amountCents: z.number().int().min(1).max(1_000_000_000) }))
      .max(100),
  }),
);
