import { AsyncLocalStorage } from 'node:async_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppConfig } from './config.js';
import { withIdempotentWrites } from './idempotent-writes.js';
import { createReadTransport, dynamoEndpointOf, type ReadTransport } from './read-transport.js';
import { dynamoClientSettings } from './retry-budget.js';

/** DynamoDB requests issued while serving one GraphQL operation; `recorded` keeps them when asked (benchmarks). */
export type RequestTally = {
  total: number;
  byCommand: Record<string, number>;
  recorded?: { command: string; input: unknown }[];
  /** Capacity units DynamoDB reports (`ReturnConsumedCapacity: TOTAL`), when asked (benchmarks). */
  capacity?: { read: number; write: number };
};

const operationTally = new AsyncLocalStorage<RequestTally>();
const processTally: RequestTally = { total: 0, byCommand: {} };

/** Runs `fn` with a tally of the DynamoDB requests it sends (one tally per GraphQL operation). */
export function withRequestTally<T>(
  fn: () => Promise<T>,
  options: { record?: boolean; capacity?: boolean } = {},
): Promise<{ result: T; tally: RequestTally }> {
  // Nested calls share the outer tally, so a benchmark can record what the handler sends.
  const outer = operationTally.getStore();
  if (outer) return fn().then((result) => ({ result, tally: outer }));
  const tally: RequestTally = {
    total: 0,
    byCommand: {},
    ...(options.record ? { recorded: [] } : {}),
    ...(options.capacity ? { capacity: { read: 0, write: 0 } } : {}),
  };
  return operationTally.run(tally, async () => ({ result: await fn(), tally }));
}

export const currentRequestTally = (): RequestTally | undefined => operationTally.getStore();

/** Every request this process sent, by command name (tests assert no Scan is ever sent). */
export const processRequestTally = (): Readonly<RequestTally> => processTally;

function count(tally: RequestTally, command: string) {
  tally.total += 1;
  tally.byCommand[command] = (tally.byCommand[command] ?? 0) + 1;
}

type Consumed = { ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number };

/** Sums what one answer consumed: one object (Get, Query, Put…) or one per table (batches, transactions). */
function addCapacity(sum: { read: number; write: number }, consumed: unknown, command: string) {
  const write = /Put|Update|Delete|Write/.test(command);
  for (const c of (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) as Consumed[]) {
    sum.read += c.ReadCapacityUnits ?? 0;
    sum.write += c.WriteCapacityUnits ?? 0;
    // Only the total may be given: a read's units are read units, a write's write units.
    if (c.ReadCapacityUnits === undefined && c.WriteCapacityUnits === undefined)
      sum[write ? 'write' : 'read'] += c.CapacityUnits ?? 0;
  }
}

export function createDocumentClient(
  config: Pick<AppConfig, 'dynamoEndpoint' | 'awsRegion' | 'dynamoClient'>,
): DynamoDBDocumentClient {
  const settings = dynamoClientSettings(config);
  const client = new DynamoDBClient({
    region: config.awsRegion,
    // Chosen, not defaults: docs/reliability.md (timeouts within the Lambda's budget, retries with jitter).
    maxAttempts: settings.maxAttempts,
    retryMode: 'standard',
    requestHandler: {
      connectionTimeout: settings.connectionTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
    },
    ...(config.dynamoEndpoint
      ? { endpoint: config.dynamoEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  // Paid on every request, needed by none (docs/performance.md): the SDK's user-agent header (its telemetry), the
  // X-Ray trace header copied from the environment (recursion detection: the stack has no X-Ray tracing), and the
  // SDK's logging of each request (no logger is given to the client).
  for (const name of ['getUserAgentMiddleware', 'recursionDetectionMiddleware', 'loggerMiddleware'])
    client.middlewareStack.remove(name);
  client.middlewareStack.add(
    (next, context) => (args) =>
      tallied(context.commandName ?? 'UnknownCommand', args.input as Record<string, unknown>, () =>
        next(args),
      ),
    { step: 'initialize', name: 'requestTally' },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      // After marshalling: the low-level command and input, replayable as is.
      operationTally.getStore()?.recorded?.push({ command: context.commandName ?? '', input: args.input });
      return next(args);
    },
    { step: 'serialize', name: 'requestRecorder' },
  );
  // A lost answer must not turn a write into an error or a second effect: idempotent-writes.ts.
  const db = withIdempotentWrites(
    DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true },
    }),
  );
  const transport = createReadTransport({
    endpoint: dynamoEndpointOf(config),
    region: config.awsRegion,
    credentials: () => client.config.credentials(),
    settings,
  });
  // The client's destroy() closes the read transport's connections too (scripts and tests make and drop clients).
  const destroyClient = db.destroy.bind(db);
  db.destroy = () => {
    transport.destroy();
    destroyClient();
  };
  readTransports.set(db, (command, input) =>
    tallied(`${command}Command`, input, async () => {
      operationTally.getStore()?.recorded?.push({ command: `${command}Command`, input });
      return { output: await transport(command, input) };
    }).then(({ output }) => output),
  );
  return db;
}

const readTransports = new WeakMap<DynamoDBDocumentClient, ReadTransport>();

/** The reads of shared/reads.ts for a client createDocumentClient made (read-transport.ts). */
export function readTransportOf(db: DynamoDBDocumentClient): ReadTransport {
  const transport = readTransports.get(db);
  if (!transport) throw new Error('DynamoDB client not made by createDocumentClient: no read transport');
  return transport;
}

/**
 * Counts one request in the process's and the operation's tallies, and when asked (benchmarks) what it consumed:
 * the same for the SDK's requests (a middleware) and the read transport's.
 */
async function tallied<T extends { output: unknown }>(
  command: string,
  input: Record<string, unknown>,
  send: () => Promise<T>,
): Promise<T> {
  count(processTally, command);
  const tally = operationTally.getStore();
  if (!tally) return send();
  count(tally, command);
  if (!tally.capacity) return send();
  input.ReturnConsumedCapacity = 'TOTAL';
  const answer = await send();
  addCapacity(tally.capacity, (answer.output as { ConsumedCapacity?: unknown }).ConsumedCapacity, command);
  return answer;
}
