import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDocumentClient } from '../../functions/shared/dynamo.js';
import { ensureTable } from '../../functions/shared/table.js';
import { LIMITS } from '../../functions/graphql/limits.js';
import { createGraphqlHandler } from '../../functions/graphql/server.js';
import { DEMO_USERS } from '../../scripts/demo/seed.js';
import { demoUsersWithTokens, type DevUser } from '../../scripts/local/dev-users.js';
import { createLocalServer, MAX_BODY_BYTES } from '../../scripts/local/http-adapter.js';
import { CONTENT_SECURITY_POLICY } from '../../infra/web-headers.js';
import { testConfig, TEST_TOKEN_SECRET, tokenFor, uniqueId, type GraphqlResult } from '../support/api.js';

// The local server as a client sees it: HTTP in, the same Lambda handler behind, and the built web app
// (here a stand-in for client/dist, with a secret file beside it that must never be served).
const workspace = mkdtempSync(join(tmpdir(), 'cc-web-'));
const webRoot = join(workspace, 'dist');
const INDEX_HTML = '<!doctype html><html lang="fr"><div id="root"></div></html>';
const HASHED_JS = 'console.log("app");';
mkdirSync(join(webRoot, 'assets'), { recursive: true });
writeFileSync(join(webRoot, 'index.html'), INDEX_HTML);
writeFileSync(join(webRoot, 'assets', 'index-B7x_9kQz.js'), HASHED_JS);
writeFileSync(join(webRoot, 'assets', 'index-D3fG-2hA.css'), 'body{}');
writeFileSync(join(webRoot, 'favicon.svg'), '<svg/>');
writeFileSync(join(webRoot, '.env'), 'SECRET=dotfile');
writeFileSync(join(workspace, 'secret.txt'), 'SECRET=outside');
symlinkSync(join(workspace, 'secret.txt'), join(webRoot, 'linked.txt'));

// A table of its own: the demo users' companies here must not meet other files' data.
const config = testConfig({ tableName: `${inject('tableName')}-${uniqueId('http')}` });
const db = createDocumentClient(config);
const server = createLocalServer(createGraphqlHandler({ config }), {
  webRoot,
  devUsers: demoUsersWithTokens({ db, tableName: config.tableName, devTokenSecret: TEST_TOKEN_SECRET }),
});
let url: string;

beforeAll(async () => {
  await ensureTable(db, config.tableName);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  db.destroy();
  rmSync(workspace, { recursive: true, force: true });
});

