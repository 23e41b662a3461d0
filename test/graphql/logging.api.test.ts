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
  for (const secret of [email, 'Jeanne Personne', tokenFor(caller).split('.')[2]!, caller.sub]) {
    expect(everything).not.toContain(secret);
  }
});
