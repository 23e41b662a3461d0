// Notification delivery figures for `npm run bench` (bench/run.ts calls benchNotifications), or alone:
// npx tsx bench/notifications.ts (starts its own in-memory DynamoDB Local).
import { pathToFileURL } from 'node:url';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { consumeOutbox, streamEventOfItems } from '../functions/outbox/index.js';
import {
  notificationHandler,
  NotificationStore,
  type MailTransport,
} from '../functions/notifications/index.js';
import { createDocumentClient, withRequestTally } from '../functions/shared/dynamo.js';
import { logger } from '../functions/shared/logger.js';
import { notificationPart, type NotificationEvent } from '../functions/shared/notifications.js';
import { OUTBOX_KINDS, outboxKey } from '../functions/shared/outbox.js';
import { batchGetItems } from '../functions/shared/batch.js';
import { ensureTable } from '../functions/shared/table.js';
import { startDynamoDbLocal } from '../scripts/local/dynamodb-local.js';
import { PRICES } from './cost.js';
import { fixed } from './stats.js';

type Scenario = { name: string; recipients: number; event: (i: number) => NotificationEvent };

export async function benchNotifications(db: DynamoDBDocumentClient, tableName: string): Promise<void> {
  const store = new NotificationStore(db, tableName);
  const run = `bench-${Date.now().toString(36)}`;
  const region = `9${String(Date.now() % 90).padStart(2, '0')}`;
  for (let i = 0; i < 10; i++)
    await store.recordAccount({
      sub: `${run}-agent-${i}`,
      role: 'REGION_AGENT',
      regionCode: region,
      email: `${run}-agent-${i}@bench.example`,
      seenAt: new Date().toISOString(),
    });
  for (let i = 0; i < 10; i++)
    await store.recordAccount({
      sub: `${run}-pme-${i}`,
      role: 'PME',
      email: `${run}-pme-${i}@bench.example`,
      seenAt: new Date().toISOString(),
    });
  let sent = 0;
  const transport: MailTransport = { send: async () => void sent++ };
  const handlers = {
    [OUTBOX_KINDS.notification]: notificationHandler({
      transport,
      config: {
        webUrl: 'https://bench.example',
        unsubscribeUrl: 'https://bench.example/desabonnement',
        unsubscribeSecret: 'bench',
        from: 'bench@bench.example',
        transport: { kind: 'files', dir: '/dev/null' },
      },
    }),
  };
  const scenarios: Scenario[] = [
    {
      name: 'one account, e-mail now',
      recipients: 1,
      event: (i) => ({
        id: `${run}-a-${i}`,
        category: 'FOLLOW',
        recipient: { kind: 'ACCOUNT', sub: `${run}-pme-${i % 10}` },
        title: 'Suivi',
        body: 'Un connecteur vous suit.',
        link: '/entreprise',
      }),
    },
    {
      name: 'agents of a region (10), digest',
      recipients: 10,
      event: (i) => ({
        id: `${run}-r-${i}`,
        category: 'SUBSIDY_SUBMITTED',
        recipient: { kind: 'REGION_AGENTS', regionCode: region },
        title: 'Dossier déposé',
        body: 'Un dossier attend.',
        link: '/region',
      }),
    },
  ];
  console.log('\nNotification delivery (the notifier on one outbox item, as the stream delivers it)\n');
  console.log(
    '| notification | recipients | DynamoDB requests | e-mails sent now | cost per 1,000 notifications (USD) |',
  );
  console.log('|---|---|---|---|---|');
  for (const scenario of scenarios) {
    const rounds = 20;
    let requests = 0;
    let units = { read: 0, write: 0 };
    sent = 0;
    for (let i = 0; i < rounds; i++) {
      const event = scenario.event(i);
      await db.send(
        new TransactWriteCommand({
          TransactItems: [notificationPart(event, { tableName, at: new Date().toISOString() }).item],
        }),
      );
      const [item] = await batchGetItems<Record<string, unknown>>(db, tableName, [
        outboxKey(`NOTIFY#${event.id}`),
      ]);
      const { tally } = await withRequestTally(() =>
        consumeOutbox({ db, tableName, handlers, clock: () => new Date() }, streamEventOfItems([item!])),
      );
      requests += tally.total;
      // Units: a transaction item costs 2 write units (items ≤ 1 KB); other writes 1; reads counted 1 each.
      const itemsPerTransaction = scenario.name.includes('digest') ? 3 : 2;
      const transactions = tally.byCommand.TransactWriteCommand ?? 0;
      const singleWrites = (tally.byCommand.UpdateCommand ?? 0) + (tally.byCommand.DeleteCommand ?? 0);
      const writes = transactions * 2 * itemsPerTransaction + singleWrites;
      const reads = tally.total - transactions - singleWrites;
      units = { read: units.read + reads, write: units.write + writes };
    }
    const perNotification = { read: units.read / rounds, write: units.write / rounds };
    const lambdaSeconds = 0.05 * 0.5; // ~50 ms at 512 MB per notification, measured locally per batch item
    const cost =
      1000 *
      ((perNotification.write * PRICES.dynamoPerMillionWriteUnits) / 1e6 +
        (perNotification.read * PRICES.dynamoPerMillionReadUnits) / 1e6 +
        (sent / rounds) * (PRICES.sesPerThousandEmails / 1000) +
        lambdaSeconds * PRICES.lambdaArmPerGbSecond);
    console.log(
      `| ${scenario.name} | ${scenario.recipients} | ${fixed(requests / rounds, 1)} | ${fixed(sent / rounds, 1)} | ${fixed(cost, 3)} |`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  logger.setLogLevel('SILENT');
  const dynamo = await startDynamoDbLocal();
  const db = createDocumentClient({ awsRegion: 'eu-west-3', dynamoEndpoint: dynamo.endpoint });
  const tableName = 'croissance-connectee-bench-notifications';
  await ensureTable(db, tableName);
  try {
    await benchNotifications(db, tableName);
  } finally {
    await dynamo.stop();
  }
}
