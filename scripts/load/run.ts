import { randomUUID } from 'node:crypto';
import { signDevToken } from '../../functions/shared/auth.js';
import { DEV_TOKEN_SECRET } from '../../functions/shared/config.js';
import { createDocumentClient } from '../../functions/shared/dynamo.js';
import { auditInvariants, type AuditReport } from '../audit/invariants.js';
import { printReport } from '../audit/run.js';
import { startDynamoDbLocal } from '../local/dynamodb-local.js';
import { outboxDrained } from './outbox-drain.js';
import { startPlatform } from './platform.js';
import { ROLES_IN_TURN, VirtualUser, type Market } from './scenarios.js';
import { LoadStats, printLoadReport, type LoadReport } from './stats.js';

export type LoadOptions = {
  seconds: number;
  users: number;
  /** DynamoDB Local to use; one is started (in memory) when absent. */
  dynamoEndpoint?: string;
  out?: (line: string) => void;
};

/**
 * npm run load: `npm start` on a free port against its own table, virtual users of every role for the given time,
 * then the latencies per operation, the errors by code, and the reconciliation audit of the table.
 */
export async function runLoad(options: LoadOptions): Promise<{ load: LoadReport; audit: AuditReport }> {
  const out = options.out ?? console.log;
  const dynamo = options.dynamoEndpoint ? undefined : await startDynamoDbLocal();
  const dynamoEndpoint = options.dynamoEndpoint ?? dynamo!.endpoint;
  const tableName = `load-${randomUUID().slice(0, 8)}`;
  out(`Starting the platform (npm start, demo data) on table ${tableName}…`);
  const platform = await startPlatform({ dynamoEndpoint, tableName });
  try {
    const stats = new LoadStats();
    const moderator = await signDevToken(
      { sub: 'load-setup-moderator', role: 'MODERATOR' },
      DEV_TOKEN_SECRET,
      {
        ttlSeconds: 3600,
      },
    );
    const opened = await fetch(platform.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${moderator}` },
      body: JSON.stringify({
        query: `mutation($input: OpenSubsidyProgramInput!) { openSubsidyProgram(input: $input) { id } }`,
        variables: {
          input: {
            regionCode: '84',
            name: 'Chèque numérique (charge)',
            managingBody: 'Conseil régional',
            opensAt: '2026-01-01T00:00:00.000Z',
            closesAt: '2030-12-31T23:00:00.000Z',
            // Small on purpose: acceptances run into BUDGET_EXHAUSTED and the guard is exercised too.
            envelopeCents: 50_000_000,
            aidRateBasisPoints: 5000,
            investmentFloorCents: 200_000,
            investmentCeilingCents: 3_000_000,
            aidFloorCents: 100_000,
            aidCeilingCents: 1_500_000,
          },
        },
      }),
    }).then((r) => r.json() as Promise<{ data?: { openSubsidyProgram?: { id: string } } }>);
    const programId = opened.data?.openSubsidyProgram?.id;
    if (!programId) throw new Error(`could not open the load programme: ${JSON.stringify(opened)}`);
    const market: Market = { programId, connecteurs: [], providers: [] };
    const users = Array.from(
      { length: options.users },
      (_, i) => new VirtualUser(platform.url, stats, ROLES_IN_TURN[i % ROLES_IN_TURN.length]!, i),
    );
    await Promise.all(users.map((u) => u.setUp(market)));
    const end = Date.now() + options.seconds * 1000;
    const progress = setInterval(() => {
      const done = Math.min(1, stats.elapsedSeconds() / options.seconds);
      const bar = '#'.repeat(Math.round(done * 30)).padEnd(30, '.');
      const errors = [...stats.errors.values()].reduce((a, b) => a + b, 0);
      out(`[${bar}] ${Math.round(done * 100)}% ${stats.operations} operations, ${errors} errors`);
    }, 5_000);
    await Promise.all(
      users.map(async (u) => {
        while (Date.now() < end) await u.act(market);
      }),
    );
    clearInterval(progress);
    const load = stats.report();
    printLoadReport(load, out);
    const db = createDocumentClient({ dynamoEndpoint, awsRegion: 'eu-west-3' });
    const { waitedMs } = await outboxDrained(dynamoEndpoint, tableName);
    out(`Outbox delivered ${waitedMs} ms after the last request.`);
    const audit = await auditInvariants(db, tableName);
    db.destroy();
    printReport(audit, out);
    return { load, audit };
  } finally {
    await platform.stop();
    await dynamo?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const minutes = Number(process.env.LOAD_MINUTES ?? 3);
  const users = Number(process.env.LOAD_USERS ?? 20);
  const { load, audit } = await runLoad({ seconds: Math.round(minutes * 60), users });
  process.exitCode = audit.drifts.length || load.errors.INTERNAL_SERVER_ERROR ? 1 : 0;
}
