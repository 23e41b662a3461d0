import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { notifierConfigFromEnv, type NotifierConfig } from './config.js';
import { transportFor, type MailTransport } from './mail-transport.js';
import { deliverNotification, sendDigests } from './notifier.js';
import { storePeers } from './peers.js';
import { NotificationStore } from './store.js';

/** What the outbox consumer gives a handler (functions/outbox/consumer.ts `OutboxContext`, same shape). */
type DeliveryContext = { db: DynamoDBDocumentClient; tableName: string; now: Date };

export type NotifierOptions = { config?: NotifierConfig; transport?: MailTransport; awsRegion?: string };

/** The configuration and transport, from the environment unless given, built on first use and kept. */
function lazyNotifier(options: NotifierOptions) {
  let config = options.config;
  let transport = options.transport;
  return () => {
    config ??= notifierConfigFromEnv();
    transport ??= transportFor(config.transport, options.awsRegion ?? process.env.AWS_REGION ?? 'eu-west-3');
    return { config, transport };
  };
}

/** The outbox handler of kind NOTIFICATION (functions/outbox/handlers.ts registers it). */
export function notificationHandler(options: NotifierOptions = {}) {
  const notifier = lazyNotifier(options);
  return (payload: unknown, context: DeliveryContext) =>
    deliverNotification(
      {
        ...notifier(),
        store: new NotificationStore(context.db, context.tableName),
        peers: storePeers(context.db, context.tableName),
        now: context.now,
      },
      payload,
    );
}

/** The daily digest run (AWS: a schedule on the notifier function; locally: a timer of npm start). */
export function digestRunner(options: NotifierOptions = {}) {
  const notifier = lazyNotifier(options);
  return (context: DeliveryContext) =>
    sendDigests({
      ...notifier(),
      store: new NotificationStore(context.db, context.tableName),
      now: context.now,
    });
}
