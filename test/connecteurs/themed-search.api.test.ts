import { QueryCommand as LowLevelQuery, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { searchEntriesOf, partitionOf } from '../../functions/connecteurs/search.js';
import type { ConnecteurRecord } from '../../functions/connecteurs/records.js';
import { createStores } from '../../functions/graphql/context.js';
import { withRequestTally } from '../../functions/shared/dynamo.js';
import { recordOf } from '../../functions/shared/table.js';
import { THEMES } from '../../functions/shared/themes.js';
import type {
  ConnecteurFilter,
  RegisterConnecteurInput,
  Theme,
  UpdateConnecteurProfileInput,
} from '../generated/graphql.js';
import { codeOf, createTestApi, manualClock, testDb, uniqueId, type Caller } from '../support/api.js';
import { typedCall } from '../support/typed.js';
import * as doc from './documents.js';

// Per-theme search entries (docs/data-model.md, "Connecteurs"): a search of one theme in the country, a region or a
// département reads that theme's partition only, and the entries follow every change of the profile.
const clock = manualClock();
const api = createTestApi({ clock });
const moderator: Caller = { role: 'MODERATOR', sub: 'moderator-themed' };

async function register(overrides: Partial<RegisterConnecteurInput>) {
  const caller: Caller = { role: 'CONNECTEUR', sub: uniqueId('conn') };
  const input: RegisterConnecteurInput = {
    displayName: `Connecteur ${uniqueId()}`,
    kind: 'PERSON',
    structureType: 'FREELANCE',
    communeCode: '48095',
    departementsServed: [],
    themes: ['EXPORT'],
    email: 'conseil@exemple.fr',
    acceptsNewPmes: true,
    signCharter: true,
    ...overrides,
  };
  const result = await typedCall(api, doc.RegisterConnecteur, { input }, caller);
  expect(result.errors).toBeUndefined();
  return { caller, connecteur: result.data!.registerConnecteur };
}

const search = (filter: ConnecteurFilter, first = 20, after?: string) =>
  typedCall(api, doc.SearchConnecteurs, { filter, first, after });
const names = async (filter: ConnecteurFilter) =>
  (await search(filter, 100)).data!.connecteurs.edges.map((e) => e.node.displayName);

async function profileOf(id: string): Promise<ConnecteurRecord> {
  const { Item } = await testDb().send(
    new GetCommand({ TableName: inject('tableName'), Key: { PK: `CONN#${id}`, SK: 'PROFILE' } }),
  );
  return recordOf<ConnecteurRecord>(Item!, ['labelExpiresAt']);
}

/** The search entries stored for a connecteur, by partition, without their keys. */
async function storedEntries(id: string) {
  const { Items = [] } = await testDb().send(
    new QueryCommand({
      TableName: inject('tableName'),
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :search)',
      ExpressionAttributeValues: { ':pk': `CONN#${id}`, ':search': 'SEARCH#' },
      ConsistentRead: true,
    }),
  );
  // The card is stored as one JSON string (connecteurs/card.ts).
  const read = (i: Record<string, unknown>) =>
    typeof i.card === 'string' ? { ...recordOf<object>(i), card: JSON.parse(i.card) } : recordOf(i);
  return Object.fromEntries(Items.map((i) => [String(i.SK).slice('SEARCH#'.length), read(i)]));
}

/** The stored entries are exactly the derivation of the stored profile: nothing missing, stale or left behind. */
async function expectEntriesInLine(id: string) {
  const profile = await profileOf(id);
  const expected = Object.fromEntries(
    searchEntriesOf(profile, clock()).map((e) => [partitionOf(e), JSON.parse(JSON.stringify(e))]),
  );
  expect(await storedEntries(id)).toEqual(expected);
  return profile;
}

