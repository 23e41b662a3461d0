import type { SNSEvent } from 'aws-lambda';
import { DEFAULT_TABLE_NAME } from '../shared/config.js';
import { createDocumentClient } from '../shared/dynamo.js';
import { suppressFromSesNotification } from './bounces.js';
import { NotificationStore } from './store.js';

// Created once per container.
const store = new NotificationStore(
  createDocumentClient({ awsRegion: process.env.AWS_REGION || 'eu-west-3' }),
  process.env.NOTIFIER_TABLE_NAME || DEFAULT_TABLE_NAME,
);

/** AWS Lambda entry point: SES bounces and complaints, through SNS (infra/notifications.ts). */
export const handler = async (event: SNSEvent) => {
  for (const record of event.Records)
    await suppressFromSesNotification(store, record.Sns.Message, new Date());
};
