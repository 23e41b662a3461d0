import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { valueFromASTUntyped, type FieldNode, type SelectionNode } from 'graphql';
import { badUserInput } from '../shared/errors.js';
import { costLimitPlugin } from './cost.js';

/** Request limits, in one place (docs/security.md lists them). */
export const LIMITS = {
  /** Bytes of a request body; GraphQL documents of the web app are a few kilobytes. */
  maxRequestBytes: 100_000,
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3_000,
  /** Computed with the variables (functions/graphql/cost.ts). */
  maxCost: 20_000,
  /**
   * Characters of an `ID` argument. Ours are UUIDs and short composites; a longer one names nothing, and DynamoDB
   * refuses a key over 1 KB (sort) or 2 KB (partition) with an error that would otherwise surface as internal.
   */
  maxIdLength: 200,
} as const;

/** graphql-armor's validation rules and plugins; field suggestions leak the schema, so AWS hides them. */
export function armor(env: 'local' | 'aws') {
  const protection = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Ours instead: graphql-armor's token limit throws from a plugin hook Apollo answers with HTTP 500 (graphql-js's
    // parser counts them itself, a syntax error: 400), and its cost ignores variables (./cost.ts).
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: env === 'aws' },
  }).protect();
  return {
    plugins: [...protection.plugins, costLimitPlugin(LIMITS.maxCost), idLengthPlugin],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
  };
}

/**
 * Refuses a root field whose `ID` arguments (inline or from variables, lists and input objects included) are too
 * long, before any resolver runs. Checked once per operation on its root fields (not in a per-field hook: Apollo
 * wraps every resolver of the schema as soon as one plugin has `willResolveField`, a cost paid on every field).
 * Duck-typed on purpose: Apollo may hold another instance of graphql-js (CommonJS beside ESM), whose types fail
 * graphql-js's own instanceof checks.
 */
const idLengthPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, schema, request }) {
        if (!operation) return;
        const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
        if (!root) return;
        const fragments = new Map(
          document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])),
        );
        const fieldsOf = (selections: readonly SelectionNode[]): FieldNode[] =>
          selections.flatMap((s) =>
            s.kind === 'Field'
              ? [s]
              : s.kind === 'InlineFragment'
                ? fieldsOf(s.selectionSet.selections)
                : fieldsOf(fragments.get(s.name.value)?.selectionSet.selections ?? []),
          );
        const variables = request.variables ?? {};
        const paths = fieldsOf(operation.selectionSet.selections).flatMap((node) => {
          const field = root.getFields()[node.name.value];
          if (!field) return [];
          return (node.arguments ?? []).flatMap((argument) => {
            const arg = field.args.find((a) => a.name === argument.name.value);
            return arg
              ? overlongIds(arg.type, valueFromASTUntyped(argument.value, variables), [arg.name])
              : [];
          });
        });
        if (paths.length)
          throw badUserInput(
            `Identifiant trop long (au plus ${LIMITS.maxIdLength} caractères).`,
            paths.map((path) => ({ path, message: 'Identifiant inconnu.' })),
          );
      },
    };
  },
};

type InputType = { name?: string; ofType?: InputType; getFields?: () => Record<string, { type: InputType }> };

function overlongIds(type: InputType, value: unknown, path: (string | number)[]): (string | number)[][] {
  if (value === null || value === undefined) return [];
  // A non-null type prints with a trailing "!", a list with brackets; both wrap `ofType`.
  if (type.ofType && String(type).endsWith('!')) return overlongIds(type.ofType, value, path);
  if (type.ofType)
    return Array.isArray(value) ? value.flatMap((v, i) => overlongIds(type.ofType!, v, [...path, i])) : [];
  if (type.getFields && typeof value === 'object')
    return Object.entries(type.getFields()).flatMap(([name, field]) =>
      overlongIds(field.type, (value as Record<string, unknown>)[name], [...path, name]),
    );
  return type.name === 'ID' && typeof value === 'string' && value.length > LIMITS.maxIdLength ? [path] : [];
}
