import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/local/dynamodb-local.js';
import type { GraphqlResult } from '../support/api.js';

// `npm start` as an operator runs it: its own DynamoDB Local, a data folder, signals.
const dataDir = mkdtempSync(join(tmpdir(), 'cc-start-'));
const children: ChildProcess[] = [];

function start(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const printed = async (text: string) => {
    for (let i = 0; i < 1500 && !output.includes(text); i++) await new Promise((r) => setTimeout(r, 100));
    return output;
  };
  return { child, exited, printed, output: () => output };
}

const dynamoProcessesOf = (folder: string) =>
  spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((line) => line.includes('DynamoDBLocal') && line.includes(folder));

afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

describe('npm start', () => {
  it('serves demo data, refuses a second instance, survives a crash with its data and stops cleanly', async () => {
    const port = String(await freePort());
    const first = start({ PORT: port });
    expect(await first.printed('Ctrl-C')).toContain(`http://localhost:${port}/graphql`);
    const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ connecteurs(filter: { regionCode: "84" }, first: 5) { edges { node { regionCode } } } }',
      }),
    });
    const body = (await answer.json()) as GraphqlResult<{ connecteurs: { edges: unknown[] } }>;
    expect(body.data!.connecteurs.edges).toHaveLength(5);
    // The web app beside the API (built first if it was missing), and the demo users for its sign-in page.
    expect(first.output()).toContain(`application web sur http://localhost:${port}/`);
    const home = await fetch(`http://127.0.0.1:${port}/connecteurs`);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain('<div id="root">');
    const users = (await (await fetch(`http://127.0.0.1:${port}/dev/users`)).json()) as { sub: string }[];
    expect(users.map((u) => u.sub)).toContain('demo-pme');

    const second = start({ PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('tourne déjà');

    // A crash (SIGKILL) orphans DynamoDB Local; the next start stops it and finds the data, loaded once.
    first.child.kill('SIGKILL');
    await first.exited;
    expect(dynamoProcessesOf(dataDir)).toHaveLength(1);
    const restarted = start({ PORT: String(await freePort()) });
    expect(await restarted.printed('Ctrl-C')).toMatch(/connecteurs-v1 déjà chargées/);
    expect(dynamoProcessesOf(dataDir)).toHaveLength(1);
    // A stop (Ctrl-C, SIGTERM) exits 0 and stops its DynamoDB Local.
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
    expect(dynamoProcessesOf(dataDir)).toEqual([]);
  }, 300_000);

  it('stops at once with what to install when Java is missing', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'cc-nojava-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const run = start({ PATH: bin, PORT: String(await freePort()) });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Java 17 ou plus/);
    expect(run.output()).not.toMatch(/\n\s+at /);
  });
});
