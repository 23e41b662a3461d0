import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../functions/graphql/limits.js';
import { createGraphqlHandler } from '../../functions/graphql/server.js';
import { createLocalServer, MAX_BODY_BYTES } from '../../scripts/local/http-adapter.js';
import { testConfig, tokenFor, uniqueId } from '../support/api.js';

// The local server as a client sees it: HTTP in, the same Lambda handler behind.
const server = createLocalServer(createGraphqlHandler({ config: testConfig() }));
let url: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the local HTTP server', () => {
  it('registers a connecteur with a bearer token and finds it anonymously', async () => {
    const name = `Atelier ${uniqueId()}`;
    const token = tokenFor({ role: 'CONNECTEUR', sub: uniqueId('http') });
    const registered = await post(
      {
        query: `mutation($input: RegisterConnecteurInput!) { registerConnecteur(input: $input) { id regionCode } }`,
        variables: {
          input: {
            displayName: name,
            kind: 'STRUCTURE',
            structureType: 'TIERS_LIEU',
            communeCode: '44109',
            departementsServed: [],
            themes: ['TRAINING'],
            email: 'atelier@exemple.fr',
            acceptsNewPmes: true,
            signCharter: true,
          },
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(registered.status).toBe(200);
    const { data } = (await registered.json()) as any;
    expect(data.registerConnecteur.regionCode).toBe('52');

    const found = await post({
      query: `query($f: ConnecteurFilter) { connecteurs(filter: $f) { edges { node { id } } } }`,
      variables: { f: { regionCode: '52', text: name } },
    });
    expect(((await found.json()) as any).data.connecteurs.edges).toEqual([
      { node: { id: data.registerConnecteur.id } },
    ]);
  });

  it('answers an unknown token with 401 and UNAUTHENTICATED', async () => {
    const response = await post({ query: '{ viewer { role } }' }, { authorization: 'Bearer nope' });
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses oversized bodies', async () => {
    for (const size of [LIMITS.maxRequestBytes, MAX_BODY_BYTES]) {
      const response = await post({ query: `{ health }`, padding: 'x'.repeat(size) });
      expect(response.status, `${size} bytes`).toBe(413);
    }
  });
});
