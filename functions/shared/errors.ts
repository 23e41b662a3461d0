import { GraphQLError } from 'graphql';

/** Values of `extensions.code`; the schema's ErrorCode enum lists the same. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'CONFLICT_OF_INTEREST',
  'NOT_ELIGIBLE',
  'BUDGET_EXHAUSTED',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldError = { path: (string | number)[]; message: string };

/** An error meant for the caller: a code, a French message, and optional details. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { ...details, code } });
  }
}

export const badUserInput = (message: string, fields: FieldError[] = []) =>
  new AppError('BAD_USER_INPUT', message, fields.length ? { fields } : {});

export const unauthenticated = (message = 'Authentification requise : jeton absent, invalide ou expiré.') =>
  new AppError('UNAUTHENTICATED', message);

export const forbidden = (message = 'Vous n’avez pas le droit de faire cette action.') =>
  new AppError('FORBIDDEN', message);

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} introuvable.`);

export const conflict = (message: string, details: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, details);

export const rateLimited = (message: string) => new AppError('RATE_LIMITED', message);

export const staleVersion = () =>
  conflict('Ces données ont été modifiées entre-temps par quelqu’un d’autre : rechargez-les puis réessayez.');

/** The database is throttling or unreachable for a moment: nothing was half-written, the same call may be sent again. */
export const serviceUnavailable = () =>
  new AppError(
    'SERVICE_UNAVAILABLE',
    'Le service est momentanément surchargé : rien n’a été enregistré à moitié, réessayez dans quelques secondes.',
    { retryable: true },
  );
