import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureClientBuilt } from '../../scripts/local/client-build.js';
import { freePort } from '../../scripts/local/dynamodb-local.js';

const ARTIFACTS = resolve('test/artifacts');
const PLATFORM_LOG = join(ARTIFACTS, 'platform.log');
/** Its own table in the run's DynamoDB Local, loaded with the demo data by `npm start` itself. */
const TABLE = 'croissance-connectee-browser';

/**
 * The platform as a user runs it: `npm start` (scripts/start.ts) on a free port, against the run's DynamoDB
 * Local (test/support/global-setup.ts, which runs first in this project). It is not awaited here: the demo
 * data take about half a minute to load, while the other projects' tests run; test/browser/support.ts
 * waits for it and reports its log if it dies.
 */
export default async function setup(project: TestProject) {
  // Built before any test starts, so no test file (nor start.test.ts) builds it at the same time.
  await ensureClientBuilt((line) => console.log(`[browser] ${line}`));
  const { dynamoEndpoint } = project.getProvidedContext();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cc-browser-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const log = openSync(PLATFORM_LOG, 'w');
  const platform = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DYNAMODB_ENDPOINT: dynamoEndpoint,
      TABLE_NAME: TABLE,
      DATA_DIR: dataDir,
      POWERTOOLS_LOG_LEVEL: 'WARN',
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  project.provide('webAppUrl', `http://localhost:${port}`);
  project.provide('platformPid', platform.pid ?? 0);

  return async () => {
    if (platform.exitCode === null) {
      const exited = new Promise((r) => platform.once('exit', r));
      platform.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      platform.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    webAppUrl: string;
    platformPid: number;
  }
}
