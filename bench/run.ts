// npm run bench: scale data in DynamoDB Local (kept between runs in BENCH_DATA_DIR), then every representative
// operation through the Lambda handler in-process: DynamoDB requests, latency, throughput, the direct floor,
// ten-fold growth of searched data, bundle size and cold start. Figures go to docs/performance.md by hand.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import * as LowLevel from '@aws-sdk/client-dynamodb';
import type { Context as LambdaContext } from 'aws-lambda';
import { signDevToken } from '../functions/shared/auth.js';
import type { AppConfig } from '../functions/shared/config.js';
import { createDocumentClient, withRequestTally } from '../functions/shared/dynamo.js';
import { logger } from '../functions/shared/logger.js';
import { ensureTable } from '../functions/shared/table.js';
import { createGraphqlHandler } from '../functions/graphql/server.js';
import { startDynamoDbLocal } from '../scripts/local/dynamodb-local.js';
import { apiEvent } from '../test/support/api.js';
import { bundleAndColdStart } from './cold-start.js';
import { costPerMillion, PRICES } from './cost.js';
import { companyDataset } from './datasets/companies.js';
import { connecteurDataset } from './datasets/connecteurs.js';
import { load, type Dataset } from './datasets/dataset.js';
import { diagnosticDataset } from './datasets/diagnostics.js';
import { priceHistogramsPacked } from './datasets/migrations.js';
import { providerDataset, testimonialDataset } from './datasets/marketplace.js';
import { subsidyDataset } from './datasets/subsidies.js';
import { operations, type BenchOperation } from './operations.js';
import { fixed, summarize } from './stats.js';
import { benchNotifications } from './notifications.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const CALLS = Number(process.env.BENCH_CALLS ?? 500);
/** Only the operations whose name contains this, or one of its `|`-separated parts; the 10× part is skipped then. */
const ONLY = process.env.BENCH_ONLY;
/** BENCH_GROWN=0 skips the 10× table (its first seeding takes about 25 minutes). */
const GROWN = process.env.BENCH_GROWN !== '0' && !ONLY;
const TABLE = 'croissance-connectee-bench';
/** The same data plus ten times the searched part, in a table of its own so 1× stays 1×. */
const TABLE_10X = 'croissance-connectee-bench-10x';
const SECRET = 'bench-token-secret';
// DynamoDB Local syncs every write to disk: on tmpfs seeding is ~20× faster, and still kept between runs.
const dataDir = resolve(
  process.env.BENCH_DATA_DIR ??
    (existsSync('/dev/shm') ? '/dev/shm/croissance-connectee-bench' : '.data/bench'),
);
const now = new Date();
logger.setLogLevel('SILENT');

const DATASETS: Dataset[] = [
  connecteurDataset,
  companyDataset,
  subsidyDataset,
  diagnosticDataset,
  providerDataset,
  testimonialDataset,
  // Last: migrations of data loaded by older code.
  priceHistogramsPacked,
];
/** The 10× table holds what the searches read (diagnostics are not searched): the base, then the grown part. */
const GROWN_TABLE_DATASETS = DATASETS.filter((d) => d !== diagnosticDataset);

