// npm start: DynamoDB Local (or DYNAMODB_ENDPOINT), the table, the demo data, the Lambda handler over HTTP and
// the web app (built first when client/dist is missing or older than its sources).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configFromEnv } from '../functions/shared/config.js';
import { createDocumentClient } from '../functions/shared/dynamo.js';
import { logger } from '../functions/shared/logger.js';
import { ensureTable } from '../functions/shared/table.js';
import { createGraphqlHandler } from '../functions/graphql/server.js';
import { DEMO_USERS, seedDemoData } from './demo/seed.js';
import { JavaMissingError, startDynamoDbLocal, type RunningDynamoDb } from './local/dynamodb-local.js';
import { ClientBuildError, CLIENT_DIST, ensureClientBuilt } from './local/client-build.js';
import { demoUsersWithTokens } from './local/dev-users.js';
import { demoSiretOf } from './demo/identity.js';
import { createLocalServer } from './local/http-adapter.js';
import { localDocumentStorage } from '../functions/graphql/documents.js';
import { startPublicationTimer } from './local/publication.js';
import { startReminderTimer } from './local/reminders.js';
import { startStreamConsumer } from './local/stream-consumer.js';
import { consumeOutbox, outboxHandlers } from '../functions/outbox/index.js';
import { systemClock } from '../functions/shared/clock.js';
import { localMailDir, NotificationStore, notifierConfigFromEnv } from '../functions/notifications/index.js';
import { startDigestTimer } from './local/digests.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
if (!process.env.POWERTOOLS_LOG_LEVEL) logger.setLogLevel('WARN');
const port = Number(process.env.PORT || 4000);
const dataDir = resolve(process.env.DATA_DIR || '.data');
const lockFile = resolve(dataDir, 'server.pid');

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** One server per data folder; a DynamoDB Local orphaned by a crash (parent SIGKILLed) is stopped first. */
function takeLock() {
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(lockFile)) {
    const previous = JSON.parse(readFileSync(lockFile, 'utf8')) as { pid: number; dynamoPid?: number };
    if (previous.pid !== process.pid && isAlive(previous.pid)) {
      console.error(
        `Croissance Connectée tourne déjà sur ce dossier de données (pid ${previous.pid}). Arrêtez-le d’abord.`,
      );
      process.exit(1);
    }
    if (previous.dynamoPid && isAlive(previous.dynamoPid)) {
      const cmdline = existsSync(`/proc/${previous.dynamoPid}/cmdline`)
        ? readFileSync(`/proc/${previous.dynamoPid}/cmdline`, 'utf8')
        : '';
      if (cmdline.includes('DynamoDBLocal')) process.kill(previous.dynamoPid, 'SIGKILL');
    }
  }
}

let dynamo: RunningDynamoDb | undefined;
let stopping = false;

