import * as z from 'zod';
import { THEMES } from '../shared/themes.js';
import { text } from '../shared/validation.js';

/** A need goes to at most this many connecteurs. */
export const MAX_CONNECTEURS_PER_NEED = 5;

const id = z.string().trim().min(1).max(64);

export const sendContactRequestInput = z.object({
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
});

const message = text('Message', 2000).nullish();

export const answerContactRequestInput = z.object({
  id,
  status: z.enum([
    'PENDING',
    'TAKEN_IN_CHARGE',
    'DONE_HELP_PROPOSED',
    'DONE_NO_HELP',
    'DONE_UNREACHABLE',
    'NOT_FOR_ME',
  ]),
  message,
});

export const reopenContactRequestInput = z.object({ id, message });

export const contactFeedbackInput = z.object({
  requestId: id,
  input: z.object({
    contacted: z.boolean(),
    useful: z.boolean().nullish(),
    comment: text('Commentaire', 2000).nullish(),
  }),
});
