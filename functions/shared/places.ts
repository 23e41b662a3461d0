import * as z from 'zod';
import { communeByCode, departementByCode, regionByCode } from './geography.js';

/** The places every domain takes as input, validated against the INSEE codes of shared/geography.ts. */

export const communeCode = z
  .string()
  .trim()
  .refine(
    (code) => communeByCode(code) !== undefined,
    'Commune inconnue : un code INSEE de commune est attendu (ex. 69123).',
  );

export const departementCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(
    (code) => departementByCode(code) !== undefined,
    'Département inconnu : un code INSEE est attendu (ex. 69, 2A, 974).',
  );

export const regionCode = z
  .string()
  .trim()
  .refine(
    (code) => regionByCode(code) !== undefined,
    'Région inconnue : un code INSEE est attendu (ex. 84).',
  );
