import { beforeAll, describe, expect, inject, it } from 'vitest';
import { anonymousClientKey, clientKeyMaterial } from '../../functions/diagnostics/anonymous.js';
import { DiagnosticStore } from '../../functions/diagnostics/store.js';
import { parisDay } from '../../functions/shared/paris-time.js';
import { refreshPublishedAggregates } from '../../functions/publication/refresh.js';
import { MIN_CONTRIBUTORS } from '../../functions/shared/disclosure.js';
import { withRequestTally } from '../../functions/shared/dynamo.js';
import { ensureTable } from '../../functions/shared/table.js';
import { startPublicationTimer } from '../../scripts/local/publication.js';
import { createTestApi, manualClock, testDb, uniqueId, type Caller } from '../support/api.js';
import { answersWithBest } from '../support/workspace.js';
import { graphql } from '../generated/gql.js';
import type { DiagnosticsSubmitMutation, DiagnosticsSubmitMutationVariables } from '../generated/graphql.js';
import { typedCall } from '../support/typed.js';
import { ReadPeers, SubmitDiagnostic, typedFacts } from './documents.js';

const DiagnosticsDone = graphql(`
  query DiagnosticsPeerDisclosureDone($r: String) {
    programmeIndicators(regionCode: $r) {
      diagnosticsDone
    }
  }
`);

// Issue #11, from the attacker's side: peer figures must not disclose any single company's scores. A table of this
// file's own, so every group holds exactly what the test submits.
const tableName = `${inject('tableName')}-${uniqueId('peers')}`;
const db = testDb();
const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock, config: { tableName } });
const refresh = () => refreshPublishedAggregates({ db, tableName, clock });
const moderator: Caller = { role: 'MODERATOR', sub: uniqueId('moderator') };

beforeAll(() => ensureTable(db, tableName));

type Result = DiagnosticsSubmitMutation['submitDiagnostic'];

let ipSeq = 0;
/** One anonymous diagnostic from a client of its own (or `ip`), in a profile of the given region. */
async function submit(best: number, communeCode: string, ip = `192.0.2.${++ipSeq}`): Promise<Result> {
  clock.advance(1000);
  const variables: DiagnosticsSubmitMutationVariables = {
    input: { answers: answersWithBest(best), companyFacts: typedFacts({ communeCode }) },
  };
  const result = await api.callFrom<DiagnosticsSubmitMutation>(ip, SubmitDiagnostic.toString(), variables);
  expect(result.errors).toBeUndefined();
  return result.data!.submitDiagnostic;
}
const peersOf = async (id: string) => (await typedCall(api, ReadPeers, { id })).data!.diagnosticResult!.peers;
const profile = async (id: string) => (await peersOf(id)).find((p) => p.scope === 'SAME_PROFILE')!;
const NOTHING = { peerCount: 0, averageScore: null, shareBelow: null };

describe('peer comparison', () => {
  it('discloses nothing with 1 or 9 other companies in the group, and the group from 10 on', async () => {
    // The attacker takes the diagnostic in a profile where it expects few companies (Bretagne, here; each test
    // of this file has a region of its own).
    const attacker = await submit(0, '35238');
    const victims = [await submit(20, '35238')];
    await refresh();
    // With one other member, the figures would be that member's exact scores.
    expect(await profile(attacker.id)).toEqual({ scope: 'SAME_PROFILE', ...NOTHING });
    for (let best = 1; victims.length < MIN_CONTRIBUTORS - 1; best++)
      victims.push(await submit(best, '35238'));
    await refresh();
    expect(await profile(attacker.id)).toEqual({ scope: 'SAME_PROFILE', ...NOTHING });
    victims.push(await submit(15, '35238'));
    await refresh();
    const shown = await profile(attacker.id);
    const average = victims.reduce((sum, v) => sum + v.overallScore, 0) / victims.length;
    expect(shown.peerCount).toBe(MIN_CONTRIBUTORS);
    expect(shown.averageScore).toBeCloseTo(average, 0);
  });

  it('does not show a newcomer until the next refresh, nor one by one', async () => {
    const reader = await submit(0, '14118'); // Normandie: Caen
    for (let best = 1; best <= MIN_CONTRIBUTORS; best++) await submit(best, '14118');
    await refresh();
    const before = await profile(reader.id);
    expect(before.peerCount).toBe(MIN_CONTRIBUTORS);

    // A newcomer: readers see the same figures until the next refresh…
    await submit(20, '14118');
    expect(await profile(reader.id)).toEqual(before);
    // …and the refresh does not publish a difference made of one submission either.
    await refresh();
    expect(await profile(reader.id)).toEqual(before);
    // Once MIN_CONTRIBUTORS changes have accumulated, the group moves, by all of them at once.
    for (let i = 1; i < MIN_CONTRIBUTORS; i++) await submit(20, '14118');
    expect(await profile(reader.id)).toEqual(before);
    await refresh();
    expect((await profile(reader.id)).peerCount).toBe(2 * MIN_CONTRIBUTORS);
  });

  it('is refreshed by the local server’s timer at start', async () => {
    const reader = await submit(0, '21231'); // Bourgogne-Franche-Comté: Dijon
    for (let best = 1; best <= MIN_CONTRIBUTORS; best++) await submit(best, '21231');
    expect(await profile(reader.id)).toEqual({ scope: 'SAME_PROFILE', ...NOTHING });
    const stop = startPublicationTimer({ db, tableName, clock }, 3_600_000);
    await stop();
    expect((await profile(reader.id)).peerCount).toBe(MIN_CONTRIBUTORS);
  });
});

