import { afterEach, expect, it, vi } from 'vitest';
import { logger } from '../../functions/shared/logger.js';
import { createTestApi, tokenFor, uniqueId } from '../support/api.js';

afterEach(() => {
  vi.restoreAllMocks();
  logger.setLogLevel('SILENT');
});

it('writes one structured line per operation, without personal data or tokens', async () => {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  logger.setLogLevel('INFO');
  const api = createTestApi();
  const caller = { role: 'CONNECTEUR' as const, sub: uniqueId('log') };
  const email = `${uniqueId('perso')}@exemple.fr`;
  const result = await api.call(
    `mutation Register($input: RegisterConnecteurInput!) { registerConnecteur(input: $input) { id } }`,
    {
      input: {
        displayName: 'Jeanne Personne',
        kind: 'PERSON',
        structureType: 'FREELANCE',
        communeCode: '29019',
        departementsServed: [],
        themes: ['TRAINING'],
        email,
        acceptsNewPmes: true,
        signCharter: true,
      },
    },
    caller,
  );
  expect(result.errors).toBeUndefined();
  const operationLines = lines.map((l) => JSON.parse(l)).filter((l) => l.message === 'graphql operation');
  expect(operationLines).toHaveLength(1);
  expect(operationLines[0]).toMatchObject({
    operation: 'Register',
    role: 'CONNECTEUR',
    status: 200,
    errorCodes: [],
  });
  expect(operationLines[0].dynamodbRequests).toBeGreaterThan(0);
  expect(operationLines[0].durationMs).toBeGreaterThanOrEqual(0);
  const everything = lines.join('\n');
  for (const secret of [email, 'Jeanne Personne', (await tokenFor(caller)).split('.')[2]!, caller.sub]) {
    expect(everything).not.toContain(secret);
  }
});

it('logs no personal data nor token when a call is refused, malformed or fails inside', async () => {
  const lines: string[] = [];
  for (const stream of [process.stdout, process.stderr])
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
  logger.setLogLevel('DEBUG');
  const caller = { role: 'PME' as const, sub: uniqueId('log-pme'), siret: '73282932000009' };
  const token = await tokenFor(caller);
  const person = {
    name: `Jeanne Dupont ${uniqueId()}`,
    email: `${uniqueId('jeanne')}@boulangerie-dupont.fr`,
    siren: '732829320',
  };
  const register = `mutation Register($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }`;
  const input = {
    siren: person.siren,
    name: person.name,
    nafCode: '10.71C',
    employees: 3,
    annualRevenueCents: 40_000_000,
    independent: true,
    communeCode: '69123',
  };
  const headers = { authorization: `Bearer ${token}` };
  const answers = await Promise.all([
    // Refused by validation: a name too long, an e-mail where a commune is expected.
    createTestApi().call(
      register,
      { input: { ...input, name: person.name.repeat(20), communeCode: person.email } },
      caller,
    ),
    // Refused before any resolver: GraphQL echoes a wrong variable value in its own message.
    createTestApi().call(register, { input: { ...input, employees: person.email } }, caller),
    // A token that is not valid (tampered signature), in the Authorization header.
    createTestApi().call(register, { input }, undefined, {
      authorization: `Bearer ${token.slice(0, -4)}abcd`,
    }),
    // An unexpected failure (no such table): logged with its message and stack, never with the request.
    createTestApi({ config: { tableName: `missing-${uniqueId()}` } }).call(
      register,
      { input },
      undefined,
      headers,
    ),
  ]);
  expect(answers.map((a) => a.errors?.[0]?.extensions?.code)).toEqual([
    'BAD_USER_INPUT',
    'BAD_USER_INPUT',
    'UNAUTHENTICATED',
    'INTERNAL_SERVER_ERROR',
  ]);
  const everything = lines.join('\n');
  expect(everything).toContain('internal error');
  for (const secret of [
    person.name,
    person.email,
    person.siren,
    token.split('.')[2]!,
    token.split('.')[1]!,
    caller.sub,
  ])
    expect(everything, `the logs show ${secret}`).not.toContain(secret);
});
