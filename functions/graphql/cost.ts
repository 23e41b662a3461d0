import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../shared/pagination.js';

/**
 * The cost of an operation, computed once its variables are known (graphql-armor's cost rule runs as a validation
 * rule, before variables, and counts `first` only when written as a literal).
 *
 * - a leaf costs 1, an object 2 plus 1.5 × the cost of its selection (graphql-armor's weights);
 * - a paginated field (one with a `first` argument) repeats its selection `first` times — the literal, the
 *   variable's value, the variable's default, the argument's default, else the page size the resolver uses (20) —
 *   and adds `pageQuery`: it is a DynamoDB Query of its own for each parent, which no DataLoader can batch;
 * - any other list of objects repeats its selection by its known bound (`LIST_SIZES`) or `defaultListSize`;
 *   a connection's `edges` are already counted by its `first`.
 * Everything is multiplied down the tree: a page inside a page costs the product.
 */
export const COST = {
  scalar: 1,
  object: 2,
  depthFactor: 1.5,
  pageQuery: 500,
  defaultListSize: 5,
} as const;

/** Lists whose length the code bounds, by `Type.field`. */
export const LIST_SIZES: Record<string, number> = {
  'Provider.latestReviews': 3,
};

type SchemaType = {
  name?: string;
  ofType?: SchemaType;
  getFields?: () => Record<string, FieldDef>;
};
type FieldDef = { type: SchemaType; args: readonly { name: string; defaultValue?: unknown }[] };
type SchemaLike = { getType(name: string): unknown };

type Walk = {
  schema: SchemaLike;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
};

/** The named type under lists and non-nulls, and whether a list wraps it. */
function unwrap(type: SchemaType): { named: SchemaType; list: boolean } {
  let list = false;
  let current = type;
  while (current.ofType) {
    if (String(current).startsWith('[')) list = true;
    current = current.ofType;
  }
  return { named: current, list };
}

function intValue(node: ValueNode | undefined, walk: Walk): number | undefined {
  if (!node) return undefined;
  if (node.kind === 'IntValue') return Number(node.value);
  if (node.kind === 'Variable') {
    const value = walk.variables[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

export function selectionCost(parent: SchemaType, set: SelectionSetNode, walk: Walk): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === 'InlineFragment') {
      const on = selection.typeCondition
        ? (walk.schema.getType(selection.typeCondition.name.value) as SchemaType)
        : parent;
      cost += selectionCost(on, selection.selectionSet, walk);
      continue;
    }
    if (selection.kind === 'FragmentSpread') {
      const fragment = walk.fragments[selection.name.value];
      if (fragment)
        cost += selectionCost(
          walk.schema.getType(fragment.typeCondition.name.value) as SchemaType,
          fragment.selectionSet,
          walk,
        );
      continue;
    }
    const name = selection.name.value;
    if (name === '__schema' || name === '__type') continue;
    const field = parent.getFields?.()[name];
    if (!field || !selection.selectionSet) {
      cost += COST.scalar;
      continue;
    }
    const { named, list } = unwrap(field.type);
    const own = COST.object + COST.depthFactor * selectionCost(named, selection.selectionSet, walk);
    const first = field.args.find((a) => a.name === 'first');
    if (first) {
      const given = intValue(selection.arguments?.find((a) => a.name.value === 'first')?.value, walk);
      const fallback = typeof first.defaultValue === 'number' ? first.defaultValue : DEFAULT_PAGE_SIZE;
      cost += COST.pageQuery + Math.max(1, given ?? fallback) * own;
    } else if (list && !parent.name?.endsWith('Connection')) {
      cost += (LIST_SIZES[`${parent.name}.${name}`] ?? COST.defaultListSize) * own;
    } else {
      cost += own;
    }
  }
  return cost;
}

/** The cost of `operation` with the request's variables (defaults of the operation's variables filled in). */
export function operationCost(
  schema: SchemaLike & { getQueryType(): unknown; getMutationType(): unknown },
  document: DocumentNode,
  operation: OperationDefinitionNode,
  given: Record<string, unknown> = {},
): number {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    variables[name] = given[name] ?? intValue(definition.defaultValue, { variables: {} } as unknown as Walk);
  }
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
  const root = (operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()) as
    SchemaType | null | undefined;
  return root ? Math.ceil(selectionCost(root, operation.selectionSet, { schema, fragments, variables })) : 0;
}

/** Refuses, before any resolver runs, an operation whose cost with its variables is above `maxCost`. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables);
          if (cost > maxCost)
            throw new GraphQLError(
              `Requête trop coûteuse : ${cost} pour un maximum de ${maxCost} (réduisez \`first\`, les alias ou les listes imbriquées).`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } } },
            );
        },
      };
    },
  };
}
