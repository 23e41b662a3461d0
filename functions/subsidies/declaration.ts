import * as z from 'zod';
import { lazySchema } from '../shared/lazy-schema.js';
import { badUserInput, conflict } from '../shared/errors.js';
import { parseInput } from '../shared/validation.js';

/**
 * The declaration on honour an applicant accepts with each deposit (Code pénal, art. 441-7: a false declaration is an
 * offence). Its text is versioned: a deposit records the version accepted, who accepted it and when, so the file
 * keeps what was declared even after the text changes. Change the statements, change the version.
 */
export const DECLARATION_VERSION = '2026-12';

export const DECLARATION_STATEMENTS: readonly string[] = [
  'Je suis habilité(e) à engager l’entreprise qui dépose ce dossier.',
  'Les informations de ce dossier (entreprise, effectif, chiffre d’affaires, projet, dépenses, prestataires) sont exactes et complètes.',
  'L’entreprise est à jour de ses obligations fiscales et sociales.',
  'L’entreprise n’a pas commencé les travaux financés avant le dépôt de ce dossier.',
  'L’entreprise n’a pas de lien capitalistique avec les prestataires dont elle demande le financement.',
  'Je sais que toute fausse déclaration entraîne le remboursement de l’aide et expose à des poursuites (article 441-7 du Code pénal).',
];

/** The text of a version (only the current one exists today; earlier ones would be kept here). */
export const declarationText = (version: string) =>
  version === DECLARATION_VERSION ? { version, statements: DECLARATION_STATEMENTS } : undefined;

/** What a deposit keeps of the declaration (on the file, written by the submission's transaction). */
export type DeclarationRecord = { textVersion: string; acceptedAt: string; acceptedBySub: string };

const declarationInput = lazySchema(() =>
  z.object({ textVersion: z.string().min(1).max(40), accepted: z.boolean() }),
);

/** The declaration as the deposit gives it: ticked, and of the text in force (CONFLICT: reread the new text). */
export function parseDeclaration(raw: unknown): { textVersion: string } {
  const input = parseInput(declarationInput, raw, ['declaration']);
  if (!input.accepted)
    throw badUserInput('Cochez la déclaration sur l’honneur pour déposer le dossier.', [
      { path: ['declaration', 'accepted'], message: 'La déclaration sur l’honneur est obligatoire.' },
    ]);
  if (input.textVersion !== DECLARATION_VERSION)
    throw conflict('Le texte de la déclaration sur l’honneur a changé : relisez-le avant de déposer.');
  return { textVersion: input.textVersion };
}
