import { workerDynamoEndpoint } from '../support/dynamo-endpoint.js';
import { randomUUID } from 'node:crypto';
import {
  CreateTableCommand,
  DeleteTableCommand,
  DynamoDBClient,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/generated/type-defs.js';
import { tableDefinition } from '../../functions/shared/table.js';
import type { GraphqlResult } from '../support/api.js';
import {
  AUTHORIZATION_MATRIX,
  isAllowed,
  outcomeOf,
  type Entry,
  type Outcome,
} from './authorization-matrix.js';
import { buildWorld, CALLER_NAMES, type CallerName, type Vars, type World } from './authorization-world.js';

// Every operation of the schema × every caller of the fixture world, as authorization-matrix.ts says. Refused
// calls run first, all of them, between two dumps of the table that must be equal. A table of its own, so other
// test files writing in parallel cannot move the dump.
const table = `authz-${randomUUID().slice(0, 8)}`;
const raw = new DynamoDBClient({
  endpoint: workerDynamoEndpoint(),
  region: 'eu-west-3',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const schema = buildSchema(typeDefs);
const operations = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({
    kind: 'mutation' as const,
    field,
  })),
];

/** Leaf fields of an object (not lists, no required argument). */
function leavesOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const leaves = Object.values(named.getFields()).filter(
    (f) => isLeafType(getNullableType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
  );
  return `{ ${leaves.map((f) => f.name).join(' ') || '__typename'} }`;
}

/** What a call selects: the answer's leaves, through a connection's edges. */
function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  const edges = isObjectType(named) ? named.getFields().edges : undefined;
  const edge = edges ? getNamedType(edges.type) : undefined;
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? `{ edges { node ${leavesOf(node.type)} } pageInfo { hasNextPage } }` : leavesOf(type);
}

function documentOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${variables ? `(${variables})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionOf(field.type)} }`;
}

/** What is wrong with an answer given the expected outcome, or undefined. */
function mismatch(outcome: Outcome, result: GraphqlResult, field: string): string | undefined {
  const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
  const seen = codes.length
    ? `${codes.join(', ')} (${result.errors![0]!.message})`
    : `data ${JSON.stringify(result.data?.[field]).slice(0, 80)}`;
  if (outcome === 'ALLOWED') return codes.length === 0 ? undefined : `expected ALLOWED, got ${seen}`;
  if (outcome === 'NEED_TO_KNOW') {
    // Answered, with only some nested fields refused.
    const fieldLevel = (result.errors ?? []).every(
      (e) => e.extensions?.code === 'FORBIDDEN' && (e.path?.length ?? 0) > 1,
    );
    return result.data?.[field] && fieldLevel ? undefined : `expected NEED_TO_KNOW, got ${seen}`;
  }
  if (typeof outcome === 'object')
    return codes.length > 0 && codes.every((c) => c === outcome.allowedButRefused)
      ? undefined
      : `expected ${outcome.allowedButRefused} (${outcome.because}), got ${seen}`;
  if (outcome === 'HIDDEN')
    return codes.length === 0 && result.data?.[field] === null ? undefined : `expected null, got ${seen}`;
  return codes.length > 0 && codes.every((c) => c === outcome) && (result.data?.[field] ?? null) === null
    ? undefined
    : `expected ${outcome}, got ${seen}`;
}

