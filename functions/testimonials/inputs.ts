import * as z from 'zod';
import { communeCode, departementCode } from '../shared/places.js';
import { themeSchema, THEMES } from '../shared/themes.js';
import { isNafCode, NAF_CODE_MESSAGE, normalizeNafCode } from '../shared/naf.js';
import { regionCode } from '../shared/places.js';
import { httpsUrl, text } from '../shared/validation.js';
import { clientKeyInput } from '../shared/client-keys.js';
import { lazySchema } from '../shared/lazy-schema.js';

export const MAX_TESTIMONIAL_THEMES = 3;
export const MAX_VIDEO_SECONDS = 60;
export const FORMATS = ['VIDEO', 'ARTICLE', 'AUDIO'] as const;
export const SIZE_BANDS = ['SOLO', 'MICRO', 'SMALL', 'MEDIUM'] as const;
export const MATURITY_LEVELS = ['RELUCTANT', 'POTENTIAL', 'DYNAMIC', 'MATURE'] as const;
export const NAF_SECTIONS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

const id = lazySchema(() => z.string().trim().min(1).max(120));

const nafCode = lazySchema(() => z.string().transform(normalizeNafCode).refine(isNafCode, NAF_CODE_MESSAGE));

export const testimonialInput = lazySchema(() =>
  z
    .object({
      companyId: id.nullish(),
      companyName: text('Nom de l’entreprise', 120, 2),
      title: text('Titre', 160, 5),
      story: text('Récit', 10_000, 50),
      format: z.enum(FORMATS),
      mediaUrl: httpsUrl.nullish(),
      durationSeconds: z.number().int().min(1, 'Durée : au moins 1 seconde.').max(7200).nullish(),
      themes: z
        .array(themeSchema)
        .min(1, 'Au moins un thème.')
        .max(MAX_TESTIMONIAL_THEMES, `Au plus ${MAX_TESTIMONIAL_THEMES} thèmes.`)
        .refine((t) => new Set(t).size === t.length, 'Thème en double.'),
      nafCode,
      sizeBand: z.enum(SIZE_BANDS),
      communeCode,
      maturityLevel: z.enum(MATURITY_LEVELS),
      award: text('Distinction', 200, 3).nullish(),
      clientKey: clientKeyInput,
    })
    .superRefine((t, ctx) => {
      if (t.format !== 'ARTICLE' && !t.mediaUrl)
        ctx.addIssue({ code: 'custom', path: ['mediaUrl'], message: 'Une vidéo ou un audio a une adresse.' });
      if (t.format !== 'ARTICLE' && !t.durationSeconds)
        ctx.addIssue({
          code: 'custom',
          path: ['durationSeconds'],
          message: 'Durée obligatoire pour une vidéo ou un audio.',
        });
      if (t.format === 'VIDEO' && (t.durationSeconds ?? 0) > MAX_VIDEO_SECONDS)
        ctx.addIssue({
          code: 'custom',
          path: ['durationSeconds'],
          message: `Une vidéo dure au plus ${MAX_VIDEO_SECONDS} secondes.`,
        });
    }),
);

export const testimonialFilterInput = lazySchema(() =>
  z
    .object({
      nafSection: z
        .string()
        .trim()
        .toUpperCase()
        .refine((s) => NAF_SECTIONS.includes(s), 'Section NAF : une lettre de A à U.')
        .nullish(),
      sizeBand: z.enum(SIZE_BANDS).nullish(),
      regionCode: regionCode.nullish(),
      departementCode: departementCode.nullish(),
      maturityLevel: z.enum(MATURITY_LEVELS).nullish(),
      format: z.enum(FORMATS).nullish(),
      themes: z.array(themeSchema).max(THEMES.length).nullish(),
      awardedOnly: z.boolean().nullish(),
    })
    .nullish(),
);

export const testimonialIdInput = lazySchema(() => z.object({ id }));

export const moderateTestimonialInput = lazySchema(() =>
  z
    .object({ id, decision: z.enum(['PUBLISH', 'REJECT']), reason: text('Motif', 1000, 3).nullish() })
    .refine((d) => d.decision === 'PUBLISH' || !!d.reason, {
      path: ['reason'],
      message: 'Un motif est obligatoire pour refuser un témoignage.',
    }),
);

export const matchingInput = lazySchema(() =>
  z.object({
    nafSection: z
      .string()
      .trim()
      .toUpperCase()
      .refine((s) => NAF_SECTIONS.includes(s)),
    sizeBand: z.enum(SIZE_BANDS),
    regionCode,
  }),
);
