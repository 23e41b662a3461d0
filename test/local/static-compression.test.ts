import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../client/generated/persisted-documents.json' with { type: 'json' };
import { createGraphqlHandler } from '../../functions/graphql/server.js';
import { createLocalServer } from '../../scripts/local/http-adapter.js';
import { testConfig } from '../support/api.js';

// The local server serves the built web app as CloudFront does: compressed, hashed assets cached for good.
const webRoot = mkdtempSync(join(tmpdir(), 'cc-compress-'));
const BIG_JS = `export const data = ${JSON.stringify(Array.from({ length: 4000 }, (_, i) => `commune-${i}`))};\n`;
const INDEX_HTML = `<!doctype html><html lang="fr"><body>${'<p>Croissance connectée</p>'.repeat(100)}</body></html>`;
mkdirSync(join(webRoot, 'assets'), { recursive: true });
writeFileSync(join(webRoot, 'index.html'), INDEX_HTML);
writeFileSync(join(webRoot, 'assets', 'index-B7x_9kQz.js'), BIG_JS);
writeFileSync(join(webRoot, 'assets', 'tiny-D3fG-2hA.css'), 'body{}');
writeFileSync(join(webRoot, 'assets', 'logo-Abc123_x.png'), Buffer.alloc(4000, 1));

const server = createLocalServer(createGraphqlHandler({ config: testConfig() }), { webRoot });
let port: number;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(webRoot, { recursive: true, force: true });
});

function get(path: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
      const req = request({ hostname: '127.0.0.1', port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the web app as the local server sends it', () => {
  it('sends hashed assets compressed (Brotli first, else gzip) with immutable caching', async () => {
    const brotli = await get('/assets/index-B7x_9kQz.js', 'gzip, deflate, br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.vary).toBe('accept-encoding');
    expect(brotli.body.length).toBeLessThan(BIG_JS.length / 3);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(BIG_JS);

    const gzip = await get('/assets/index-B7x_9kQz.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(BIG_JS);

    const plain = await get('/assets/index-B7x_9kQz.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BIG_JS);
  });

  it('compresses pages too, but revalidates them; leaves tiny files and images as they are', async () => {
    const page = await get('/connecteurs', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(page.body).toString()).toBe(INDEX_HTML);
    const tiny = await get('/assets/tiny-D3fG-2hA.css', 'br');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const image = await get('/assets/logo-Abc123_x.png', 'br');
    expect(image.headers['content-encoding']).toBeUndefined();
  });

  it('gives public reads over GET the API’s Cache-Control', async () => {
    const [hash] = Object.entries(manifest as Record<string, string>).find(([, text]) =>
      text.startsWith('query ConnecteurSearch'),
    )!;
    const params = new URLSearchParams({
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash.replace('sha256:', '') } }),
      variables: JSON.stringify({ first: 1 }),
    });
    const answer = await get(`/graphql/public?${params}`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString()).data.connecteurs).toBeDefined();
    expect(answer.headers['cache-control']).toBe('public, max-age=0, s-maxage=60');
  });
});