describe('a search of one theme', () => {
  const token = uniqueId('th').replace('-', '');

  it('is one Query of that theme’s partition, with no filter, and no profile read (the entries’ cards)', async () => {
    for (const [name, themes] of [
      ['Bravo', ['EXPORT', 'TRAINING']],
      ['alpha', ['EXPORT']],
      ['Charlie', ['TRAINING']],
    ] as const)
      await register({ displayName: `${name} ${token}`, themes: [...themes] });

    const { result, tally } = await withRequestTally(
      () => search({ departementCode: '48', themes: ['EXPORT'] }, 100),
      {
        record: true,
      },
    );
    const found = result.data!.connecteurs.edges.map((e) => e.node.displayName);
    expect(found.filter((n) => n.endsWith(token))).toEqual([`alpha ${token}`, `Bravo ${token}`]);
    expect(tally.byCommand).toEqual({ QueryCommand: 1 });

    const query = tally.recorded!.find((r) => r.command === 'QueryCommand')!.input as QueryCommandInput;
    expect(query.ExpressionAttributeValues?.[':place']).toEqual({ S: 'CSEARCH#DEP#48#THEME#EXPORT' });
    expect(query.FilterExpression).toBeUndefined();
    // What DynamoDB read (and bills) is what it returned: every entry of the partition matches.
    const replayed = await testDb().send(new LowLevelQuery(query));
    expect(replayed.ScannedCount).toBe(replayed.Count);
  });

  it('answers as the filter of the place did, filters combined, in the country, a region and a département', async () => {
    const pageToken = uniqueId('pg').replace('-', '');
    const people = [
      ['Émile', ['EXPORT'], true],
      ['alice', ['EXPORT', 'STRATEGY'], true],
      ['Bruno', ['STRATEGY'], true],
      ['Chloé', ['EXPORT'], false],
      ['david', ['EXPORT'], true],
      ['Zoé', ['BOOKING', 'EXPORT'], true],
      ['Yves', ['EXPORT'], true],
    ] as const;
    for (const [name, themes, accepts] of people)
      await register({ displayName: `${name} ${pageToken}`, themes: [...themes], acceptsNewPmes: accepts });

    const expected = ['alice', 'david', 'Émile', 'Yves', 'Zoé'];
    for (const place of [{}, { regionCode: '76' }, { departementCode: '48' }, { communeCode: '48095' }]) {
      const filter: ConnecteurFilter = {
        ...place,
        themes: ['EXPORT'],
        acceptsNewPmes: true,
        text: pageToken,
      };
      const seen: string[] = [];
      const hasNext: boolean[] = [];
      let after: string | undefined;
      do {
        const page = (await search(filter, 2, after)).data!.connecteurs;
        seen.push(...page.edges.map((e) => e.node.displayName.split(' ')[0]!));
        hasNext.push(page.pageInfo.hasNextPage);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
      } while (after);
      expect(seen, JSON.stringify(place)).toEqual(expected);
      expect(hasNext).toEqual([true, true, false]);
    }
    // Several themes read the place's partition, its themes filtered (any of).
    expect(
      (await names({ departementCode: '48', themes: ['BOOKING', 'STRATEGY'], text: pageToken })).map(
        (n) => n.split(' ')[0],
      ),
    ).toEqual(['alice', 'Bruno', 'Zoé']);
    // A cursor of one theme is refused for another (the cursor is signed for its filter).
    const first = (await search({ departementCode: '48', themes: ['EXPORT'], text: pageToken }, 1)).data!;
    const cursor = first.connecteurs.pageInfo.endCursor!;
    expect(
      codeOf(await search({ departementCode: '48', themes: ['STRATEGY'], text: pageToken }, 1, cursor)),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('themed search entries', () => {
  it('follow a change of themes, of name, a move, a label and its expiry, with nothing left behind', async () => {
    const name = uniqueId('suit').replace('-', '');
    const { caller, connecteur } = await register({ displayName: `${name} un`, themes: ['BOOKING'] });
    await expectEntriesInLine(connecteur.id);

    const update = (input: Record<string, unknown>) => typedCall(api, doc.UpdateProfile, { input }, caller);
    expect(
      (await update({ themes: ['EMAILING', 'EXPORT'], displayName: `${name} deux` })).errors,
    ).toBeUndefined();
    expect(await names({ departementCode: '48', themes: ['BOOKING'], text: name })).toEqual([]);
    expect(await names({ regionCode: '76', themes: ['EMAILING'], text: name })).toEqual([`${name} deux`]);
    await expectEntriesInLine(connecteur.id);

    // Moves to Rennes: Lozère's partitions lose it, Ille-et-Vilaine's gain it.
    expect((await update({ communeCode: '35238', departementsServed: [] })).errors).toBeUndefined();
    expect(await names({ departementCode: '48', themes: ['EXPORT'], text: name })).toEqual([]);
    expect(await names({ departementCode: '35', themes: ['EXPORT'], text: name })).toEqual([`${name} deux`]);
    await expectEntriesInLine(connecteur.id);

    await typedCall(api, doc.RequestLabel, {}, caller);
    await typedCall(api, doc.GrantLabel, { id: connecteur.id, until: '2027-01-31' }, moderator);
    const labelled = { departementCode: '35', themes: ['EMAILING' as Theme], labelledOnly: true, text: name };
    expect(await names(labelled)).toEqual([`${name} deux`]);
    await expectEntriesInLine(connecteur.id);
    // The label ends at midnight in Paris after 31 January: no write, the themed partition compares with the clock.
    const at = clock();
    clock.set('2027-01-31T23:00:01.000Z');
    expect(await names(labelled)).toEqual([]);
    expect(await names({ ...labelled, labelledOnly: null, tier: 'VOLUNTEER' })).toEqual([`${name} deux`]);
    clock.set(at);
  });

  it('of a connecteur serving many départements with every theme span several transactions and stay in line', async () => {
    // Aveyron and its 7 neighbours, two regions: 11 places × 8 themes (the most) + 12 per-place entries, and the
    // profile with what moves with it: more than a transaction's 100 items.
    const name = uniqueId('large').replace('-', '');
    const served = ['15', '30', '34', '46', '48', '81', '82'];
    const { result: registered, tally } = await withRequestTally(
      () =>
        register({
          displayName: `${name} un`,
          communeCode: '12202',
          departementsServed: served,
          themes: THEMES.slice(0, 8),
        }),
      { record: true },
    );
    const { caller, connecteur } = registered;
    // The profile's transaction full (the sign-in's own one-item write aside), then the rest under a version check.
    const transactions = tally
      .recorded!.map((r) => (r.input as { TransactItems?: unknown[] }).TransactItems?.length ?? 0)
      .filter((n) => n > 1);
    expect(transactions).toHaveLength(2);
    expect(transactions[0]).toBe(100);
    expect(Object.keys(await storedEntries(connecteur.id))).toHaveLength(100);
    await expectEntriesInLine(connecteur.id);
    for (const departementCode of ['12', '15', '82'])
      expect(await names({ departementCode, themes: ['MARKETPLACE'], text: name })).toEqual([`${name} un`]);

    // Concurrent updates: the version guard lets them commit one after the other or refuses some; whatever
    // interleaving of their transactions, the entries end as the derivation of the last profile written.
    const updates: UpdateConnecteurProfileInput[] = [
      { displayName: `${name} deux`, themes: ['EXPORT'] },
      { displayName: `${name} trois`, themes: THEMES.slice(-8).reverse() },
      { departementsServed: ['48'], acceptsNewPmes: false },
    ];
    const results = await Promise.all(
      updates.map((input) => typedCall(api, doc.UpdateProfile, { input }, caller)),
    );
    for (const r of results) if (r.errors) expect(codeOf(r)).toBe('CONFLICT');
    expect(results.some((r) => !r.errors)).toBe(true);
    const profile = await expectEntriesInLine(connecteur.id);
    expect(await names({ regionCode: '76', themes: [profile.themes[0]!], text: name })).toEqual([
      profile.displayName,
    ]);

    // A write stopped between its transactions (entries missing, one left behind) is put right by the next write.
    const table = inject('tableName');
    const stores = createStores(testDb(), table);
    await testDb().send(
      new DeleteCommand({
        TableName: table,
        Key: { PK: `CONN#${connecteur.id}`, SK: `SEARCH#ALL#THEME#${profile.themes[0]}` },
      }),
    );
    await testDb().send(
      new PutCommand({
        TableName: table,
        Item: {
          PK: `CONN#${connecteur.id}`,
          SK: 'SEARCH#DEP#75#THEME#EXPORT',
          GSI1PK: 'CSEARCH#DEP#75#THEME#EXPORT',
          GSI1SK: `${name}#${connecteur.id}`,
          place: 'DEP#75',
          theme: 'EXPORT',
          connecteurId: connecteur.id,
          searchName: name,
          acceptsNewPmes: true,
        },
      }),
    );
    expect(
      (await typedCall(api, doc.UpdateProfile, { input: { themes: ['EXPORT'] } }, caller)).errors,
    ).toBeUndefined();
    await expectEntriesInLine(connecteur.id);
    // Data written before the themed entries: the seed's migration (refreshSearchEntries) writes them.
    for (const partition of Object.keys(await storedEntries(connecteur.id)).filter((p) =>
      p.includes('#THEME#'),
    ))
      await testDb().send(
        new DeleteCommand({
          TableName: table,
          Key: { PK: `CONN#${connecteur.id}`, SK: `SEARCH#${partition}` },
        }),
      );
    expect(await names({ departementCode: '48', themes: ['EXPORT'], text: name })).toEqual([]);
    expect(await stores.connecteurStore.refreshSearchEntries(connecteur.id, clock())).toBeGreaterThan(0);
    await expectEntriesInLine(connecteur.id);
    expect(await stores.connecteurStore.refreshSearchEntries(connecteur.id, clock())).toBe(0);
    expect(await names({ departementCode: '48', themes: ['EXPORT'], text: name })).toHaveLength(1);
  });
});

describe('a write whose entries span several transactions', () => {
  /** A client that holds the `at`-th transaction until released: a write stopped between its transactions. */
  function pausingClient(at: number) {
    let sent = 0;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let reached = () => {};
    const paused = new Promise<void>((resolve) => (reached = resolve));
    // A client of the platform's kind (its reads go through its read transport) whose sends are intercepted.
    const client = testDb();
    const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
    (client as unknown as { send: typeof send }).send = async (command) => {
      if (command instanceof TransactWriteCommand && ++sent === at) {
        reached();
        await released;
      }
      return send(command);
    };
    return { client, paused, release };
  }

  it('stops once a newer write committed, which brings the entries in line itself', async () => {
    const name = uniqueId('race').replace('-', '');
    const { caller, connecteur } = await register({
      displayName: `${name} un`,
      communeCode: '12202',
      departementsServed: ['15', '30', '34', '46', '48', '81', '82'],
      themes: THEMES.slice(0, 8),
    });
    const previous = await profileOf(connecteur.id);
    const slow = pausingClient(2);
    const store = createStores(slow.client, inject('tableName')).connecteurStore;
    const stopped = store.save(
      previous,
      { ...previous, displayName: `${name} deux`, version: previous.version + 1 },
      clock(),
    );
    await slow.paused;
    // The profile is at the slow write's version; a newer write reads it and commits all of its entries.
    const newer = await typedCall(
      api,
      doc.UpdateProfile,
      { input: { displayName: `${name} trois`, themes: ['EXPORT'] } },
      caller,
    );
    expect(newer.errors).toBeUndefined();
    slow.release();
    await stopped;
    const profile = await expectEntriesInLine(connecteur.id);
    expect(profile.displayName).toBe(`${name} trois`);
    expect(await names({ departementCode: '48', themes: ['MARKETPLACE'], text: name })).toEqual([]);
  });
});
