import type { Caller, createTestApi, GraphqlResult } from './api.js';

/** What codegen's typed document strings (client/generated, test/generated) carry: the text and, as a type, its answer. */
export interface TypedDocument<Result, Variables> {
  toString(): string;
  __apiType?: (variables: Variables) => Result;
}

/**
 * Calls the API with a typed document (the web app's own operations from client/generated, or the tests' own
 * `graphql(…)` documents from test/generated): variables and answer are typed by the schema.
 */
export function typedCall<Result, Variables>(
  api: Pick<ReturnType<typeof createTestApi>, 'call'>,
  document: TypedDocument<Result, Variables>,
  variables: Variables,
  caller?: Caller,
  headers?: Record<string, string>,
): Promise<GraphqlResult<Result>> {
  return api.call<Result>(document.toString(), variables as Record<string, unknown>, caller, headers);
}
