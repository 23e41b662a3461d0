import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { createStores } from '../../functions/graphql/context.js';
import { withRequestTally } from '../../functions/shared/dynamo.js';
import { createTestApi, manualClock, testDb, uniqueId, type Caller } from '../support/api.js';

// The card in the themed search entries (docs/data-model.md, "Connecteurs"): a search of one theme answers what the
// card shows from its one Query; anything else (the card of an entry written before cards, a field the card does not
// carry) is read from the profiles, so the answer is the same either way.
const clock = manualClock();
const api = createTestApi({ clock });
const moderator: Caller = { role: 'MODERATOR', sub: 'moderator-cards' };

/** What the bench and the web app ask of a search's nodes, through a fragment as a client may. */
const CARD_FIELDS = `
  id displayName kind structureType communeCode departementCode regionCode departementsServed themes
  acceptsNewPmes website tier isLabelled labelValidUntil labelWave hasPendingLabelRequest
  labelHistory { status validUntil expiresAt wave isValid }`;
const searchDocument = (extra = '') => `
  query Cards($filter: ConnecteurFilter) {
    connecteurs(filter: $filter, first: 10) {
      edges { cursor node { ...Card ${extra} } }
      pageInfo { hasNextPage endCursor }
    }
  }
  fragment Card on Connecteur { ${CARD_FIELDS} }`;

type Edge = { cursor: string; node: Record<string, unknown> };
type Answer = { connecteurs: { edges: Edge[]; pageInfo: unknown } };

async function search(token: string, extra = '', caller?: Caller) {
  const filter = { departementCode: '48', themes: ['EXPORT'], text: token };
  const { result, tally } = await withRequestTally(() =>
    api.call<Answer>(searchDocument(extra), { filter }, caller),
  );
  expect(result.errors).toBeUndefined();
  return { answer: result.data!.connecteurs, requests: tally.byCommand };
}

async function register(name: string, input: Record<string, unknown> = {}) {
  const caller: Caller = { role: 'CONNECTEUR', sub: uniqueId('card') };
  const result = await api.call<{ registerConnecteur: { id: string } }>(
    `mutation Register($input: RegisterConnecteurInput!) { registerConnecteur(input: $input) { id } }`,
    {
      input: {
        displayName: name,
        kind: 'PERSON',
        structureType: 'FREELANCE',
        communeCode: '48095',
        departementsServed: ['12'],
        themes: ['EXPORT', 'TRAINING'],
        email: 'carte@exemple.fr',
        acceptsNewPmes: true,
        signCharter: true,
        ...input,
      },
    },
    caller,
  );
  expect(result.errors).toBeUndefined();
  return { caller, id: result.data!.registerConnecteur.id };
}

const update = (caller: Caller, input: Record<string, unknown>) =>
  withRequestTally(
    () =>
      api.call(
        `mutation Update($input: UpdateConnecteurProfileInput!) { updateConnecteurProfile(input: $input) { id } }`,
        {
          input,
        },
        caller,
      ),
    { record: true },
  );

/** The search entries a recorded write put or deleted (the client's requests: attribute values as sent). */
const entryWrites = (recorded: { command: string; input: unknown }[]) =>
  recorded
    .flatMap((r) => (r.input as { TransactItems?: TransactItem[] }).TransactItems ?? [])
    .map((i) => (i.Put?.Item ?? i.Delete?.Key)?.SK?.S ?? '')
    .filter((sk) => sk.startsWith('SEARCH#'));
type TransactItem = {
  Put?: { Item: Record<string, { S?: string }> };
  Delete?: { Key: Record<string, { S?: string }> };
};

const labelEvent = async (document: string, variables: Record<string, unknown>, caller: Caller) =>
  expect((await api.call(document, variables, caller)).errors).toBeUndefined();

