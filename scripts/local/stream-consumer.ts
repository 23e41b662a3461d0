import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../../functions/shared/logger.js';

export type StreamConsumerOptions = {
  db: DynamoDBDocumentClient;
  tableName: string;
  /** DynamoDB Local's endpoint (its streams answer on the same one). */
  endpoint: string;
  region?: string;
  /** The stream handler, as Lambda would call it: functions/outbox `consumeOutbox`. */
  handle: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;
  intervalMs?: number;
  /** Deliveries of a failing record before it is skipped (AWS: retry attempts, then the failure queue). */
  maxAttempts?: number;
};

/** A stream record as the Lambda event carries it (same attribute value shapes). */
const lambdaRecordOf = (record: StreamRecord, streamArn: string): DynamoDBRecord =>
  ({
    eventID: record.eventID,
    eventName: record.eventName,
    eventSource: 'aws:dynamodb',
    eventSourceARN: streamArn,
    dynamodb: record.dynamodb,
  }) as DynamoDBRecord;

/**
 * The local stand-in for the Lambda event source mapping (infra/outbox.ts): polls DynamoDB Local's stream of the
 * table from its oldest record and feeds the same handler; a record reported in `batchItemFailures` is read again
 * from its position (up to `maxAttempts` deliveries, then skipped with a log). Returns the function that stops it.
 */
export function startStreamConsumer(options: StreamConsumerOptions): () => Promise<void> {
  const intervalMs = options.intervalMs ?? 500;
  const maxAttempts = options.maxAttempts ?? 5;
  const streams = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: options.region ?? 'eu-west-3',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  /** Per shard: the iterator to read next (null: closed and read to its end). */
  const iterators = new Map<string, string | null>();
  const attempts = new Map<string, number>();
  let streamArn: string | undefined;
  let stopped = false;

  const iteratorAt = async (
    shardId: string,
    type: 'TRIM_HORIZON' | 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER',
    sequence?: string,
  ) =>
    (
      await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: type,
          ...(sequence ? { SequenceNumber: sequence } : {}),
        }),
      )
    ).ShardIterator ?? null;

  const discoverShards = async () => {
    streamArn ??= (await options.db.send(new DescribeTableCommand({ TableName: options.tableName }))).Table
      ?.LatestStreamArn;
    if (!streamArn) return;
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      if (shard.ShardId && !iterators.has(shard.ShardId))
        iterators.set(shard.ShardId, await iteratorAt(shard.ShardId, 'TRIM_HORIZON'));
    }
  };

  const readShard = async (shardId: string, iterator: string) => {
    const { Records = [], NextShardIterator } = await streams.send(
      new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }),
    );
    if (Records.length === 0) {
      iterators.set(shardId, NextShardIterator ?? null);
      return false;
    }
    const answer = await options.handle({ Records: Records.map((r) => lambdaRecordOf(r, streamArn!)) });
    const failed = answer.batchItemFailures.map((f) => f.itemIdentifier).sort()[0];
    if (!failed) {
      iterators.set(shardId, NextShardIterator ?? null);
      return true;
    }
    const tries = (attempts.get(failed) ?? 0) + 1;
    attempts.set(failed, tries);
    if (tries < maxAttempts)
      return iterators.set(shardId, await iteratorAt(shardId, 'AT_SEQUENCE_NUMBER', failed));
    logger.error('outbox record skipped after every attempt', { sequenceNumber: failed, attempts: tries });
    attempts.delete(failed);
    iterators.set(shardId, await iteratorAt(shardId, 'AFTER_SEQUENCE_NUMBER', failed));
    return true;
  };

  const poll = async () => {
    await discoverShards();
    for (const shardId of iterators.keys()) {
      // Catch up: read the shard until it has nothing more for now.
      for (let iterator = iterators.get(shardId); iterator && !stopped; iterator = iterators.get(shardId)) {
        if (!(await readShard(shardId, iterator))) break;
      }
    }
  };

  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = poll()
      .catch((error: Error) => logger.warn('stream poll failed', { error: error.message }))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
    streams.destroy();
  };
}
