import type { DynamoDBStreamEvent } from 'aws-lambda';
import { systemClock } from '../shared/clock.js';
import { DEFAULT_TABLE_NAME } from '../shared/config.js';
import { createDocumentClient } from '../shared/dynamo.js';
import { consumeOutbox } from './consumer.js';
import { outboxHandlers } from './handlers.js';

// Created once per container.
const tableName = process.env.OUTBOX_TABLE_NAME || DEFAULT_TABLE_NAME;
const db = createDocumentClient({ awsRegion: process.env.AWS_REGION || 'eu-west-3' });

/** AWS Lambda entry point: the table's stream, filtered to inserted outbox items (infra/outbox.ts). */
export const handler = (event: DynamoDBStreamEvent) =>
  consumeOutbox({ db, tableName, handlers: outboxHandlers, clock: systemClock }, event);
