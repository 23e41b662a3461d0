// Where a cold start of the GraphQL Lambda spends its time: `NODE_ENV=production tsx bench/cold-profile.ts`.
// Builds the bundle as the stack does but not minified, then runs COLD_RUNS (5) fresh processes that `require` it and
// answer the first request of bench/cold-start.ts, each under `--cpu-prof`; prints the samples' self time per run by
// module (found from esbuild's `// path` comments above each module's code) and by function. The profiler and the
// unminified text inflate the figures (about twice the CPU of a plain cold start): read the shares.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { lambdaEsbuildOptions } from '../infra/bundling.js';
import { lambdaEnvironment, publicSearchEvent, withEmptyTable } from './cold-start.js';
import { fixed } from './stats.js';

const RUNS = Number(process.env.COLD_RUNS ?? 5);
const OUT_DIR = resolve('.data/bench-out/cold-profile');
const BUNDLE = join(OUT_DIR, 'handler.cjs');
const PROFILES = join(OUT_DIR, 'profiles');

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(PROFILES, { recursive: true });
await build({
  ...lambdaEsbuildOptions(),
  minify: false,
  sourcemap: false,
  entryPoints: ['functions/graphql/handler.ts'],
  outfile: BUNDLE,
  logLevel: 'error',
});
const tableName = 'cold-profile';
await withEmptyTable(tableName, async (dynamoEndpoint) => {
  const script = `require(${JSON.stringify(BUNDLE)}).handler(${JSON.stringify(publicSearchEvent())}, { awsRequestId: 'cold-profile' })
  .then((r) => { if (r.statusCode !== 200) { console.error(r.body); process.exitCode = 1; } process.exit(); });`;
  for (let run = 0; run < RUNS; run++) {
    const args = ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', PROFILES, '-e', script];
    const code = await new Promise<number | null>((done) =>
      spawn(process.execPath, args, {
        env: lambdaEnvironment(dynamoEndpoint, tableName),
        stdio: ['ignore', 'ignore', 'inherit'],
      }).on('exit', done),
    );
    if (code !== 0) throw new Error(`cold start ${run + 1} failed`);
  }
});

// The module each line of the bundle belongs to: a package, or a project folder (two levels).
const owners: string[] = [];
let owner = '(esbuild runtime)';
readFileSync(BUNDLE, 'utf8')
  .split('\n')
  .forEach((line, index) => {
    const path = /^\/\/ (\S+\.(?:m?js|c?js|ts|json))$/.exec(line)?.[1];
    if (path)
      owner = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/').slice(0, 2).join('/');
    owners[index] = owner;
  });
const byModule = new Map<string, number>();
const byFunction = new Map<string, number>();
const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
for (const file of readdirSync(PROFILES)) {
  const profile = JSON.parse(readFileSync(join(PROFILES, file), 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)!;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const module = frame.url.endsWith('handler.cjs')
      ? (owners[frame.lineNumber] ?? '?')
      : frame.url
        ? frame.url.split('/').slice(-2).join('/')
        : frame.functionName || '(native)';
    add(byModule, module, ms);
    add(byFunction, `${frame.functionName || '(anonymous)'} ${module}:${frame.lineNumber}`, ms);
  });
}
const top = (map: Map<string, number>, count: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${fixed(ms / RUNS, 1).padStart(7)} ms  ${key}`)
    .join('\n');
const total = [...byModule.values()].reduce((a, b) => a + b, 0);
console.log(
  `${fixed(total / RUNS, 1)} ms of samples per cold start (${RUNS} runs)\n\nBy module:\n${top(byModule, 25)}`,
);
console.log(`\nBy function:\n${top(byFunction, 25)}`);
