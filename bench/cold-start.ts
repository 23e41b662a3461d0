// Bundle size and cold start of the GraphQL Lambda against a bare GetItem handler (part of `npm run bench`).
// Alone, against an in-memory DynamoDB Local: `npx tsx bench/cold-start.ts` (COLD_RUNS=15 for more samples).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { webAppDocuments } from '../functions/graphql/trusted-documents.js';
import { PUBLIC_GRAPHQL_PATH } from '../functions/graphql/cache-policy.js';
import { bundle } from './bundle.js';
import { fixed } from './stats.js';

const RUNS = Number(process.env.COLD_RUNS ?? 7);
/**
 * `COLD_LAMBDA_FLAGS=1`: start each process with the flags Lambda's Node bootstrap passes for 1,024 MB (the published
 * bootstraps'; they make V8 refuse Node's built-in code cache, about 20 ms more for both bundles). Node's defaults
 * otherwise.
 */
const LAMBDA_NODE_FLAGS = process.env.COLD_LAMBDA_FLAGS
  ? ['--expose-gc', '--max-semi-space-size=51', '--max-old-space-size=922']
  : [];
const OUT_DIR = resolve('.data/bench-out');

/**
 * The first request as it reaches a new instance on AWS: the web app's connecteur search, anonymous, by its trusted
 * document's hash over GET on the public path.
 */
export function publicSearchEvent() {
  const operation = /^query ConnecteurSearch\b/;
  const hash = [...webAppDocuments].find(([, text]) => operation.test(text))?.[0];
  if (!hash) throw new Error('ConnecteurSearch is not in the web app’s manifest');
  const search = new URLSearchParams({
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
    variables: JSON.stringify({ filter: { departementCode: '69' }, first: 20 }),
  });
  const http = {
    method: 'GET',
    path: PUBLIC_GRAPHQL_PATH,
    protocol: 'HTTP/1.1',
    sourceIp: '127.0.0.1',
    userAgent: 'bench',
  };
  return {
    version: '2.0',
    routeKey: `GET ${PUBLIC_GRAPHQL_PATH}`,
    rawPath: PUBLIC_GRAPHQL_PATH,
    rawQueryString: search.toString(),
    queryStringParameters: Object.fromEntries(search),
    headers: { accept: 'application/json' },
    requestContext: {
      http,
      requestId: 'cold-start',
      routeKey: `GET ${PUBLIC_GRAPHQL_PATH}`,
      stage: '$default',
    },
    isBase64Encoded: false,
  };
}

/**
 * Both functions run as on Lambda: the AWS configuration (trusted documents only, Cognito verifier, metrics), the
 * SDK configured by the environment (credentials, region; the endpoint is DynamoDB Local's), nothing else inherited.
 */
