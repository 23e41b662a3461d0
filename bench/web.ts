// npm run -s build:client, then `tsx bench/web.ts`: what an anonymous visitor's browser downloads for the home page
// (JavaScript and CSS, bytes on the wire and decoded) and its first contentful paint, median of 5 cold loads, from
// the local server (which compresses as CloudFront does). Figures go to docs/performance.md by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createGraphqlHandler } from '../functions/graphql/server.js';
import { createDocumentClient } from '../functions/shared/dynamo.js';
import { logger } from '../functions/shared/logger.js';
import { ensureTable } from '../functions/shared/table.js';
import { startDynamoDbLocal } from '../scripts/local/dynamodb-local.js';
import { createLocalServer } from '../scripts/local/http-adapter.js';
import { fixed } from './stats.js';

logger.setLogLevel('SILENT');
const PAGES = (process.env.WEB_PAGES ?? '/,/connecteurs').split(',');
const dataDir = mkdtempSync(join(tmpdir(), 'cc-web-bench-'));
const dynamo = await startDynamoDbLocal({ dataDir });
const config = {
  env: 'local' as const,
  tableName: 'croissance-connectee-web-bench',
  dynamoEndpoint: dynamo.endpoint,
  awsRegion: 'eu-west-3',
  cursorSecret: 'bench',
  devTokenSecret: 'bench',
};
const db = createDocumentClient(config);
await ensureTable(db, config.tableName);
const server = createLocalServer(createGraphqlHandler({ config }), { webRoot: resolve('client/dist') });
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  console.log(
    '| page | JS+CSS on the wire KB | decoded KB | requests | chunks | FCP median ms |\n|---|---|---|---|---|---|',
  );
  for (const path of PAGES) {
    const loads: { wire: number; decoded: number; files: string[]; fcp: number }[] = [];
    for (let i = 0; i < 6; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const responses: Promise<{ wire: number; decoded: number; file: string }>[] = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type !== 'script' && type !== 'stylesheet') return;
        responses.push(
          (async () => ({
            wire: (await response.request().sizes()).responseBodySize,
            decoded: (await response.body()).length,
            file: new URL(response.url()).pathname.split('/').pop()!,
          }))(),
        );
      });
      await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
      const fcp = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      );
      const all = await Promise.all(responses);
      // The first load warms the server's compressed copies: not counted.
      if (i > 0)
        loads.push({
          wire: all.reduce((s, r) => s + r.wire, 0),
          decoded: all.reduce((s, r) => s + r.decoded, 0),
          files: all.map((r) => r.file),
          fcp,
        });
      await context.close();
    }
    const median = [...loads].sort((a, b) => a.fcp - b.fcp)[Math.floor(loads.length / 2)]!;
    console.log(
      `| ${path} | ${fixed(median.wire / 1024, 0)} | ${fixed(median.decoded / 1024, 0)} | ${median.files.length} | ${median.files.join(', ')} | ${fixed(median.fcp, 0)} |`,
    );
  }
} finally {
  await browser.close();
  server.close();
  db.destroy();
  await dynamo.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
