import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from '../../client/generated/graphql.js';
import { COST, operationCost } from '../../functions/graphql/cost.js';
import { LIMITS } from '../../functions/graphql/limits.js';
import { typeDefs } from '../../functions/generated/type-defs.js';
import { DEFAULT_PAGE_SIZE } from '../../functions/shared/pagination.js';

/** The largest `first` the web app's pages pass as a variable (the others are literals). */
const WEB_APP_PAGE_SIZE = DEFAULT_PAGE_SIZE;

const schema = buildSchema(typeDefs);
const cost = (document: string, variables: Record<string, unknown> = {}) => {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  return operationCost(schema, parsed, operation, variables);
};

describe('query cost', () => {
  it('counts `first` whether written, given as a variable, defaulted by the operation or left to the page size', () => {
    const page = (first: string) => `reviews(first: ${first}) { edges { node { id } } }`;
    const literal = cost(`{ provider(id: "p") { ${page('7')} } }`);
    expect(cost(`query($n: Int) { provider(id: "p") { ${page('$n')} } }`, { n: 7 })).toBe(literal);
    expect(cost(`query($n: Int = 7) { provider(id: "p") { ${page('$n')} } }`)).toBe(literal);
    const unsaid = cost(`{ provider(id: "p") { reviews { edges { node { id } } } } }`);
    expect(unsaid).toBe(cost(`{ provider(id: "p") { ${page('20')} } }`));
    expect(cost(`query($n: Int) { provider(id: "p") { ${page('$n')} } }`)).toBe(unsaid);
  });

  it('multiplies a page inside a list by the list’s length, and charges each page as a query of its own', () => {
    const one = cost(`{ provider(id: "p") { reviews(first: 1) { edges { node { id } } } } }`);
    const underLatest = cost(
      `{ provider(id: "p") { latestReviews { provider { reviews(first: 1) { edges { node { id } } } } } } }`,
    );
    expect(underLatest).toBeGreaterThan(3 * COST.pageQuery);
    expect(underLatest).toBeGreaterThan(one);
  });

  it('accepts every operation of the web app, with the page sizes it asks (20 at most)', () => {
    const costs: Record<string, number> = {};
    for (const [name, document] of Object.entries(documents)) {
      if (!name.endsWith('Document')) continue;
      const parsed = parse(String(document));
      for (const operation of parsed.definitions) {
        if (operation.kind !== 'OperationDefinition') continue;
        const variables = Object.fromEntries(
          (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, WEB_APP_PAGE_SIZE]),
        );
        costs[name] = operationCost(schema, parsed, operation, variables);
      }
    }
    expect(Object.keys(costs).length).toBeGreaterThan(50);
    const over = Object.entries(costs).filter(([, c]) => c > LIMITS.maxCost);
    expect(over).toEqual([]);
  });
});
