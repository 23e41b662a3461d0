import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Request limits, in one place (docs/security.md lists them). */
export const LIMITS = {
  /** Bytes of a request body; GraphQL documents of the web app are a few kilobytes. */
  maxRequestBytes: 100_000,
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3_000,
  maxCost: 20_000,
} as const;

/** graphql-armor's validation rules and plugins; field suggestions leak the schema, so AWS hides them. */
export function armor(env: 'local' | 'aws') {
  const protection = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    maxTokens: { n: LIMITS.maxTokens },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: env === 'aws' },
  }).protect();
  return { plugins: protection.plugins, validationRules: protection.validationRules };
}
