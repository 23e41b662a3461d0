import { workerDynamoEndpoint } from '../support/dynamo-endpoint.js';
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/generated/type-defs.js';
import { ERROR_CODES } from '../../functions/shared/errors.js';
import { tableDefinition } from '../../functions/shared/table.js';
import type { Role } from '../../functions/shared/auth.js';
import { createTestApi, type Caller } from '../support/api.js';
import { allowedCallers } from './authorization-matrix.js';
import type { CallerName } from './authorization-world.js';

// Every mutation of the schema, fed random and hostile arguments by every role: the answer is data or a
// documented error code, never an internal error, and a refused call leaves the table exactly as it was.
// A table of its own, so other test files writing in parallel cannot move the dump.
const table = `fuzz-${randomUUID().slice(0, 8)}`;
const raw = new DynamoDBClient({
  endpoint: workerDynamoEndpoint(),
  region: 'eu-west-3',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const api = createTestApi({ config: { tableName: table } });
const schema = buildSchema(typeDefs);
const mutations = Object.values(schema.getMutationType()!.getFields());
const DOCUMENTED = new Set<string>(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));

/** One signed-in identity per role, set up in beforeAll (a PME with its company, a connecteur that follows it…). */
const IDENTITIES: Record<Role, NonNullable<Caller>> = {
  // The SIRET of the company it registers (SIREN 732829320).
  PME: { role: 'PME', sub: 'fuzz-pme', siret: '73282932000009' },
  CONNECTEUR: { role: 'CONNECTEUR', sub: 'fuzz-connecteur' },
  REGION_AGENT: { role: 'REGION_AGENT', sub: 'fuzz-agent', regionCode: '84' },
  MODERATOR: { role: 'MODERATOR', sub: 'fuzz-moderator' },
  PROVIDER: { role: 'PROVIDER', sub: 'fuzz-provider' },
};
const EVERY_CALLER: Caller[] = [undefined, ...Object.values(IDENTITIES)];

/** The fuzz identity standing for a caller of the authorization matrix (same role). */
const identityOf = (who: CallerName): Caller => {
  const role = MATRIX_ROLES[who];
  return role ? IDENTITIES[role] : undefined;
};

/**
 * Mostly a caller the authorization matrix lets call the mutation, so that the input reaches validation and the
 * rules behind it; one case in four a caller of any role, anonymous included, as an attacker would.
 */
function callerFor(mutation: string): fc.Arbitrary<Caller> {
  const allowed = [...new Set(allowedCallers(mutation).map(identityOf))];
  const anyone = fc.constantFrom(...EVERY_CALLER);
  return allowed.length
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: anyone })
    : anyone;
}

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

const MATRIX_ROLES: Record<CallerName, Role | undefined> = {
  anonymous: undefined,
  pmeOwner: 'PME',
  pmeOther: 'PME',
  connecteurFollowing: 'CONNECTEUR',
  connecteurOther: 'CONNECTEUR',
  agentOfRegion: 'REGION_AGENT',
  agentOtherRegion: 'REGION_AGENT',
  moderator: 'MODERATOR',
  providerOwner: 'PROVIDER',
  providerOther: 'PROVIDER',
};

/** Cases run, and how many a caller the matrix allows made (they must mostly get past authorization). */
const tally = { cases: 0, allowedCaller: 0, allowedCallerPastAuthorization: 0 };

// The set-up documents are fixed strings beside the generated ones: each call names the answer it reads.
async function setUp<T = unknown>(query: string, caller: Caller): Promise<T> {
  const result = await api.call<T>(query, {}, caller);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

beforeAll(async () => {
  await raw.send(new CreateTableCommand(tableDefinition(table)));
  const { PME, CONNECTEUR, MODERATOR, PROVIDER } = IDENTITIES;
  const [connecteur, company, provider, program] = await Promise.all([
    setUp<{ registerConnecteur: { id: string } }>(
      `mutation { registerConnecteur(input: { displayName: "Fuzz Conseil", kind: PERSON, structureType: FREELANCE, communeCode: "69123", departementsServed: ["69"], themes: [STRATEGY], email: "fuzz@exemple.fr", acceptsNewPmes: true, signCharter: true }) { id } }`,
      CONNECTEUR,
    ),
    setUp<{ registerCompany: { id: string } }>(
      `mutation { registerCompany(input: { siren: "732829320", name: "Fuzz SARL", nafCode: "47.71Z", employees: 4, annualRevenueCents: 35000000, independent: true, communeCode: "69123" }) { id } }`,
      PME,
    ),
    setUp<{ registerProvider: { id: string } }>(
      `mutation { registerProvider(input: { siret: "73282932000074", name: "Fuzz Web", communeCode: "69123", regionsServed: [], startup: false }) { id } }`,
      PROVIDER,
    ),
    setUp<{ openSubsidyProgram: { id: string } }>(
      `mutation { openSubsidyProgram(input: { regionCode: "84", name: "Fuzz chèque", managingBody: "Région", opensAt: "2026-01-01T00:00:00.000Z", closesAt: "2027-12-31T23:00:00.000Z", envelopeCents: 100000000, aidRateBasisPoints: 5000, investmentFloorCents: 100000, investmentCeilingCents: 2000000, aidFloorCents: 50000, aidCeilingCents: 1000000 }) { id } }`,
      MODERATOR,
    ),
  ]);
  // The connecteur follows the company with its consent, so workspace mutations get past their access checks.
  await setUp(`mutation { setContactConsent(consented: true) { consented } }`, PME);
  // Proposing to a lead needs a label valid now.
  await setUp(`mutation { requestLabel { id } }`, CONNECTEUR);
  const labelUntil = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  await setUp(
    `mutation { grantLabel(connecteurId: "${connecteur.registerConnecteur.id}", validUntil: "${labelUntil}") { id } }`,
    MODERATOR,
  );
  await setUp(
    `mutation { proposeFollow(companyId: "${company.registerCompany.id}") { status } }`,
    CONNECTEUR,
  );
  await setUp(
    `mutation { acceptFollow(connecteurId: "${connecteur.registerConnecteur.id}") { status } }`,
    PME,
  );
  // Each identity's first request records its account in the notifications' directory (notifications/accounts.ts):
  // done here, so that a refused call below finds it recorded already and writes nothing.
  for (const caller of Object.values(IDENTITIES)) await setUp(`{ viewer { sub } }`, caller);
  knownIds.push(
    connecteur.registerConnecteur.id,
    company.registerCompany.id,
    provider.registerProvider.id,
    program.openSubsidyProgram.id,
  );
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
      fc.asyncProperty(variables, callerFor(mutation.name), async (vars, caller) => {
        const before = await dump();
        const result = await api.call(document, vars as Record<string, unknown>, caller);
        const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
        tally.cases++;
        if (allowedCallers(mutation.name).some((who) => identityOf(who) === caller)) {
          tally.allowedCaller++;
          if (!codes.some((c) => c === 'UNAUTHENTICATED' || c === 'FORBIDDEN'))
            tally.allowedCallerPastAuthorization++;
        }
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

  it('reaches past authorization for most cases of an allowed caller', () => {
    expect(tally.allowedCaller).toBeGreaterThan(tally.cases / 2);
    expect(tally.allowedCallerPastAuthorization).toBeGreaterThan(tally.allowedCaller * 0.8);
  });
});
