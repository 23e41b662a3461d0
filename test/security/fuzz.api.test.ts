import { randomUUID } from 'node:crypto';
import {
  CreateTableCommand,
  DeleteTableCommand,
  DynamoDBClient,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typeDefs } from '../../functions/generated/type-defs.js';
import { ERROR_CODES } from '../../functions/shared/errors.js';
import { tableDefinition } from '../../functions/shared/table.js';
import { createTestApi, type Caller } from '../support/api.js';

// Every mutation of the schema, fed random and hostile arguments by every role: the answer is data or a
// documented error code, never an internal error, and a refused call leaves the table exactly as it was.
// A table of its own, so other test files writing in parallel cannot move the dump.
const table = `fuzz-${randomUUID().slice(0, 8)}`;
const raw = new DynamoDBClient({
  endpoint: inject('dynamoEndpoint'),
  region: 'eu-west-3',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const api = createTestApi({ config: { tableName: table } });
const schema = buildSchema(typeDefs);
const mutations = Object.values(schema.getMutationType()!.getFields());
const DOCUMENTED = new Set<string>(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));

const CALLERS: NonNullable<Caller>[] = [
  { role: 'PME', sub: 'fuzz-pme' },
  { role: 'CONNECTEUR', sub: 'fuzz-connecteur' },
  { role: 'REGION_AGENT', sub: 'fuzz-agent', regionCode: '84' },
  { role: 'MODERATOR', sub: 'fuzz-moderator' },
  { role: 'PROVIDER', sub: 'fuzz-provider' },
];

/** Identifiers that exist, so random calls also reach the checks behind "not found". */
const knownIds: string[] = [];

const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    "'; DROP TABLE connecteurs; --",
    '<script>alert(1)</script>',
    '${7*7}{{7*7}}',
    '{"$ne": null}',
    '\u0000\u0007',
    '🇫🇷'.repeat(40),
    'é'.repeat(5000),
    '../../etc/passwd',
    '69123',
    '2A004',
    '97411',
    '69',
    '84',
    '732829320',
    '73282932000074',
    '47.71Z',
    '62.01Z',
    '2027-06-30',
    '2026-02-30',
    '2026-11-26T10:00:00.000Z',
    'https://exemple.fr',
    'javascript:alert(1)',
    'contact@exemple.fr',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);
const hostileInt = fc.oneof(
  fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648, 100, 101),
  fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
);
const hostileNumber = fc.oneof(
  hostileInt,
  fc.constantFrom(Number.MAX_SAFE_INTEGER, 10_000_000_000, 0.5, -0.01, 1e21),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

function arbitraryOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryOf(type.ofType, depth);
  const nullable = (a: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 6, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type))
    return nullable(fc.array(arbitraryOf(type.ofType, depth + 1), { maxLength: depth > 1 ? 2 : 6 }));
  if (isEnumType(type)) return nullable(fc.constantFrom(...type.getValues().map((v) => v.value as string)));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return nullable(
      fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryOf(f.type, depth + 1)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      }),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Boolean':
        return nullable(fc.boolean());
      case 'Int':
        return nullable(hostileInt);
      case 'Float':
        return nullable(hostileNumber);
      case 'ID':
        return nullable(fc.oneof(fc.constantFrom(...(knownIds.length ? knownIds : ['x'])), hostileText));
      case 'String':
      case 'Date':
      case 'DateTime':
        return nullable(hostileText);
      default:
        // Custom scalars (money in cents, …): numbers of every kind, and text.
        return nullable(fc.oneof(hostileNumber, hostileText));
    }
  }
  throw new Error(`no arbitrary for ${String(type)}`);
}

function documentOf(field: GraphQLField<unknown, unknown>) {
  const args = field.args as readonly GraphQLArgument[];
  const variables = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const type = getNamedType(field.type);
  const selection = 'getFields' in type ? ' { __typename }' : '';
  return `mutation${variables ? `(${variables})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

async function dump(): Promise<string[]> {
  const items: string[] = [];
  let ExclusiveStartKey: Record<string, never> | undefined;
  do {
    const page = await raw.send(new ScanCommand({ TableName: table, ExclusiveStartKey }));
    items.push(...(page.Items ?? []).map((item) => JSON.stringify(item)));
    ExclusiveStartKey = page.LastEvaluatedKey as typeof ExclusiveStartKey;
  } while (ExclusiveStartKey);
  return items.sort();
}

beforeAll(async () => {
  await raw.send(new CreateTableCommand(tableDefinition(table)));
  const registered = await api.call<any>(
    `mutation { registerConnecteur(input: { displayName: "Fuzz Conseil", kind: PERSON, structureType: FREELANCE, communeCode: "69123", departementsServed: [], themes: [STRATEGY], email: "fuzz@exemple.fr", acceptsNewPmes: true, signCharter: true }) { id } }`,
    {},
    CALLERS[1],
  );
  knownIds.push(registered.data.registerConnecteur.id);
});

afterAll(async () => {
  await raw.send(new DeleteTableCommand({ TableName: table }));
  raw.destroy();
});

describe('every mutation under random and hostile input', () => {
  it('lists the mutations it fuzzes', () => {
    expect(mutations.length).toBeGreaterThan(5);
  });

  it.each(mutations.map((m) => [m.name, m] as const))('%s', async (_, mutation) => {
    const args = mutation.args as readonly GraphQLArgument[];
    const variables = fc.record(Object.fromEntries(args.map((a) => [a.name, arbitraryOf(a.type)])));
    const document = documentOf(mutation);
    await fc.assert(
      fc.asyncProperty(variables, fc.constantFrom(...CALLERS), async (vars, caller) => {
        const before = await dump();
        const result = await api.call(document, vars as Record<string, unknown>, caller);
        const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
        for (const code of codes)
          expect(DOCUMENTED, `${mutation.name} answered ${code}: ${JSON.stringify(result.errors)}`).toContain(
            code,
          );
        if (codes.length > 0)
          expect(await dump(), `${mutation.name} wrote despite ${codes.join(', ')}`).toEqual(before);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 20) },
    );
  });
});
