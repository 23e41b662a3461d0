import type { TypedDocumentString } from '../../generated/graphql';
import { networkError, toApiError } from './errors';

/** Same origin everywhere: Vite's dev server proxies it, `npm start` and CloudFront route it to the API. */
const GRAPHQL_ENDPOINT = '/graphql';

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
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
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
