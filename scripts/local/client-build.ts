import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLIENT_DIR = join(projectRoot, 'client');
/** What `npm run build:client` writes, and what `npm start` and CloudFront serve. */
export const CLIENT_DIST = join(CLIENT_DIR, 'dist');

/** Not sources of the build: its output and anything installed. */
const NOT_SOURCES = new Set(['dist', 'node_modules']);

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCES.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * `absent`: no web app in this checkout; `missing`: never built (a fresh clone); `stale`: a source changed
 * since the last build; `fresh`: client/dist is up to date.
 */
export function clientBuildState(): 'absent' | 'missing' | 'stale' | 'fresh' {
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) return 'absent';
  const builtIndex = join(CLIENT_DIST, 'index.html');
  if (!existsSync(builtIndex)) return 'missing';
  return newestSourceTime(CLIENT_DIR) > statSync(builtIndex).mtimeMs ? 'stale' : 'fresh';
}

/** One build at a time per checkout: `npm start` and the tests may ask together, and Vite empties dist first. */
const lockDir = join(
  tmpdir(),
  `cc-client-build-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)}`,
);

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The pid of the process holding the lock; undefined while it is being taken or released. */
function lockHolder(): number | undefined {
  try {
    return Number(readFileSync(join(lockDir, 'pid'), 'utf8')) || undefined;
  } catch {
    return undefined;
  }
}

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (const deadline = Date.now() + 5 * 60_000; ;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // Held: by a live builder we wait; by one that died (killed mid-build) we take it over.
      const holder = lockHolder();
      if (holder && !isAlive(holder)) rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`Construction du client bloquée par ${lockDir}`);
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  writeFileSync(join(lockDir, 'pid'), String(process.pid));
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

export class ClientBuildError extends Error {}

/**
 * Builds the web app with `npm run build:client` when client/dist is missing or older than its sources, so
 * `npm ci && npm start` works from a fresh clone. The build's output is shown only if it fails.
 */
export async function ensureClientBuilt(
  log: (line: string) => void = console.log,
): Promise<'absent' | 'fresh' | 'built'> {
  const before = clientBuildState();
  if (before === 'absent' || before === 'fresh') return before;
  return withBuildLock(async () => {
    // Another process may have built it while this one waited for the lock.
    if (clientBuildState() === 'fresh') return 'fresh';
    log(
      before === 'missing'
        ? 'Construction de l’application web (première fois)…'
        : 'Construction de l’application web (sources modifiées)…',
    );
    const started = Date.now();
    await runBuild();
    log(`Application web construite en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 'built';
  });
}

function runBuild(): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['run', '-s', 'build:client'], {
      cwd: projectRoot,
      // Vite builds for the NODE_ENV it inherits: under the tests (NODE_ENV=test) React's development build, 518 KB
      // instead of 190, would land in client/dist and be what `npm start` serves next. Always the production one.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Stopping `npm start` (Ctrl-C) during the build stops the build too.
    const stop = () => child.kill('SIGTERM');
    process.once('exit', stop);
    child.on('error', (error) => {
      process.off('exit', stop);
      reject(new ClientBuildError(`npm introuvable pour construire l’application web : ${error.message}`));
    });
    child.on('exit', (code) => {
      process.off('exit', stop);
      if (code === 0) resolvePromise();
      else
        reject(
          new ClientBuildError(
            `La construction de l’application web a échoué (npm run build:client, code ${code}) :\n${output.slice(-4000)}`,
          ),
        );
    });
  });
}