describe('a search of one theme, from the cards', () => {
  it('is one Query and answers as the profiles do, for every field the card shows', async () => {
    const token = uniqueId('cards').replace('-', '');
    const labelled = await register(`Alpha ${token}`, { website: 'https://alpha.example.fr' });
    await register(`Bravo ${token}`, { kind: 'STRUCTURE', structureType: 'CCI', acceptsNewPmes: false });
    const pending = await register(`Charlie ${token}`);
    for (const { caller } of [labelled, pending])
      await labelEvent(`mutation { requestLabel { id } }`, {}, caller);
    await labelEvent(
      `mutation Grant($id: ID!) { grantLabel(connecteurId: $id, validUntil: "2027-06-30", wave: "V1") { id } }`,
      { id: labelled.id },
      moderator,
    );

    const fromCards = await search(token);
    expect(fromCards.requests).toEqual({ QueryCommand: 1 });
    expect(fromCards.answer.edges.map((e) => e.node.displayName)).toEqual([
      `Alpha ${token}`,
      `Bravo ${token}`,
      `Charlie ${token}`,
    ]);
    expect(fromCards.answer.edges[0]!.node).toMatchObject({
      tier: 'LABELLED',
      labelValidUntil: '2027-06-30',
      labelWave: 'V1',
      website: 'https://alpha.example.fr',
    });
    expect(fromCards.answer.edges[2]!.node).toMatchObject({
      tier: 'VOLUNTEER',
      hasPendingLabelRequest: true,
    });

    // A field the card does not carry: the profiles are read (one BatchGetItem), the rest of the answer is the same.
    const fromProfiles = await search(token, 'createdAt');
    expect(fromProfiles.requests).toEqual({ QueryCommand: 1, BatchGetItemCommand: 1 });
    const withoutCreatedAt = fromProfiles.answer.edges.map(({ cursor, node: { createdAt, ...node } }) => {
      expect(createdAt).toEqual(expect.any(String));
      return { cursor, node };
    });
    expect(withoutCreatedAt).toEqual(fromCards.answer.edges);
    expect(fromProfiles.answer.pageInfo).toEqual(fromCards.answer.pageInfo);

    // A signed-in caller asking the e-mail, a moderator asking why: from the profiles.
    const withEmail = await search(token, 'email', { role: 'PME', sub: uniqueId('pme') });
    expect(withEmail.requests.BatchGetItemCommand).toBe(1);
    expect(withEmail.answer.edges[0]!.node.email).toBe('carte@exemple.fr');
    const withReason = await search(token, 'labelHistory { reason }', moderator);
    expect(withReason.requests.BatchGetItemCommand).toBe(1);
  });

  it('shows a change of what the card shows, and a change of nothing it shows writes no entry', async () => {
    const token = uniqueId('edit').replace('-', '');
    const { caller, id } = await register(`Delta ${token}`);
    const node = async () => (await search(token)).answer.edges.map((e) => e.node);

    const renamed = await update(caller, {
      displayName: `Echo ${token}`,
      acceptsNewPmes: false,
      website: 'https://echo.example.fr',
      themes: ['EXPORT', 'EMAILING'],
    });
    expect(entryWrites(renamed.tally.recorded!).length).toBeGreaterThan(0);
    expect(await node()).toEqual([
      expect.objectContaining({
        displayName: `Echo ${token}`,
        acceptsNewPmes: false,
        website: 'https://echo.example.fr',
        themes: ['EXPORT', 'EMAILING'],
      }),
    ]);

    // The e-mail is not on the card: the profile's transaction alone.
    const email = await update(caller, { email: 'nouvelle@exemple.fr' });
    expect(email.result.errors).toBeUndefined();
    expect(entryWrites(email.tally.recorded!)).toEqual([]);

    await labelEvent(`mutation { requestLabel { id } }`, {}, caller);
    expect(await node()).toEqual([
      expect.objectContaining({ hasPendingLabelRequest: true, tier: 'VOLUNTEER' }),
    ]);
    await labelEvent(
      `mutation Grant($id: ID!) { grantLabel(connecteurId: $id, validUntil: "2027-03-31") { id } }`,
      { id },
      moderator,
    );
    expect(await node()).toEqual([
      expect.objectContaining({
        tier: 'LABELLED',
        labelValidUntil: '2027-03-31',
        hasPendingLabelRequest: false,
      }),
    ]);
    await labelEvent(
      `mutation Revoke($id: ID!) { revokeLabel(connecteurId: $id, reason: "Manquement") { id } }`,
      { id },
      moderator,
    );
    const revoked = await search(token);
    expect(revoked.requests).toEqual({ QueryCommand: 1 });
    expect(revoked.answer.edges[0]!.node).toMatchObject({
      tier: 'VOLUNTEER',
      isLabelled: false,
      labelHistory: [{ status: 'REVOKED', validUntil: '2027-03-31', isValid: false }],
    });
  });

  it('answers for entries written before the cards, from the profiles, until the migration writes them', async () => {
    const token = uniqueId('old').replace('-', '');
    const { id } = await register(`Foxtrot ${token}`);
    const before = await search(token);

    // Data written before the cards: themed entries without one.
    const table = inject('tableName');
    const { Items = [] } = await testDb().send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :search)',
        ExpressionAttributeValues: { ':pk': `CONN#${id}`, ':search': 'SEARCH#' },
      }),
    );
    for (const item of Items.filter((i) => i.card))
      await testDb().send(
        new UpdateCommand({
          TableName: table,
          Key: { PK: item.PK, SK: item.SK },
          UpdateExpression: 'REMOVE card',
        }),
      );
    const old = await search(token);
    expect(old.requests).toEqual({ QueryCommand: 1, BatchGetItemCommand: 1 });
    expect(old.answer).toEqual(before.answer);

    // The seed's migration (`connecteur-card-entries-v1`: refreshSearchEntries of every connecteur).
    const store = createStores(testDb(), table).connecteurStore;
    expect(await store.refreshSearchEntries(id, clock())).toBe(Items.filter((i) => i.card).length);
    const migrated = await search(token);
    expect(migrated.requests).toEqual({ QueryCommand: 1 });
    expect(migrated.answer).toEqual(before.answer);
  });
});
