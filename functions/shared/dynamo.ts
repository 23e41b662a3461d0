import { AsyncLocalStorage } from 'node:async_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppConfig } from './config.js';

/** DynamoDB requests issued while serving one GraphQL operation. */
export type RequestTally = { total: number; byCommand: Record<string, number> };

const operationTally = new AsyncLocalStorage<RequestTally>();
const processTally: RequestTally = { total: 0, byCommand: {} };

/** Runs `fn` with its own tally of DynamoDB requests (one per GraphQL operation). */
export function withRequestTally<T>(fn: () => Promise<T>): Promise<{ result: T; tally: RequestTally }> {
  const tally: RequestTally = { total: 0, byCommand: {} };
  return operationTally.run(tally, async () => ({ result: await fn(), tally }));
}

export const currentRequestTally = (): RequestTally | undefined => operationTally.getStore();

/** Every request this process sent, by command name (tests assert no Scan is ever sent). */
export const processRequestTally = (): Readonly<RequestTally> => processTally;

function count(tally: RequestTally, command: string) {
  tally.total += 1;
  tally.byCommand[command] = (tally.byCommand[command] ?? 0) + 1;
}

export function createDocumentClient(
  config: Pick<AppConfig, 'dynamoEndpoint' | 'awsRegion'>,
): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: config.awsRegion,
    ...(config.dynamoEndpoint
      ? { endpoint: config.dynamoEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? 'UnknownCommand';
      count(processTally, command);
      const tally = operationTally.getStore();
      if (tally) count(tally, command);
      return next(args);
    },
    { step: 'initialize', name: 'requestTally' },
  );
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
