// One operation through the handler, many times, for `node --cpu-prof --import tsx bench/profile.ts`, against a
// DynamoDB Local already holding the bench data (DYNAMODB_ENDPOINT); then `tsx bench/profile-summary.ts <file>`.
import { signDevToken } from '../functions/shared/auth.js';
import { createGraphqlHandler } from '../functions/graphql/server.js';
import { logger } from '../functions/shared/logger.js';
import { apiEvent } from '../test/support/api.js';
import { operations } from './operations.js';
import type { Context as LambdaContext } from 'aws-lambda';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
logger.setLogLevel('SILENT');
const SECRET = 'bench-token-secret';
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
  ? { authorization: `Bearer ${signDevToken(op.caller, SECRET)}` }
  : {};
const calls = Number(process.env.BENCH_CALLS ?? 1000);
let cpuMs = 0;
for (let i = 0; i < calls; i++) {
  const variables = typeof op.variables === 'function' ? op.variables() : op.variables;
  const cpu = process.cpuUsage();
  const result = await handler(apiEvent({ query: op.query, variables }, headers), {
    awsRequestId: 'profile',
  } as LambdaContext);
  const used = process.cpuUsage(cpu);
  if (i >= 50) cpuMs += (used.user + used.system) / 1000;
  if (JSON.parse(result.body ?? '{}').errors) throw new Error(result.body);
}
console.log(`${op.name}: ${(cpuMs / (calls - 50)).toFixed(2)} ms CPU per call`);