describe('anonymous diagnostics', () => {
  const diagnosticsDone = async (regionCode: string) =>
    (await typedCall(api, DiagnosticsDone, { r: regionCode }, moderator)).data!.programmeIndicators[0]!
      .diagnosticsDone;

  it('count once per client and day in the statistics, and still give every taker a result', async () => {
    const region = '24'; // Centre-Val de Loire: Tours
    const start = await diagnosticsDone(region);
    const reader = await submit(0, '37261', '198.51.100.1');
    // One client submitting again and again, to skew its group.
    const repeated: Result[] = [];
    for (let i = 0; i < 2 * MIN_CONTRIBUTORS; i++) repeated.push(await submit(20, '37261', '198.51.100.7'));
    for (const r of repeated) expect(r.overallScore).toBeGreaterThan(0);
    expect(await diagnosticsDone(region)).toBe(start + 2);
    await refresh();
    expect(await profile(reader.id)).toEqual({ scope: 'SAME_PROFILE', ...NOTHING });

    // The next day (Paris time) it counts once more.
    clock.set('2026-11-26T23:30:00.000Z');
    await submit(20, '37261', '198.51.100.7');
    expect(await diagnosticsDone(region)).toBe(start + 3);
  });

  it('cost two requests when the result shows the peers, the first of the day or a further one', async () => {
    const region = '32'; // Hauts-de-France: Lille
    const start = await diagnosticsDone(region);
    const requests = async (send: () => Promise<unknown>) => (await withRequestTally(send)).tally.byCommand;
    // The client's mark and the peers' snapshots in one BatchGetItem, then one transaction.
    const twoRequests = { BatchGetItemCommand: 1, TransactWriteItemsCommand: 1 };
    expect(await requests(() => submit(5, '59350', '198.51.100.32'))).toEqual(twoRequests);
    expect(await requests(() => submit(6, '59350', '198.51.100.32'))).toEqual(twoRequests);
    // Without the peers in the answer, nothing is read ahead: the first of the day is one transaction.
    const idOnly = async (ip: string) => {
      const input = { answers: answersWithBest(7), companyFacts: typedFacts({ communeCode: '59350' }) };
      const result = await api.callFrom(
        ip,
        'mutation($input: SubmitDiagnosticInput!) { submitDiagnostic(input: $input) { id } }',
        { input },
      );
      expect(result.errors).toBeUndefined();
    };
    expect(await requests(() => idOnly('198.51.100.33'))).toEqual({ TransactWriteItemsCommand: 1 });
    // Two at once from a new client: both may read no mark; the transactions' condition still counts one.
    await Promise.all([submit(8, '59350', '198.51.100.34'), submit(9, '59350', '198.51.100.34')]);
    expect(await diagnosticsDone(region)).toBe(start + 3);
  });

  it('keep a keyed hash of the client, with an expiry, never its address', async () => {
    const ip = '203.0.113.42';
    clock.set('2026-11-28T09:00:00.000Z');
    await submit(10, '37261', ip);
    const day = parisDay(clock());
    const key = anonymousClientKey(clientKeyMaterial('test-cursor-secret'), ip, day);
    const seen = await new DiagnosticStore(db, tableName).anonymousClientSeen(key, day);
    expect(seen).toBeDefined();
    expect(JSON.stringify(seen)).not.toContain(ip);
    expect(JSON.stringify(seen)).not.toContain('203.0.113');
    expect(seen!.ttl).toBeGreaterThan(clock().getTime() / 1000);
    // The same address another day is another key: days cannot be linked.
    expect(anonymousClientKey(clientKeyMaterial('test-cursor-secret'), ip, '2026-11-29')).not.toBe(key);
  });
});
