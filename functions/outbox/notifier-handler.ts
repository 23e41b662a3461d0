import type { DynamoDBStreamEvent, ScheduledEvent } from 'aws-lambda';
import { digestRunner, notificationHandler } from '../notifications/index.js';
import { systemClock } from '../shared/clock.js';
import { DEFAULT_TABLE_NAME } from '../shared/config.js';
import { createDocumentClient } from '../shared/dynamo.js';
import { OUTBOX_KINDS } from '../shared/outbox.js';
import { consumeOutbox } from './consumer.js';

// Created once per container.
const tableName = process.env.NOTIFIER_TABLE_NAME || DEFAULT_TABLE_NAME;
const db = createDocumentClient({ awsRegion: process.env.AWS_REGION || 'eu-west-3' });
const handlers = { [OUTBOX_KINDS.notification]: notificationHandler() };
const digests = digestRunner();

/**
 * AWS Lambda entry point of the notifier (infra/notifications.ts): the table's stream filtered to outbox items of kind
 * NOTIFICATION, through the same consumer as the other kinds (partial batch failures, idempotent); and, once a day,
 * the agents' and moderators' digests.
 */
export const handler = (event: DynamoDBStreamEvent | ScheduledEvent) =>
  'Records' in event
    ? consumeOutbox({ db, tableName, handlers, clock: systemClock }, event)
    : digests({ db, tableName, now: systemClock() });