async function main() {
  takeLock();
  // Built while DynamoDB Local starts and the demo data loads; awaited before serving.
  const clientBuild = ensureClientBuilt().catch((error: Error) => error);
  const env = { ...process.env };
  if (!env.DYNAMODB_ENDPOINT) {
    try {
      dynamo = await startDynamoDbLocal({ dataDir: ensureDir(resolve(dataDir, 'dynamodb')) });
    } catch (error) {
      console.error(
        error instanceof JavaMissingError
          ? error.message
          : `Impossible de démarrer DynamoDB Local : ${(error as Error).message}`,
      );
      process.exit(1);
    }
    env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  }
  writeFileSync(lockFile, JSON.stringify({ pid: process.pid, dynamoPid: dynamo?.pid }));
  const config = configFromEnv(env);
  const db = createDocumentClient(config);
  await ensureTable(db, config.tableName);
  const seeded = await seedDemoData(db, config.tableName);
  // Public aggregates are published on a schedule (AWS: EventBridge), here by a timer.
  shutdownHooks.push(startPublicationTimer({ db, tableName: config.tableName, clock: systemClock }));
  // Reminders fall due with time (AWS: EventBridge every 15 minutes), here swept every minute.
  shutdownHooks.push(startReminderTimer({ db, tableName: config.tableName, clock: systemClock }));
  // Outbox items are delivered from the table's stream (AWS: a Lambda event source mapping), here by a poller.
  const outbox = { db, tableName: config.tableName, handlers: outboxHandlers, clock: systemClock };
  if (config.dynamoEndpoint) {
    const endpoint = config.dynamoEndpoint;
    shutdownHooks.push(startStreamConsumer({ ...outbox, endpoint, handle: (e) => consumeOutbox(outbox, e) }));
  }
  // The agents' and moderators' daily digests (AWS: a daily schedule), here by a timer.
  shutdownHooks.push(startDigestTimer({ db, tableName: config.tableName, clock: systemClock }));
  const client = await clientBuild;
  if (client instanceof Error) {
    console.error(client instanceof ClientBuildError ? client.message : client);
    return shutdown(1);
  }
  const documents = localDocumentStorage(config);
  const server = createLocalServer(createGraphqlHandler({ config, documentStorage: documents }), {
    documents,
    webRoot: client === 'absent' ? undefined : CLIENT_DIST,
    devUsers: config.devTokenSecret
      ? demoUsersWithTokens({ db, tableName: config.tableName, devTokenSecret: config.devTokenSecret })
      : undefined,
    mail: {
      mailDir: localMailDir(env),
      store: new NotificationStore(db, config.tableName),
      unsubscribeSecret: notifierConfigFromEnv(env).unsubscribeSecret,
    },
  });
  server.on('error', async (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Le port ${port} est déjà utilisé : choisissez-en un autre avec PORT=…`
        : error.message,
    );
    await shutdown(1);
  });
  server.listen(port, () => {
    if (client !== 'absent')
      console.log(`Croissance Connectée — application web sur http://localhost:${port}/`);
    console.log(`Croissance Connectée — GraphQL sur http://localhost:${port}/graphql`);
    console.log(
      `DynamoDB : ${config.dynamoEndpoint}${dynamo ? ` (DynamoDB Local, données dans ${resolve(dataDir, 'dynamodb')})` : ''}, table ${config.tableName}`,
    );
    console.log(
      `Données de démo : ${seeded.map((s) => `${s.name} ${s.written === 'already loaded' ? 'déjà chargées' : `${s.written} écrits`}`).join(', ')}`,
    );
    console.log(
      'Utilisateurs de démo (jeton : npm run -s token -- --role ROLE --sub SUB [--region CODE] [--siret SIRET]) :',
    );
    for (const u of DEMO_USERS) {
      const siret = u.role === 'PME' ? ` --siret ${demoSiretOf(u.sub)}` : '';
      console.log(
        `  ${u.role.padEnd(13)} --sub ${u.sub}${'region' in u ? ` --region ${u.region}` : ''}${siret}  ${u.what}`,
      );
    }
    console.log(
      env.SMTP_URL
        ? `E-mails : envoyés au serveur SMTP ${new URL(env.SMTP_URL).host}`
        : `E-mails : http://localhost:${port}/dev/mails (fichiers .eml dans ${localMailDir(env)})`,
    );
    console.log('Ctrl-C pour arrêter.');
  });
  const stopServer = () => new Promise<void>((r) => server.close(() => r()));
  shutdownHooks.push(stopServer);
}

function ensureDir(path: string) {
  mkdirSync(path, { recursive: true });
  return path;
}

const shutdownHooks: (() => Promise<void>)[] = [];
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.race([Promise.all(shutdownHooks.map((h) => h())), new Promise((r) => setTimeout(r, 2000))]);
  await dynamo?.stop();
  rmSync(lockFile, { force: true });
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch(async (error) => {
  console.error(error);
  await shutdown(1);
});
