import * as z from 'zod';
import fr from 'zod/v4/locales/fr.js';
import { badUserInput } from './errors.js';
import { lazySchema } from './lazy-schema.js';

// French messages for every generic rule; domain schemas add their own where the generic one is unclear.
z.config(fr());

/**
 * Parses raw GraphQL arguments at the edge. On failure nothing has been written yet:
 * the caller gets BAD_USER_INPUT with every offending field path.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root: string[] = []): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: [...root, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
  }));
  const first = fields[0];
  throw badUserInput(first ? `${first.path.join('.')} : ${first.message}` : 'Entrée invalide.', fields);
}

/** Trimmed text with French bounds messages. */
export const text = (label: string, max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, `${label} : au moins ${min} caractère${min > 1 ? 's' : ''}.`)
    .max(max, `${label} : au plus ${max} caractères.`);

/** A calendar day `YYYY-MM-DD` that exists (zod's own check: 2026-02-30 and 2027-02-29 are refused). */
export const isoDate = z.iso.date({
  // Not a string: the French locale's message. The shape only chooses between the two French messages.
  error: (issue) =>
    typeof issue.input !== 'string'
      ? undefined
      : /^\d{4}-\d{2}-\d{2}$/.test(issue.input)
        ? 'Date inexistante.'
        : 'Date attendue au format AAAA-MM-JJ.',
});

export const isoDateTime = z.iso.datetime({ offset: true, message: 'Date-heure ISO-8601 attendue.' });

export const httpsUrl = z
  .url({ protocol: /^https?$/, message: 'Adresse web invalide (http ou https).' })
  .max(300, 'Adresse web : au plus 300 caractères.');

export const email = z.email({ message: 'Adresse e-mail invalide.' }).max(254);

/** The version a client read and edits from (optimistic locking): `expectedVersion` of the update mutations. */
export const expectedVersion = lazySchema(() =>
  z.number().int().min(1, 'Version attendue : un entier positif.'),
);
