/** Values of `extensions.code` the API answers (schema/base.graphql `ErrorCode`), plus what can go wrong on the way. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'CONFLICT_OF_INTEREST'
  | 'NOT_ELIGIBLE'
  | 'BUDGET_EXHAUSTED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  /** No answer, or an answer that is not GraphQL (server down, proxy error page). */
  | 'NETWORK_ERROR';

/** One invalid input field (`extensions.fields` of BAD_USER_INPUT): `path` is the input path, e.g. "input.email". */
export type FieldError = { path: string; message: string };

/** What the UI shows: the server's French message, its code (to choose a follow-up) and the invalid fields. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: readonly FieldError[] = [],
    /** The rest of `extensions` (e.g. `remainingCents` of BUDGET_EXHAUSTED, `failedRules` of NOT_ELIGIBLE). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message of the field at `path` (for a form input's `state="error"`), if the server refused it. */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((field) => field.path === path)?.message;
  }
}

const knownCodes = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'CONFLICT_OF_INTEREST',
  'NOT_ELIGIBLE',
  'BUDGET_EXHAUSTED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

export const networkError = (): ApiError =>
  new ApiError('NETWORK_ERROR', 'Le service ne répond pas. Vérifiez votre connexion puis réessayez.');

type GraphqlErrorJson = {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown; [detail: string]: unknown };
};

/** The first GraphQL error of an answer, as an ApiError; codes the UI does not know become INTERNAL_SERVER_ERROR. */
export function toApiError(errors: readonly GraphqlErrorJson[]): ApiError {
  const [first] = errors;
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : '';
  if (!knownCodes.has(code)) {
    return new ApiError(
      'INTERNAL_SERVER_ERROR',
      'Une erreur inattendue est survenue. Réessayez dans un instant.',
    );
  }
  const message = typeof first?.message === 'string' ? first.message : 'La demande a été refusée.';
  const details: Record<string, unknown> = { ...first?.extensions };
  delete details.code;
  delete details.fields;
  return new ApiError(code as ApiErrorCode, message, parseFields(first?.extensions?.fields), details);
}

function parseFields(fields: unknown): FieldError[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((field: unknown) => {
    if (typeof field !== 'object' || field === null) return [];
    const { path, message } = field as { path?: unknown; message?: unknown };
    return typeof message === 'string'
      ? [{ path: Array.isArray(path) ? path.join('.') : String(path), message }]
      : [];
  });
}