mkdirSync(dataDir, { recursive: true });
const dynamo = await startDynamoDbLocal({ dataDir });
try {
  const config: AppConfig = {
    env: 'local',
    tableName: TABLE,
    dynamoEndpoint: dynamo.endpoint,
    awsRegion: 'eu-west-3',
    cursorSecret: 'bench',
    devTokenSecret: SECRET,
  };
  const db = createDocumentClient(config);
  await ensureTable(db, TABLE);
  const seedingStarted = performance.now();
  for (const dataset of DATASETS)
    console.log(`data set ${dataset.name}: ${await load(db, TABLE, dataset, now, 'base')}`);
  console.log(`1× table ready in ${fixed((performance.now() - seedingStarted) / 1000, 0)} s`);
  // `|` separates several parts: BENCH_ONLY="one application|dashboard".
  const OPERATIONS = operations(now).filter(
    (o) => !ONLY || ONLY.split('|').some((part) => o.name.includes(part)),
  );

  let handler = createGraphqlHandler({ config });
  const lowLevel = new LowLevel.DynamoDBClient({
    region: 'eu-west-3',
    endpoint: dynamo.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const lambdaContext = { awsRequestId: 'bench' } as LambdaContext;

  /** One call; `instrumented`: its requests recorded with the capacity they consumed (ReturnConsumedCapacity). */
  async function callOnce(op: BenchOperation, instrumented: boolean) {
    const headers: Record<string, string> = op.caller
      ? { authorization: `Bearer ${await signDevToken(op.caller, SECRET)}` }
      : {};
    const variables = typeof op.variables === 'function' ? op.variables() : op.variables;
    const event = apiEvent({ query: op.query, variables }, headers);
    // CPU of this process only: DynamoDB Local is another process.
    const cpu = process.cpuUsage();
    const started = performance.now();
    const { result, tally } = await withRequestTally(
      () => handler(event, lambdaContext),
      instrumented ? { record: true, capacity: true } : {},
    );
    const ms = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    const body = JSON.parse(result.body ?? '{}');
    if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors)}`);
    return { ms, cpuMs: (user + system) / 1000, tally };
  }

  async function measure(op: BenchOperation) {
    for (let i = 0; i < 20; i++) await callOnce(op, true);
    // First what the operation sends, consumes and allocates: its requests recorded with their capacity, under the GC
    // profiler. Timing them apart: both slow the handler, and the direct floor below has neither.
    const units = { read: 0, write: 0 };
    const requestCounts = new Set<number>();
    let recorded: { command: string; input: unknown }[] = [];
    // Heap allocated = growth of the used heap + what every collection in between freed.
    const gc = new GCProfiler();
    gc.start();
    const heapBefore = getHeapStatistics().used_heap_size;
    for (let i = 0; i < CALLS; i++) {
      const { tally } = await callOnce(op, true);
      units.read += tally.capacity!.read;
      units.write += tally.capacity!.write;
      requestCounts.add(tally.total);
      recorded = (tally.recorded ?? []).map(({ command, input }) => ({
        command,
        input: withoutCapacity(input),
      }));
      if (tally.byCommand.ScanCommand) throw new Error(`${op.name} sent a Scan`);
    }
    const heapAfter = getHeapStatistics().used_heap_size;
    const freed = (gc.stop()?.statistics ?? []).reduce(
      (sum, s) => sum + s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize,
      0,
    );
    // Then the time: each call through the handler followed by the floor, the same low-level requests sent directly
    // in the same order, so that both meet the same moment of the machine.
    const samples: number[] = [];
    const cpu: number[] = [];
    const direct: number[] = [];
    let billedMs = 0;
    for (let i = 0; i < CALLS; i++) {
      const { ms, cpuMs } = await callOnce(op, false);
      samples.push(ms);
      cpu.push(cpuMs);
      billedMs += Math.ceil(ms);
      const started = performance.now();
      for (const { command, input } of recorded) {
        const Command = (
          LowLevel as unknown as Record<string, new (input: unknown) => LowLevel.QueryCommand>
        )[command];
        if (!Command) throw new Error(`cannot replay ${command}`);
        try {
          await lowLevel.send(new Command(input));
        } catch (error) {
          // A replayed write meets its own earlier copy (attribute_not_exists): refused after the same round trip.
          if (!(op.mutation && error instanceof LowLevel.TransactionCanceledException)) throw error;
        }
      }
      direct.push(performance.now() - started);
    }
    return {
      handler: summarize(samples),
      direct: summarize(direct),
      cpu: summarize(cpu),
      heapKbPerOp: (heapAfter - heapBefore + freed) / CALLS / 1024,
      readUnits: units.read / CALLS,
      writeUnits: units.write / CALLS,
      billedMs: billedMs / CALLS,
      requests: [...requestCounts].sort((a, b) => a - b),
    };
  }

  const baseline = new Map<string, number>();
  const baselineRequests = new Map<string, number[]>();
  console.log(`\n${CALLS} calls per operation, one at a time, through the Lambda handler in-process\n`);
  console.log(
    '| operation | DynamoDB requests | p50 ms | p95 ms | p99 ms | ops/s | direct p50 ms | handler/direct |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  const costRows: string[] = [];
  for (const op of OPERATIONS) {
    const m = await measure(op);
    const cost = costPerMillion(m);
    costRows.push(
      `| ${op.name} | ${fixed(m.cpu.p50, 2)} | ${fixed(m.cpu.mean, 2)} | ${fixed(m.heapKbPerOp, 0)} | ${fixed(m.readUnits, 1)} | ${fixed(m.writeUnits, 1)} | ${fixed(m.billedMs, 1)} | ${fixed(cost.lambda, 2)} | ${fixed(cost.dynamo, 2)} | ${fixed(cost.total, 2)} |`,
    );
    baseline.set(op.name, m.handler.p50);
    baselineRequests.set(op.name, m.requests);
    const ok = Math.max(...m.requests) <= op.nestingDepth + 1 ? 'ok' : 'OVER';
    console.log(
      `| ${op.name} | ${m.requests.join('/')} (≤ ${op.nestingDepth + 1} ${ok}) | ${fixed(m.handler.p50, 2)} | ${fixed(m.handler.p95, 2)} | ${fixed(m.handler.p99, 2)} | ${fixed(m.handler.perSecond, 0)} | ${fixed(m.direct.p50, 2)} | ${fixed(m.handler.p50 / m.direct.p50, 2)} |`,
    );
  }

  console.log(
    `\nCost per million operations, USD, eu-west-3 prices of ${PRICES.date} (bench/cost.ts)\n\n| operation | CPU p50 ms | CPU mean ms | heap KB/op | RRU/op | WRU/op | billed ms/op | Lambda $/M | DynamoDB $/M | total $/M |\n|---|---|---|---|---|---|---|---|---|---|\n${costRows.join('\n')}`,
  );

  if (GROWN) await grownTable();
  async function grownTable() {
    await ensureTable(db, TABLE_10X);
    const grownStarted = performance.now();
    for (const dataset of GROWN_TABLE_DATASETS) {
      console.log(`data set ${dataset.name} (10× table): ${await load(db, TABLE_10X, dataset, now, 'base')}`);
      if (dataset.grow)
        console.log(`  searched part ×10: ${await load(db, TABLE_10X, dataset, now, 'grown')}`);
    }
    console.log(`10× table ready in ${fixed((performance.now() - grownStarted) / 1000, 0)} s`);
    handler = createGraphqlHandler({ config: { ...config, tableName: TABLE_10X } });
    console.log(
      '\n| search | requests 1× | requests 10× | p50 1× ms | p50 10× ms | 10×/1× |\n|---|---|---|---|---|---|',
    );
    for (const op of OPERATIONS.filter((o) => o.search)) {
      const grown = await measure(op);
      const before = baseline.get(op.name)!;
      console.log(
        `| ${op.name} | ${baselineRequests.get(op.name)!.join('/')} | ${grown.requests.join('/')} | ${fixed(before, 2)} | ${fixed(grown.handler.p50, 2)} | ${fixed(grown.handler.p50 / before, 2)} |`,
      );
    }
  }

  // Bundle size and cold start against the GetItem-only floor (bench/cold-start.ts).
  if (!ONLY) await bundleAndColdStart(dynamo.endpoint, TABLE);
  // Notification fan-out: DynamoDB requests per notification and the notifier's cost per 1,000 (bench/notifications.ts).
  if (!ONLY) await benchNotifications(db, TABLE);
  db.destroy();
  lowLevel.destroy();
} finally {
  await dynamo.stop();
}

/** The recorded request without the capacity report the bench asked for, as the handler sends it. */
function withoutCapacity(input: unknown): unknown {
  const { ReturnConsumedCapacity: _asked, ...rest } = input as Record<string, unknown>;
  return rest;
}
