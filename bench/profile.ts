// One operation through the handler, many times, against a DynamoDB Local already holding the bench data
// (DYNAMODB_ENDPOINT): `NODE_ENV=production tsx bench/profile.ts` writes .data/bench-out/<operation>.cpuprofile,
// the CPU profile of the measured calls only (start-up and warm-up left out); then
// `tsx bench/profile-summary.ts <file>`. BENCH_ONLY picks the operation, BENCH_CALLS the number of calls.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { signDevToken } from '../functions/shared/auth.js';
import { createGraphqlHandler } from '../functions/graphql/server.js';
import { logger } from '../functions/shared/logger.js';
import { apiEvent } from '../test/support/api.js';
import { operations } from './operations.js';
import type { Context as LambdaContext } from 'aws-lambda';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
logger.setLogLevel('SILENT');
const SECRET = 'bench-token-secret';
const WARM_UP = 50;
const op = operations(new Date()).find((o) =>
  o.name.includes(process.env.BENCH_ONLY ?? 'connecteur search'),
)!;
const handler = createGraphqlHandler({
  config: {
    env: 'local',
    tableName: process.env.TABLE_NAME ?? 'croissance-connectee-bench',
    dynamoEndpoint: process.env.DYNAMODB_ENDPOINT!,
    awsRegion: 'eu-west-3',
    cursorSecret: 'bench',
    devTokenSecret: SECRET,
  },
});
const headers: Record<string, string> = op.caller
  ? { authorization: `Bearer ${await signDevToken(op.caller, SECRET)}` }
  : {};
/** BENCH_HEAP=1: where the measured calls allocate (a sampling heap profile) instead of where they spend CPU. */
const HEAP = process.env.BENCH_HEAP === '1';
const calls = Number(process.env.BENCH_CALLS ?? 1000);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
let cpuMs = 0;
// Heap allocated by the measured calls, as bench/run.ts counts it: growth of the used heap + what collections freed.
const gc = new GCProfiler();
let heapBefore = 0;
for (let i = 0; i < WARM_UP + calls; i++) {
  if (i === WARM_UP) {
    gc.start();
    heapBefore = getHeapStatistics().used_heap_size;
  }
  if (i === WARM_UP)
    await (HEAP
      ? session.post('HeapProfiler.startSampling', {
          samplingInterval: 4096,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        })
      : session.post('Profiler.start'));
  const variables = typeof op.variables === 'function' ? op.variables() : op.variables;
  const cpu = process.cpuUsage();
  const result = await handler(apiEvent({ query: op.query, variables }, headers), {
    awsRequestId: 'profile',
  } as LambdaContext);
  const used = process.cpuUsage(cpu);
  if (i >= WARM_UP) cpuMs += (used.user + used.system) / 1000;
  if (JSON.parse(result.body ?? '{}').errors) throw new Error(result.body);
}
const freed = (gc.stop()?.statistics ?? []).reduce(
  (sum, s) => sum + s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize,
  0,
);
const heapKb = (getHeapStatistics().used_heap_size - heapBefore + freed) / calls / 1024;
const profile = HEAP
  ? (await session.post('HeapProfiler.stopSampling')).profile
  : (await session.post('Profiler.stop')).profile;
session.disconnect();
const outDir = resolve('.data/bench-out');
mkdirSync(outDir, { recursive: true });
const file = resolve(
  outDir,
  `${op.name.split(' (')[0]!.replace(/[^a-z0-9]+/gi, '-')}.${HEAP ? 'heapprofile' : 'cpuprofile'}`,
);
writeFileSync(file, JSON.stringify({ ...profile, bench: { calls, cpuMsPerCall: cpuMs / calls } }));
console.log(
  `${op.name}: ${(cpuMs / calls).toFixed(2)} ms CPU, ${heapKb.toFixed(0)} KB heap per call; profile in ${file}`,
);
