import type { TypedDocumentString } from '../../generated/graphql';
import { networkError, toApiError } from './errors';

/** Same origin everywhere: Vite's dev server proxies it, `npm start` and CloudFront route it to the API. */
const GRAPHQL_ENDPOINT = '/graphql';
/** Anonymous reads over GET, cached by CloudFront (functions/graphql/cache-policy.ts, PUBLIC_GRAPHQL_PATH). */
const PUBLIC_GRAPHQL_ENDPOINT = '/graphql/public';

export type RequestOptions = { token?: string | undefined; signal?: AbortSignal | undefined };

/**
 * Posts one typed operation (a `graphql()` document from client/generated) and returns its data;
 * any GraphQL error, HTTP failure or unreachable server is thrown as an ApiError with a French message.
 */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  { token, signal }: RequestOptions = {},
): Promise<Result> {
  let response: Response;
  try {
    const trusted = trustedDocument(document);
    response = await (trusted && !token && trusted.query
      ? fetch(
          `${PUBLIC_GRAPHQL_ENDPOINT}?${new URLSearchParams({ extensions: trusted.extensions, variables: JSON.stringify(variables) })}`,
          { headers: { accept: 'application/json' }, signal: signal ?? null },
        )
      : fetch(GRAPHQL_ENDPOINT, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: trusted
            ? `{"extensions":${trusted.extensions},"variables":${JSON.stringify(variables)}}`
            : JSON.stringify({ query: document.toString(), variables }),
          signal: signal ?? null,
        }));
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw networkError();
  }
  let body: { data?: Result | null; errors?: unknown };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw networkError();
  }
  if (Array.isArray(body.errors) && body.errors.length > 0) throw toApiError(body.errors);
  if (!response.ok || body.data == null) throw networkError();
  return body.data;
}

/**
 * A built web app names its operations by their SHA-256 only (trusted documents: client/generated/
 * persisted-documents.json, written by `npm run codegen`); the development server and the component tests send
 * the text, as the local API accepts.
 */
function trustedDocument(document: { toString(): string; __meta__?: Record<string, unknown> | undefined }) {
  const hash = document.__meta__?.hash;
  if (!import.meta.env.PROD || typeof hash !== 'string') return undefined;
  const sha256Hash = hash.replace(/^sha256:/, '');
  return {
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }),
    query: /^\s*query\b/m.test(document.toString()) && !/^\s*mutation\b/m.test(document.toString()),
  };
}
