import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';

/**
 * `Cache-Control` of every answer, from the schema's `@cacheControl` hints (schema/base.graphql), computed once
 * per document and operation (a static walk of the selection), not per resolved field as Apollo's own cache-control
 * plugin does (installed disabled in server.ts):
 *
 * - an anonymous caller's query whose every root field has a `maxAge` (the smallest wins, nested hints may lower
 *   it) and no PRIVATE hint: `public, max-age=0, s-maxage=<maxAge>` — shared caches (CloudFront) keep it, browsers
 *   ask again, so a user never sees an older answer than the edge's;
 * - anything a signed-in caller receives: `private, no-store` (their answers may carry fields only they may see);
 * - mutations, answers with errors, uncached queries: `no-store`.
 *
 * Answers to anonymous callers hold only public data by construction (the resolvers' authorization decides), so a
 * shared cache keyed on the whole query string (document hash and variables) cannot leak one caller's data to another.
 */
export const MAX_PUBLIC_AGE_SECONDS = 60;

/**
 * Public reads over GET, the path CloudFront caches (infra/api-cache.ts): the same handler, but never with the
 * caller's `Authorization` (CloudFront does not forward it there, and the handler drops it), so every answer on it
 * is an anonymous one.
 */
export const PUBLIC_GRAPHQL_PATH = '/graphql/public';

export type CachePolicy = { maxAge: number; scope: 'PUBLIC' | 'PRIVATE' };

export function cacheControlHeader(
  policy: CachePolicy | undefined,
  { signedIn, errors }: { signedIn: boolean; errors: boolean },
): string {
  if (signedIn) return 'private, no-store';
  if (!policy || errors || policy.scope === 'PRIVATE' || policy.maxAge <= 0) return 'no-store';
  return `public, max-age=0, s-maxage=${Math.min(policy.maxAge, MAX_PUBLIC_AGE_SECONDS)}`;
}

// Duck-typed like limits.ts: Apollo may hold another instance of graphql-js than ours.
type Directive = {
  name: { value: string };
  arguments?: readonly { name: { value: string }; value: unknown }[];
};
type Node = { directives?: readonly Directive[] } | null | undefined;
type SchemaType = {
  name: string;
  ofType?: SchemaType;
  astNode?: Node;
  extensionASTNodes?: readonly Node[];
  getFields?: () => Record<string, { type: SchemaType; astNode?: Node }>;
};
type Schema = { getQueryType(): SchemaType | null | undefined; getType(name: string): unknown };
type Selection = {
  kind: string;
  name?: { value: string };
  typeCondition?: { name: { value: string } };
  selectionSet?: { selections: readonly Selection[] };
};
type Definition = Selection & { kind: string; operation?: string };

function hintOf(nodes: readonly Node[]): Partial<CachePolicy> | undefined {
  for (const node of nodes) {
    const directive = node?.directives?.find((d) => d.name.value === 'cacheControl');
    if (!directive) continue;
    const hint: Partial<CachePolicy> = {};
    for (const arg of directive.arguments ?? []) {
      const value = (arg.value as { value?: string }).value;
      if (arg.name.value === 'maxAge' && value !== undefined) hint.maxAge = Number(value);
      if (arg.name.value === 'scope' && (value === 'PUBLIC' || value === 'PRIVATE')) hint.scope = value;
    }
    return hint;
  }
  return undefined;
}

const named = (type: SchemaType): SchemaType => (type.ofType ? named(type.ofType) : type);

/** The policy of one operation of a document: a walk of its selections (fragments included) against the hints. */
export function cachePolicyOf(
  schema: Schema,
  definitions: readonly Definition[],
  operation: Definition,
): CachePolicy {
  const policy: CachePolicy = { maxAge: Number.POSITIVE_INFINITY, scope: 'PUBLIC' };
  if (operation.operation !== 'query') return { maxAge: 0, scope: 'PUBLIC' };
  const fragments = new Map(
    definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name!.value, d]),
  );
  const typeNamed = (name: string) => schema.getType(name) as SchemaType | undefined;
  const visit = (selections: readonly Selection[], parent: SchemaType | undefined, root: boolean) => {
    for (const selection of selections) {
      if (selection.kind === 'InlineFragment' || selection.kind === 'FragmentSpread') {
        const fragment =
          selection.kind === 'FragmentSpread' ? fragments.get(selection.name!.value) : selection;
        const on = fragment?.typeCondition ? typeNamed(fragment.typeCondition.name.value) : parent;
        if (fragment?.selectionSet) visit(fragment.selectionSet.selections, on, root);
        continue;
      }
      const name = selection.name!.value;
      if (name === '__typename') continue;
      const field = parent?.getFields?.()[name];
      // Introspection and anything unknown: never cached.
      if (!field) {
        policy.maxAge = 0;
        continue;
      }
      const type = named(field.type);
      const hint =
        hintOf([field.astNode]) ??
        (type.getFields ? hintOf([type.astNode, ...(type.extensionASTNodes ?? [])]) : undefined);
      if (hint?.scope === 'PRIVATE') policy.scope = 'PRIVATE';
      if (hint?.maxAge !== undefined) policy.maxAge = Math.min(policy.maxAge, hint.maxAge);
      else if (root) policy.maxAge = 0;
      if (selection.selectionSet) visit(selection.selectionSet.selections, type, false);
    }
  };
  visit(operation.selectionSet?.selections ?? [], schema.getQueryType() ?? undefined, true);
  return { ...policy, maxAge: Number.isFinite(policy.maxAge) ? policy.maxAge : 0 };
}

/** Past this many distinct documents (ad-hoc ones, locally), the memo starts again. */
const MEMO_SIZE = 1_000;

export function cachePolicyPlugin(): ApolloServerPlugin<Context> {
  const memo = new Map<string, CachePolicy>();
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, schema, document, operation, queryHash, response, errors }) {
          let policy: CachePolicy | undefined;
          if (document && operation) {
            const key = `${queryHash}:${operation.name?.value ?? ''}`;
            policy = memo.get(key);
            if (!policy) {
              if (memo.size >= MEMO_SIZE) memo.clear();
              policy = cachePolicyOf(
                schema as unknown as Schema,
                document.definitions as unknown as Definition[],
                operation as unknown as Definition,
              );
              memo.set(key, policy);
            }
          }
          const failed =
            Boolean(errors?.length) ||
            (response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length));
          response.http.headers.set(
            'cache-control',
            cacheControlHeader(policy, { signedIn: contextValue?.viewer?.kind === 'user', errors: failed }),
          );
        },
      };
    },
  };
}