export function lambdaEnvironment(dynamoEndpoint: string, tableName: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    CC_ENV: 'aws',
    TABLE_NAME: tableName,
    COGNITO_USER_POOL_ID: 'eu-west-3_bench',
    COGNITO_CLIENT_ID: 'bench',
    CURSOR_SECRET: 'bench',
    POWERTOOLS_SERVICE_NAME: 'croissance-connectee',
    AWS_REGION: 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

/** One cold start: wall time of the whole process, its parts, and the CPU the process used (ms). */
export type ColdStart = { total: number; load: number; first: number; cpu: number };

export async function bundleAndColdStart(dynamoEndpoint: string, tableName: string) {
  const graphql = await bundle('functions/graphql/handler.ts', resolve(OUT_DIR, 'graphql'));
  const minimal = await bundle('bench/minimal-handler.ts', resolve(OUT_DIR, 'minimal'));
  console.log(
    `\nLambda bundle (minified): ${fixed(graphql.bytes / 1024, 0)} KiB (target ≤ 1536 KiB), ${graphql.files.join(', ')}`,
  );
  const env = lambdaEnvironment(dynamoEndpoint, tableName);
  const graphqlCold = await coldStart(graphql.entry, publicSearchEvent(), env);
  const minimalCold = await coldStart(minimal.entry, {}, env);
  const line = (c: ColdStart) =>
    `${fixed(c.total, 0)} ms (load ${fixed(c.load, 0)} + first answer ${fixed(c.first, 0)}; CPU ${fixed(c.cpu, 0)} ms)`;
  console.log(
    `Cold start, new process → first DynamoDB-backed answer (medians of ${RUNS}): GraphQL ${line(graphqlCold)}, ` +
      `GetItem-only ${line(minimalCold)}; ratio ${fixed(graphqlCold.total / minimalCold.total, 2)}, ` +
      `CPU ratio ${fixed(graphqlCold.cpu / minimalCold.cpu, 2)} (target ≤ 1.5)`,
  );
  return { bytes: graphql.bytes, graphql: graphqlCold, minimal: minimalCold };
}

/** The median of RUNS cold starts (bench/cold-ab.ts compares bundles by their means). */
async function coldStart(file: string, event: object, env: NodeJS.ProcessEnv): Promise<ColdStart> {
  const samples: ColdStart[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await coldStartOnce(file, event, env));
  const median = (pick: (s: ColdStart) => number) => samples.map(pick).sort((a, b) => a - b)[RUNS >> 1]!;
  return {
    total: median((s) => s.total),
    load: median((s) => s.load),
    first: median((s) => s.first),
    cpu: median((s) => s.cpu),
  };
}

/** Spawns a fresh Node process that loads the bundle as Lambda's runtime loads a CommonJS handler (`require`) and
 * answers one event. */
export async function coldStartOnce(file: string, event: object, env: NodeJS.ProcessEnv): Promise<ColdStart> {
  const script = `const t0 = performance.now();
const { handler } = require(${JSON.stringify(file)});
const t1 = performance.now();
handler(${JSON.stringify(event)}, { awsRequestId: 'cold-start' }).then((r) => {
  const t2 = performance.now();
  const cpu = process.cpuUsage();
  process.stdout.write('@@COLD@@' + JSON.stringify({ load: t1 - t0, first: t2 - t1, cpu: (cpu.user + cpu.system) / 1000, status: r.statusCode, body: r.body }));
  process.exit(0);
});`;
  const started = performance.now();
  const output = await new Promise<string>((done) => {
    const child = spawn(process.execPath, [...LAMBDA_NODE_FLAGS, '-e', script], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('exit', () => done(out));
  });
  const total = performance.now() - started;
  const marked = output.split('@@COLD@@')[1];
  const parsed = marked
    ? (JSON.parse(marked) as Omit<ColdStart, 'total'> & { status: number; body: string })
    : undefined;
  if (parsed?.status !== 200 || /"errors"/.test(parsed.body))
    throw new Error(`cold start of ${file}: ${output}`);
  return { total, load: parsed.load, first: parsed.first, cpu: parsed.cpu };
}

/** Runs `measure` against an in-memory DynamoDB Local holding an empty table (the first request finds nothing). */
export async function withEmptyTable(
  tableName: string,
  measure: (dynamoEndpoint: string) => Promise<unknown>,
) {
  const { startDynamoDbLocal } = await import('../scripts/local/dynamodb-local.js');
  const { createDocumentClient } = await import('../functions/shared/dynamo.js');
  const { ensureTable } = await import('../functions/shared/table.js');
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const dynamo = await startDynamoDbLocal();
  try {
    const db = createDocumentClient({ dynamoEndpoint: dynamo.endpoint, awsRegion: 'eu-west-3' });
    await ensureTable(db, tableName);
    db.destroy();
    await measure(dynamo.endpoint);
  } finally {
    await dynamo.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await withEmptyTable('cold-start', (endpoint) => bundleAndColdStart(endpoint, 'cold-start'));
