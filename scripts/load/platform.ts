import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../local/dynamodb-local.js';

export type Platform = { url: string; log: string; stop: () => Promise<void> };

/**
 * The platform as a user runs it: `npm start` on a free port, against the given DynamoDB and table (it creates the
 * table and loads the demo data itself), in its own process group so that stopping it stops npm and its children.
 */
export async function startPlatform(options: {
  dynamoEndpoint: string;
  tableName: string;
}): Promise<Platform> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cc-load-'));
  const log = join(dataDir, 'platform.log');
  const fd = openSync(log, 'w');
  const child = spawn('npm', ['start'], {
    detached: true,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      PORT: String(port),
      DYNAMODB_ENDPOINT: options.dynamoEndpoint,
      TABLE_NAME: options.tableName,
      DATA_DIR: dataDir,
      POWERTOOLS_LOG_LEVEL: 'WARN',
    },
  });
  closeSync(fd);
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = async () => {
    if (!exited && child.pid) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (!exited) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline && !exited) {
    try {
      const answer = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (answer.ok) return { url, log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const tail = readFileSync(log, 'utf8').split('\n').slice(-15).join('\n');
  await stop();
  throw new Error(`npm start did not answer at ${url}:\n${tail}`);
}
