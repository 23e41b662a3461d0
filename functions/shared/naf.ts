import { nafRows } from '../generated/reference-data.js';

// NAF rév. 2 sub-classes (@socialgouv/codes-naf), and the sections INSEE groups divisions into.
const labels = new Map(nafRows);

export const nafLabel = (code: string): string | undefined => labels.get(code);
export const isNafCode = (code: string): boolean => labels.has(code);

/**
 * A NAF code as people type it, from a Kbis or an Insee notice ("4791B", "47.91B", "47.91 B", "47 91b"), written as
 * the nomenclature does ("47.91B"). Anything else is returned trimmed and upper-cased, for the caller to refuse.
 * The web app has the same function (client/src/labels/naf.ts).
 */
export function normalizeNafCode(text: string): string {
  const compact = text.toUpperCase().replace(/[\s.\u00a0-]/g, '');
  const match = /^(\d{2})(\d{2})([A-Z])$/.exec(compact);
  return match ? `${match[1]}.${match[2]}${match[3]}` : text.trim().toUpperCase();
}

/** zod's refinement message for an unknown NAF code. */
export const NAF_CODE_MESSAGE =
  'Code NAF inconnu : une sous-classe NAF rév. 2 est attendue, comme sur le Kbis (ex. 4791B ou 47.91B).';

const sectionsByFirstDivision: [firstDivision: number, section: string][] = [
  [1, 'A'],
  [5, 'B'],
  [10, 'C'],
  [35, 'D'],
  [36, 'E'],
  [41, 'F'],
  [45, 'G'],
  [49, 'H'],
  [55, 'I'],
  [58, 'J'],
  [64, 'K'],
  [68, 'L'],
  [69, 'M'],
  [77, 'N'],
  [84, 'O'],
  [85, 'P'],
  [86, 'Q'],
  [90, 'R'],
  [94, 'S'],
  [97, 'T'],
  [99, 'U'],
];

/** The NAF section letter (A–U) of a code such as `47.71Z`. */
export function nafSection(code: string): string {
  const division = Number(code.slice(0, 2));
  let section = 'A';
  for (const [first, letter] of sectionsByFirstDivision) if (division >= first) section = letter;
  return section;
}

/** INSEE's ICT-services sector, excluded from the chèque numérique by default (brief, "Reference data"). */
export const DIGITAL_SECTOR_NAF_PREFIXES = ['58.2', '61', '62', '63.1', '95.1'] as const;

export const matchesNafPrefix = (code: string, prefixes: readonly string[]): boolean =>
  prefixes.some((prefix) => code.startsWith(prefix));
