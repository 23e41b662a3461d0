// The fixed cost of a request: a query that reads nothing (`{ __typename }`), through the handler in-process, so
// what is measured is the Lambda integration, Apollo's pipeline, the token check, the context and the log line, not
// DynamoDB. `NODE_ENV=production tsx bench/fixed-cost.ts`: CPU µs per call, anonymous and signed in, text and
// persisted (trusted) document. An in-memory DynamoDB Local holds the table (only the signed-in caller's account is
// written, once).
import type { Context as LambdaContext } from 'aws-lambda';
import { createHash } from 'node:crypto';
import { signDevToken } from '../functions/shared/auth.js';
import { createGraphqlHandler } from '../functions/graphql/server.js';
import { logger } from '../functions/shared/logger.js';
import { createDocumentClient } from '../functions/shared/dynamo.js';
import { ensureTable } from '../functions/shared/table.js';
import { startDynamoDbLocal } from '../scripts/local/dynamodb-local.js';
import { apiEvent } from '../test/support/api.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
if (process.env.BENCH_LOG !== '1') logger.setLogLevel('SILENT');
const SECRET = 'bench-token-secret';
const CALLS = Number(process.env.BENCH_CALLS ?? 5000);
const QUERY = 'query Fixed { __typename }';
const hash = createHash('sha256').update(QUERY).digest('hex');
const dynamo = await startDynamoDbLocal();
const config = {
  env: 'local' as const,
  tableName: 'fixed-cost',
  dynamoEndpoint: dynamo.endpoint,
  awsRegion: 'eu-west-3',
  cursorSecret: 'bench',
  devTokenSecret: SECRET,
};
await ensureTable(createDocumentClient(config), config.tableName);
const handler = createGraphqlHandler({ config, documents: new Map([[hash, QUERY]]) });
const token = await signDevToken({ role: 'REGION_AGENT', sub: 'bench', regionCode: '84' }, SECRET);
const cases: [string, object, Record<string, string>][] = [
  ['anonymous, text', { query: QUERY }, {}],
  ['anonymous, persisted', { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, {}],
  [
    'signed in, persisted',
    { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
    { authorization: `Bearer ${token}` },
  ],
];
const lambdaContext = { awsRequestId: 'fixed' } as LambdaContext;
for (let round = 0; round < 3; round++) {
  for (const [name, body, headers] of cases) {
    for (let i = 0; i < 500; i++) await handler(apiEvent(body, headers), lambdaContext);
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < CALLS; i++) {
      const result = await handler(apiEvent(body, headers), lambdaContext);
      if (result.statusCode !== 200) throw new Error(result.body);
    }
    const { user, system } = process.cpuUsage(cpu);
    console.log(
      `${name}: ${((user + system) / CALLS).toFixed(0)} µs CPU, ${((1000 * (performance.now() - started)) / CALLS).toFixed(0)} µs wall per call`,
    );
  }
}
await dynamo.stop();
