import type { TypedDocumentString } from '../../client/generated/graphql.js';
import type { Caller, createTestApi, GraphqlResult } from './api.js';

/**
 * Calls the API with a typed document (the web app's own operations from client/generated, or one built with
 * `new TypedDocumentString<Result, Variables>(…)`): variables and answer are typed by the schema.
 */
export function typedCall<Result, Variables>(
  api: Pick<ReturnType<typeof createTestApi>, 'call'>,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  caller?: Caller,
): Promise<GraphqlResult<Result>> {
  return api.call<Result>(document.toString(), variables as Record<string, unknown>, caller);
}
