import * as z from 'zod';
import { communeCode } from '../shared/places.js';
import { themeSchema } from '../shared/themes.js';
import { regionCode } from '../shared/places.js';
import { httpsUrl, isoDateTime, text } from '../shared/validation.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { clientKeyInput } from '../shared/client-keys.js';

export const MAX_EVENT_THEMES = 8;
const themes = lazySchema(() =>
  z
    .array(themeSchema)
    .max(MAX_EVENT_THEMES, `Au plus ${MAX_EVENT_THEMES} thèmes.`)
    .refine((t) => new Set(t).size === t.length, 'Thème en double.'),
);

export const EVENT_KINDS = ['CONFERENCE', 'FAIR', 'BREAKFAST', 'WORKSHOP', 'WEBINAR', 'OTHER'] as const;

export const eventInput = lazySchema(() =>
  z
    .object({
      kind: z.enum(EVENT_KINDS),
      title: text('Titre', 200, 3),
      description: text('Description', 4000).nullish(),
      startsAt: isoDateTime,
      endsAt: isoDateTime.nullish(),
      placeName: text('Lieu', 200).nullish(),
      communeCode: communeCode.nullish(),
      regionCode: regionCode.nullish(),
      online: z.boolean(),
      themes,
      link: httpsUrl.nullish(),
    })
    .superRefine((e, ctx) => {
      if (e.endsAt && Date.parse(e.endsAt) < Date.parse(e.startsAt))
        ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'La fin doit suivre le début.' });
      if (!e.online && !e.communeCode)
        ctx.addIssue({
          code: 'custom',
          path: ['communeCode'],
          message: 'Un événement en présentiel a une commune.',
        });
      if (e.online && !e.link)
        ctx.addIssue({ code: 'custom', path: ['link'], message: 'Un événement en ligne a un lien.' });
    }),
);

/** `publishEvent` and `publishNews`: the input checked apart (its own path), then the optional client key. */
export const publicationKeyInput = lazySchema(() => z.object({ clientKey: clientKeyInput }));

export const eventIdInput = lazySchema(() => z.object({ id: z.string().trim().min(1).max(64) }));

export const eventFilterInput = lazySchema(() =>
  z
    .object({
      regionCode: regionCode.nullish(),
      from: isoDateTime.nullish(),
      to: isoDateTime.nullish(),
      themes: z.array(themeSchema).max(20).nullish(),
    })
    .nullish(),
);

export const newsInput = lazySchema(() =>
  z.object({
    title: text('Titre', 200, 3),
    body: text('Texte', 10_000, 10),
    link: httpsUrl.nullish(),
    regionCode: regionCode.nullish(),
    themes,
  }),
);

export const newsFilterInput = lazySchema(() =>
  z.object({ regionCode: regionCode.nullish(), themes: z.array(themeSchema).max(20).nullish() }).nullish(),
);
