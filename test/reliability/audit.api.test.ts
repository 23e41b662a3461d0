import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '../../functions/shared/table.js';
import { auditInvariants } from '../../scripts/audit/invariants.js';
import { printReport } from '../../scripts/audit/run.js';
import { testDb } from '../support/api.js';
import { buildWorld, type World } from '../security/authorization-world.js';

// The reconciliation audit recomputes every counter and ledger from the items it counts. On the fixture world of
// the authorization matrix (programmes with accepted and paid files, reviews, slots, requests, testimonials…) it
// finds nothing; each drift planted by hand is reported. A table of its own: nothing else writes there.
const table = `audit-${randomUUID().slice(0, 8)}`;
const db = testDb();
let world: World;

beforeAll(async () => {
  await db.send(new CreateTableCommand(tableDefinition(table)));
  world = await buildWorld(table);
  await world.fresh.paid();
  await world.fresh.accepted();
  await world.fresh.appointment();
  await world.fresh.closedRequest();
}, 240_000);

afterAll(async () => {
  await db.send(new DeleteTableCommand({ TableName: table }));
  db.destroy();
});

const add = (Key: { PK: string; SK: string }, counter: string, by: number) =>
  db.send(
    new UpdateCommand({
      TableName: table,
      Key,
      UpdateExpression: 'ADD #c :by',
      ExpressionAttributeNames: { '#c': counter },
      ExpressionAttributeValues: { ':by': by },
    }),
  );

describe('the reconciliation audit', () => {
  it('finds no drift on a table written by the API only', async () => {
    const report = await auditInvariants(db, table);
    const lines: string[] = [];
    printReport(report, (line) => lines.push(line));
    expect(report.drifts, lines.join('\n')).toEqual([]);
    expect(report.checked['programme ledger']).toBeGreaterThanOrEqual(2);
    expect(report.checked['provider rating']).toBeGreaterThanOrEqual(2);
    expect(report.checked['slot booked at most once']).toBeGreaterThanOrEqual(2);
    expect(report.checked['connecteur contact counters']).toBeGreaterThanOrEqual(2);
    expect(report.checked['testimonial map cell']).toBeGreaterThanOrEqual(1);
    expect(report.checked['company active followers']).toBeGreaterThanOrEqual(1);
    expect(lines.at(-1)).toBe('No drift.');
  }, 60_000);

  it('reports each planted drift: ledger, rating, a slot booked twice, contact counters, map cell, histogram', async () => {
    await add({ PK: `SUBPROG#${world.programId}`, SK: 'LEDGER' }, 'committedCents', 12_345);
    await add({ PK: `PROV#${world.providerId}`, SK: 'PROFILE' }, 'ratingSum', 1);
    await add({ PK: `CSTATS#${world.connecteurFollowingId}`, SK: 'COUNTERS' }, 'requestsPending', 1);
    await add({ PK: 'TMAP#*#*#*', SK: 'COUNTS' }, '69#ARTICLE#N#BEGINNER', 1);
    await add({ PK: `CSTATS#${world.connecteurFollowingId}`, SK: 'COUNTERS' }, 'followedCompanies', -1);
    await add({ PK: `CWORK#${world.companyId}`, SK: 'STATE' }, 'activeFollowers', 1);
    await add({ PK: 'PRICE#84', SK: 'ECOMMERCE_WEBSITE#OFFERS' }, 'n', 1);
    // A second booked appointment on the fixture's booked slot, as a lost race would leave it.
    const { Item: booked } = await db.send(
      new GetCommand({ TableName: table, Key: { PK: `APPT#${world.appointmentId}`, SK: 'APPT' } }),
    );
    await db.send(
      new PutCommand({
        TableName: table,
        Item: {
          PK: 'APPT#planted',
          SK: 'APPT',
          id: 'planted',
          slotId: booked!.slotId,
          status: 'BOOKED',
          connecteurId: world.connecteurFollowingId,
          GSI1PK: `CAPPTS#${world.connecteurFollowingId}`,
          GSI1SK: `2030-01-01T00:00:00.000Z#planted`,
        },
      }),
    );
    const { drifts } = await auditInvariants(db, table);
    const found = drifts.map((d) => `${d.check} · ${d.counter}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'programme ledger · committedCents',
        'programme ledger: committed + paid + remaining = envelope · envelopeCents',
        'provider rating · ratingSum',
        'connecteur contact counters · requestsPending',
        'testimonial map cell · 69#ARTICLE#N#BEGINNER',
        'price histogram: n = sum of buckets · n',
        'price histogram: national = sum of regions · n',
        'slot booked at most once · bookings',
        'connecteur appointment counters · appointmentsBooked',
        'appointments roll-up · appointmentsBooked',
        'connecteur followed companies · followedCompanies',
        'company active followers · activeFollowers',
      ]),
    );
    const ledger = drifts.find((d) => d.counter === 'committedCents')!;
    expect(ledger.stored - ledger.recomputed).toBe(12_345);
  }, 60_000);
});