/** A request with the path sent exactly as written (fetch would normalise `..` and `%2e%2e`). */
function rawGet(path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const { hostname, port } = new URL(url);
      const req = request({ hostname, port, path, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the local HTTP server', () => {
  it('registers a connecteur with a bearer token and finds it anonymously', async () => {
    const name = `Atelier ${uniqueId()}`;
    const token = await tokenFor({ role: 'CONNECTEUR', sub: uniqueId('http') });
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
    const { data } = (await registered.json()) as GraphqlResult<{
      registerConnecteur: { id: string; regionCode: string };
    }>;
    expect(data!.registerConnecteur.regionCode).toBe('52');

    const found = await post({
      query: `query($f: ConnecteurFilter) { connecteurs(filter: $f) { edges { node { id } } } }`,
      variables: { f: { regionCode: '52', text: name } },
    });
    const listed = (await found.json()) as GraphqlResult<{
      connecteurs: { edges: { node: { id: string } }[] };
    }>;
    expect(listed.data!.connecteurs.edges).toEqual([{ node: { id: data!.registerConnecteur.id } }]);
  });

  it('answers an unknown token with 401 and UNAUTHENTICATED', async () => {
    const response = await post({ query: '{ viewer { role } }' }, { authorization: 'Bearer nope' });
    expect(response.status).toBe(401);
    expect(((await response.json()) as GraphqlResult).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses oversized bodies', async () => {
    for (const size of [LIMITS.maxRequestBytes, MAX_BODY_BYTES]) {
      const response = await post({ query: `{ health }`, padding: 'x'.repeat(size) });
      expect(response.status, `${size} bytes`).toBe(413);
    }
  });
});

describe('the web app beside the API', () => {
  it('serves index.html at / with the security headers, revalidated on every load', async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('serves hashed assets with their content type, cached for a year', async () => {
    const js = await fetch(`${url}/assets/index-B7x_9kQz.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe(HASHED_JS);
    const css = await fetch(`${url}/assets/index-D3fG-2hA.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Not hashed: revalidated.
    const icon = await fetch(`${url}/favicon.svg`);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a revalidation with 304 and HEAD without a body', async () => {
    const first = await fetch(`${url}/`);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await fetch(`${url}/`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const head = await rawGet('/assets/index-B7x_9kQz.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(HASHED_JS.length));
    expect(head.body).toBe('');
  });

  it('falls back to index.html for client-side routes, not for missing files nor the API', async () => {
    for (const route of ['/connecteurs', '/connecteurs/abc-123?page=2', '/espace/cheque/brouillon']) {
      const response = await fetch(`${url}${route}`);
      expect(response.status, route).toBe(200);
      expect(response.headers.get('content-type'), route).toBe('text/html; charset=utf-8');
      expect(await response.text(), route).toBe(INDEX_HTML);
    }
    for (const miss of ['/assets/absent-12345678.js', '/favicon.ico', '/graphql/extra', '/dev/other']) {
      expect((await fetch(`${url}${miss}`)).status, miss).toBe(404);
    }
  });

  it('never serves a file outside the build, a dotfile or a symlink leaving it', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/.env',
      '/linked.txt',
      '/index.html%00.js',
    ]) {
      const response = await rawGet(path);
      expect(response.body, path).not.toContain('SECRET');
      expect(response.body, path).not.toContain('root:');
      expect([200, 400, 404], path).toContain(response.status);
      if (response.status === 200) expect(response.body, path).toBe(INDEX_HTML);
    }
  });

  it('refuses other methods outside /graphql', async () => {
    const response = await fetch(`${url}/connecteurs`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('keeps GET /graphql for the API (GET queries), not the web app', async () => {
    const response = await fetch(`${url}/graphql?query=${encodeURIComponent('{ health }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(((await response.json()) as GraphqlResult).data).toBeDefined();
  });
});

describe('GET /dev/users (local sign-in page)', () => {
  it('lists every demo user with a development token that the API takes as that user', async () => {
    const response = await fetch(`${url}/dev/users`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const users = (await response.json()) as DevUser[];
    expect(users.map((u) => [u.id, u.sub, u.role, u.regionCode])).toEqual(
      DEMO_USERS.map((u) => [u.sub, u.sub, u.role, 'region' in u ? u.region : undefined]),
    );
    for (const user of users) {
      expect(user.label, user.sub).toMatch(/^\p{Lu}.{5,}/u);
      const viewer = await post(
        { query: '{ viewer { sub role regionCode } }' },
        { authorization: `Bearer ${user.token}` },
      );
      const answer = (await viewer.json()) as GraphqlResult<{ viewer: Record<string, unknown> }>;
      expect(answer.data!.viewer, user.sub).toEqual({
        sub: user.sub,
        role: user.role,
        regionCode: user.regionCode ?? null,
      });
    }
  });

  it('gives a PME the id of its company once it is registered', async () => {
    const before = (await (await fetch(`${url}/dev/users`)).json()) as DevUser[];
    const pme = before.find((u) => u.sub === 'demo-pme')!;
    expect(pme).not.toHaveProperty('companyId');
    const registered = await post(
      {
        query: `mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }`,
        variables: {
          input: {
            // The SIREN is the token's SIRET's (demo-pme carries its bakery's).
            name: 'Boulangerie de test',
            nafCode: '10.71C',
            employees: 8,
            annualRevenueCents: 72_000_000,
            independent: true,
            communeCode: '69123',
          },
        },
      },
      { authorization: `Bearer ${pme.token}` },
    );
    const companyId = ((await registered.json()) as GraphqlResult<{ registerCompany: { id: string } }>).data!
      .registerCompany.id;
    const after = (await (await fetch(`${url}/dev/users`)).json()) as DevUser[];
    expect(after.find((u) => u.sub === 'demo-pme')!.companyId).toBe(companyId);
    expect(after.filter((u) => u.companyId)).toHaveLength(1);
  });
});
