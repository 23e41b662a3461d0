import * as z from 'zod';
import { THEMES } from '../shared/themes.js';
import { email, text } from '../shared/validation.js';
import { clientKeyInput } from '../shared/client-keys.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { CONTACT_STATUSES } from './workflow.js';

/** A need goes to at most this many connecteurs. */
export const MAX_CONNECTEURS_PER_NEED = 5;

const id = lazySchema(() => z.string().trim().min(1).max(64));

export const sendContactRequestInput = lazySchema(() =>
  z.object({
    connecteurIds: z
      .array(id)
      .min(1, 'Au moins un connecteur.')
      .max(MAX_CONNECTEURS_PER_NEED, `Au plus ${MAX_CONNECTEURS_PER_NEED} connecteurs par demande.`)
      .refine((ids) => new Set(ids).size === ids.length, 'Connecteur en double.'),
    need: text('Besoin', 2000, 10),
    themes: z
      .array(z.enum(THEMES))
      .max(THEMES.length)
      .nullish()
      .transform((t) => [...new Set(t ?? [])]),
    contact: z
      .object({
        name: text('Nom', 120, 2),
        email: z.string().trim().pipe(email).nullish(),
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9][0-9 .-]{8,18}[0-9]$/, 'Numéro de téléphone invalide.')
          .nullish(),
      })
      .refine((c) => Boolean(c.email || c.phone), {
        message: 'Indiquez une adresse électronique ou un numéro de téléphone.',
        path: ['email'],
      })
      .nullish()
      .transform((c) =>
        c
          ? { name: c.name, ...(c.email ? { email: c.email } : {}), ...(c.phone ? { phone: c.phone } : {}) }
          : undefined,
      ),
    clientKey: clientKeyInput,
  }),
);

const message = lazySchema(() => text('Message', 2000).nullish());

export const answerContactRequestInput = lazySchema(() =>
  z.object({
    id,
    status: z.enum(CONTACT_STATUSES),
    message,
  }),
);

export const reopenContactRequestInput = lazySchema(() => z.object({ id, message }));

export const contactFeedbackInput = lazySchema(() =>
  z.object({
    requestId: id,
    input: z.object({
      contacted: z.boolean(),
      useful: z.boolean().nullish(),
      comment: text('Commentaire', 2000).nullish(),
    }),
  }),
);

/** A conversation holds at most this many messages; then the PME sends a new need. */
export const MAX_MESSAGES = 200;

export const postContactRequestMessageInput = lazySchema(() =>
  z.object({
    requestId: id,
    text: text('Message', 2000),
    clientKey: clientKeyInput,
  }),
);

/** The inbox's filter on statuses. */
export const contactStatusesInput = lazySchema(() =>
  z.array(z.enum(CONTACT_STATUSES)).max(CONTACT_STATUSES.length).nullish(),
);
