import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, GraphQLError, type DocumentNode, type GraphQLSchema, type SourceLocation } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** A document's plan for one operation name: compiled on its second execution, `null` when graphql-jit refused it. */
type Plan = { executions: number; compiled?: CompiledQuery | null };

/**
 * Executes Apollo's operations with graphql-jit: each document compiled once per instance into a function that
 * resolves its fields without graphql-js's per-field work (argument objects, resolve infos, the generic walk of the
 * selection sets). Apollo keeps everything before and after execution (parsing, validation and the armor limits,
 * trusted documents, plugins, error formatting, HTTP status, Cache-Control) through its documented hook for a custom
 * executor, the gateway (a schema and an executor).
 *
 * - Queries only: mutations stay with graphql-js. A compiled mutation measured slower (the diagnostic submission,
 *   about 1.5 ms more CPU, twice the garbage collection), and graphql-jit differs from graphql-js when several
 *   fields fail under one null (below), which a write's answer should not.
 * - A document is compiled on its second execution, not its first, so the first request of a new instance does not
 *   pay the compilation (a few milliseconds per document: docs/performance.md).
 * - Plans are kept per parsed document: Apollo keeps the parsed document of each trusted hash or query text, so
 *   the same object comes back for the same operation, and a document Apollo drops is collected with its plan.
 * - graphql-js runs what graphql-jit refuses to compile, and any call whose variables graphql-jit refuses: graphql-js
 *   refuses them too, before any resolver, with the errors Apollo turns into BAD_USER_INPUT and a 400.
 * - graphql-jit's errors are rebuilt as graphql-js's (extensions always present, a field error always has the
 *   error it wraps), so Apollo and `formatError` treat them as before.
 * - One difference remains: when several fields fail under the same null (two items of a non-null list, two
 *   non-null fields of one object), graphql-js reports the first failure and leaves the rest unexecuted, while
 *   graphql-jit runs them all and reports each. The data is the same (test/graphql/compiled-execution.api.test.ts).
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();

  // Loaded when the first document is compiled, not at the instance's start (docs/performance.md).
  let jit: typeof import('graphql-jit') | undefined;

  const compiledFor = async (document: DocumentNode, operationName: string | undefined) => {
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let plan = byName.get(key);
    if (!plan) byName.set(key, (plan = { executions: 0 }));
    plan.executions += 1;
    if (plan.compiled === undefined && plan.executions >= 2) {
      jit ??= await import('graphql-jit');
      const compiled = jit.compileQuery(schema, document, operationName);
      plan.compiled = jit.isCompiledQuery(compiled) ? compiled : null;
    }
    return plan.compiled ?? undefined;
  };

  const executor: Executor = async ({ document, operation, request, context }) => {
    const graphqlJs = () =>
      execute({
        schema,
        document,
        contextValue: context,
        variableValues: request.variables,
        operationName: request.operationName,
      });
    const compiled =
      operation.operation === 'query' ? await compiledFor(document, request.operationName) : undefined;
    if (!compiled) return graphqlJs();
    const result = await compiled.query(undefined, context, request.variables);
    if (!('data' in result)) return graphqlJs();
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

/** The same error as graphql-js would have built it. */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    // graphql-js wraps every field error, a null in a non-null field included (an Error of the same message).
    originalError: error.originalError ?? (error.path ? new Error(error.message) : undefined),
    extensions: error.extensions,
  });
  (rebuilt as { locations?: readonly SourceLocation[] }).locations = error.locations;
  return rebuilt;
}
