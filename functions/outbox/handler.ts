import type { DynamoDBStreamEvent } from 'aws-lambda';
import { systemClock } from '../shared/clock.js';
import { DEFAULT_TABLE_NAME } from '../shared/config.js';
import { createDocumentClient } from '../shared/dynamo.js';
import { consumeOutbox } from './consumer.js';
import { consumerHandlers } from './consumer-handlers.js';

// Created once per container.
const tableName = process.env.OUTBOX_TABLE_NAME || DEFAULT_TABLE_NAME;
const db = createDocumentClient({ awsRegion: process.env.AWS_REGION || 'eu-west-3' });

/**
 * AWS Lambda entry point: the table's stream, filtered to inserted outbox items other than notifications, which the
 * notifier function runs (infra/outbox.ts, infra/notifications.ts).
 */
export const handler = (event: DynamoDBStreamEvent) =>
  consumeOutbox({ db, tableName, handlers: consumerHandlers, clock: systemClock }, event);