async function dump(): Promise<string[]> {
  const items: string[] = [];
  let ExclusiveStartKey: Record<string, never> | undefined;
  do {
    const page = await raw.send(
      new ScanCommand({ TableName: table, ExclusiveStartKey, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []).map((item) => JSON.stringify(item)));
    ExclusiveStartKey = page.LastEvaluatedKey as typeof ExclusiveStartKey;
  } while (ExclusiveStartKey);
  return items.sort();
}

/** Runs the tasks with at most `limit` at a time (two cores and one DynamoDB Local shared with other files). */
async function inPool<T>(tasks: (() => Promise<T>)[], limit = 8): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

type Cell = {
  operation: string;
  kind: 'query' | 'mutation';
  entry: Entry;
  document: string;
  who: CallerName;
  outcome: Outcome;
  variables: Vars;
};

/** Callers with no tie to the fixture's company: nothing private of it may show in what they are allowed to read. */
const OUTSIDERS: readonly CallerName[] = [
  'anonymous',
  'pmeOther',
  'connecteurOther',
  'agentOtherRegion',
  'providerOther',
];

let world: World;
const cells: Cell[] = [];

async function run(cell: Cell) {
  const api = cell.entry.later ? world.later : world.api;
  const result = await api.call(cell.document, cell.variables, world.callers[cell.who]);
  const wrong = mismatch(cell.outcome, result, cell.operation);
  if (wrong) return `${cell.operation} × ${cell.who}: ${wrong}`;
  if (cell.kind === 'query' && isAllowed(cell.outcome) && OUTSIDERS.includes(cell.who)) {
    const leaked = world.privateIds.filter((id) => JSON.stringify(result.data).includes(id));
    if (leaked.length) return `${cell.operation} × ${cell.who}: shows the company's ${leaked.join(', ')}`;
  }
  return undefined;
}

beforeAll(async () => {
  await raw.send(new CreateTableCommand(tableDefinition(table)));
  world = await buildWorld(table);
  // A caller's first request records its account in the notifications' directory (notifications/accounts.ts): done
  // here, so that the refused calls below find every account recorded already and write nothing.
  for (const who of CALLER_NAMES)
    for (const api of [world.api, world.later]) await api.call('{ viewer { sub } }', {}, world.callers[who]);
  // Arguments first, fresh objects included, so that the refused calls run between two quiet dumps.
  const preparations: (() => Promise<void>)[] = [];
  for (const { kind, field } of operations) {
    const entry = AUTHORIZATION_MATRIX[field.name];
    if (!entry) continue;
    const document = documentOf(kind, field);
    const args = entry.args ?? (() => ({}));
    const refused = CALLER_NAMES.filter((who) => !isAllowed(outcomeOf(entry, who)));
    let shared: Promise<Vars> | undefined;
    for (const who of CALLER_NAMES) {
      const outcome = outcomeOf(entry, who);
      preparations.push(async () => {
        const variables =
          entry.consumes && !isAllowed(outcome)
            ? await (shared ??= Promise.resolve(args(world, refused[0]!)))
            : await args(world, who);
        cells.push({ operation: field.name, kind, entry, document, who, outcome, variables });
      });
    }
  }
  await inPool(preparations);
}, 240_000);

afterAll(async () => {
  await raw.send(new DeleteTableCommand({ TableName: table }));
  raw.destroy();
});

describe('the authorization matrix', () => {
  it('has one entry per operation of the schema, and none for an operation the schema lost', () => {
    const names = operations.map((o) => o.field.name);
    expect(
      names.filter((name) => !AUTHORIZATION_MATRIX[name]),
      'operations without an entry',
    ).toEqual([]);
    expect(
      Object.keys(AUTHORIZATION_MATRIX).filter((name) => !names.includes(name)),
      'entries for operations not in the schema',
    ).toEqual([]);
    expect(cells).toHaveLength(operations.length * CALLER_NAMES.length);
  });

  it('refuses each caller the matrix refuses, with its code, and the refused calls write nothing', async () => {
    const refused = cells.filter((c) => !isAllowed(c.outcome));
    const before = await dump();
    const problems = (await inPool(refused.map((cell) => () => run(cell)))).filter(Boolean);
    expect(problems).toEqual([]);
    expect(await dump(), 'a refused call wrote to the table').toEqual(before);
  }, 120_000);

  it('lets each caller the matrix allows through, and outsiders read nothing private of the company', async () => {
    const allowed = cells.filter((c) => isAllowed(c.outcome));
    // Calls changing the same fixture record run in turn; the others at once; the account deletions at the end.
    const inTurn = (group: Cell[]) => async () => {
      const found = [];
      for (const cell of group) found.push(await run(cell));
      return found;
    };
    const groups = new Map<string, Cell[]>();
    for (const cell of allowed.filter((c) => !c.entry.last)) {
      const key = cell.entry.writes ?? `${cell.operation} × ${cell.who}`;
      groups.set(key, [...(groups.get(key) ?? []), cell]);
    }
    const problems = [
      ...(await inPool([...groups.values()].map(inTurn))).flat(),
      ...(await inPool(allowed.filter((c) => c.entry.last).map((cell) => () => run(cell)))),
    ].filter(Boolean);
    expect(problems).toEqual([]);
  }, 120_000);
});
