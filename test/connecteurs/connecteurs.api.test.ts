import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { connecteurIdOf } from '../../functions/shared/caller.js';
import { processRequestTally } from '../../functions/shared/dynamo.js';
import {
  apiEvent,
  codeOf,
  createTestApi,
  manualClock,
  testDb,
  tokenFor,
  trustedDocument,
  uniqueId,
  type Caller,
  type GraphqlResult,
} from '../support/api.js';
import { inject } from 'vitest';
import { typedCall } from '../support/typed.js';
import type {
  ConnecteurFilter,
  ConnecteursFieldsFragment,
  RegisterConnecteurInput,
} from '../generated/graphql.js';
import * as doc from './documents.js';

const clock = manualClock();
const api = createTestApi({ clock });
const moderator: Caller = { role: 'MODERATOR', sub: 'moderator-1' };

function registrationInput(overrides: Partial<RegisterConnecteurInput> = {}): RegisterConnecteurInput {
  return {
    displayName: `Connecteur ${uniqueId()}`,
    kind: 'PERSON',
    structureType: 'FREELANCE',
    communeCode: '69123',
    departementsServed: ['01'],
    themes: ['ECOMMERCE_WEBSITE', 'STRATEGY'],
    email: 'conseil@exemple.fr',
    website: 'https://conseil.exemple.fr',
    acceptsNewPmes: true,
    signCharter: true,
    ...overrides,
  };
}

async function register(overrides: Partial<RegisterConnecteurInput> = {}) {
  const caller: Caller = { role: 'CONNECTEUR', sub: uniqueId('conn') };
  const result = await typedCall(
    api,
    doc.RegisterConnecteur,
    { input: registrationInput(overrides) },
    caller,
  );
  expect(result.errors).toBeUndefined();
  return { caller, connecteur: result.data!.registerConnecteur };
}

const requestLabel = (caller: Caller) => typedCall(api, doc.RequestLabel, {}, caller);
const grantLabel = (connecteurId: string, validUntil: string, caller: Caller = moderator) =>
  typedCall(api, doc.GrantLabel, { id: connecteurId, until: validUntil }, caller);
const search = (filter: ConnecteurFilter, first = 20, after?: string) =>
  typedCall(api, doc.SearchConnecteurs, { filter, first, after });

async function profileItemExists(sub: string) {
  const { Item } = await testDb().send(
    new GetCommand({
      TableName: inject('tableName'),
      Key: { PK: `CONN#${connecteurIdOf(sub)}`, SK: 'PROFILE' },
    }),
  );
  return Item !== undefined;
}

describe('registering a connecteur', () => {
  it('derives département and region from the commune and makes the signer a volunteer', async () => {
    const { connecteur } = await register();
    expect(connecteur).toMatchObject({
      communeCode: '69123',
      departementCode: '69',
      regionCode: '84',
      departementsServed: ['01', '69'],
      tier: 'VOLUNTEER',
      isLabelled: false,
      labelHistory: [],
    });
  });

  it('allows one profile per account', async () => {
    const { caller } = await register();
    const again = await typedCall(api, doc.RegisterConnecteurId, { input: registrationInput() }, caller);
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it.each<[string, Partial<RegisterConnecteurInput>, (string | number)[]]>([
    ['an unknown commune', { communeCode: '99999' }, ['input', 'communeCode']],
    ['an unknown département served', { departementsServed: ['20'] }, ['input', 'departementsServed', 0]],
    ['an unsigned charter', { signCharter: false }, ['input', 'signCharter']],
    ['no theme', { themes: [] }, ['input', 'themes']],
    ['a bad e-mail', { email: 'pas-un-email' }, ['input', 'email']],
  ])('refuses %s with BAD_USER_INPUT and the field path, writing nothing', async (_, overrides, path) => {
    const caller: Caller = { role: 'CONNECTEUR', sub: uniqueId('conn') };
    const result = await typedCall(
      api,
      doc.RegisterConnecteurId,
      { input: registrationInput(overrides) },
      caller,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toContainEqual(expect.objectContaining({ path }));
    expect(await profileItemExists(caller!.sub)).toBe(false);
  });

  it('lets the owner edit its profile and moves it between places', async () => {
    const { caller, connecteur } = await register({ displayName: `Déménage ${uniqueId()}` });
    const updated = await typedCall(
      api,
      doc.UpdateProfile,
      { input: { communeCode: '35238', departementsServed: ['22'], acceptsNewPmes: false } },
      caller,
    );
    expect(updated.data!.updateConnecteurProfile).toEqual({
      communeCode: '35238',
      departementCode: '35',
      regionCode: '53',
      departementsServed: ['22', '35'],
      acceptsNewPmes: false,
    });
    const inRhone = await search({ departementCode: '69', text: connecteur.displayName });
    expect(inRhone.data!.connecteurs.edges).toHaveLength(0);
    const inCotesdArmor = await search({ departementCode: '22', text: connecteur.displayName });
    expect(inCotesdArmor.data!.connecteurs.edges.map((e) => e.node.id)).toEqual([connecteur.id]);
  });
});

describe('who may call what', () => {
  // Probes of the gate only: answers never read.
  const registration = { input: registrationInput() };
  const mutations: [string, (caller?: Caller) => Promise<GraphqlResult<unknown>>][] = [
    ['registerConnecteur', (caller) => typedCall(api, doc.RegisterConnecteurId, registration, caller)],
    ['updateConnecteurProfile', (caller) => typedCall(api, doc.GateUpdateProfile, {}, caller)],
    ['requestLabel', (caller) => typedCall(api, doc.GateRequestLabel, {}, caller)],
    ['grantLabel', (caller) => typedCall(api, doc.GateGrantLabel, {}, caller)],
    ['rejectLabelRequest', (caller) => typedCall(api, doc.GateRejectLabelRequest, {}, caller)],
    ['revokeLabel', (caller) => typedCall(api, doc.GateRevokeLabel, {}, caller)],
  ];
  const allowed: Record<string, string> = {
    registerConnecteur: 'CONNECTEUR',
    updateConnecteurProfile: 'CONNECTEUR',
    requestLabel: 'CONNECTEUR',
    grantLabel: 'MODERATOR',
    rejectLabelRequest: 'MODERATOR',
    revokeLabel: 'MODERATOR',
  };
  const roles = ['PME', 'CONNECTEUR', 'REGION_AGENT', 'MODERATOR', 'PROVIDER'] as const;

  it.each(mutations)('%s: no token is UNAUTHENTICATED, every other role FORBIDDEN', async (name, probe) => {
    expect(codeOf(await probe())).toBe('UNAUTHENTICATED');
    for (const role of roles.filter((r) => r !== allowed[name])) {
      const caller: Caller = {
        role,
        sub: uniqueId(role),
        ...(role === 'REGION_AGENT' ? { regionCode: '84' } : {}),
      };
      expect(codeOf(await probe(caller)), `${name} as ${role}`).toBe('FORBIDDEN');
    }
  });

  it('refuses a forged or expired token, and development tokens on the AWS configuration', async () => {
    // Plain documents: these calls carry their own authorization header, which typedCall does not pass.
    const forged = await api.call('{ viewer { role } }', {}, undefined, {
      authorization: 'Bearer abc.def.ghi',
    });
    expect(codeOf(forged)).toBe('UNAUTHENTICATED');
    expect(forged.status).toBe(401);
    const later = manualClock(new Date(clock().getTime() + 2 * 3600_000));
    const expired = await createTestApi({ clock: later }).call('{ viewer { role } }', {}, undefined, {
      authorization: `Bearer ${await (await import('../support/api.js')).tokenFor({ role: 'PME', sub: 'p' }, clock())}`,
    });
    expect(codeOf(expired)).toBe('UNAUTHENTICATED');
    const aws = createTestApi({
      config: { env: 'aws', cognito: { userPoolId: 'eu-west-3_abcdefghi', clientId: 'client' } },
    });
    // On AWS only the web app's documents run (trusted documents): one of them, with a development token.
    const onAws = await aws.handler(
      apiEvent(
        { extensions: trustedDocument('PmeCompany') },
        { authorization: `Bearer ${tokenFor({ role: 'MODERATOR', sub: 'm' })}` },
      ),
      { awsRequestId: 'aws' } as never,
    );
    expect(JSON.parse(onAws.body!).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('shows e-mail addresses to signed-in users only', async () => {
    const { connecteur } = await register();
    const query = doc.ConnecteurEmail;
    expect((await typedCall(api, query, { id: connecteur.id })).data!.connecteur!.email).toBeNull();
    expect(
      (await typedCall(api, query, { id: connecteur.id }, { role: 'PME', sub: 'p' })).data!.connecteur!.email,
    ).toBe('conseil@exemple.fr');
  });
});

describe('labels', () => {
  it('is granted on request for a limited time, and stops being valid the second it expires, with no job', async () => {
    const { caller, connecteur } = await register();
    const requested = await requestLabel(caller);
    expect(requested.data!.requestLabel.hasPendingLabelRequest).toBe(true);
    expect(codeOf(await requestLabel(caller))).toBe('CONFLICT');

    const granted = await grantLabel(connecteur.id, '2027-03-31');
    expect(granted.data!.grantLabel).toMatchObject({
      tier: 'LABELLED',
      isLabelled: true,
      labelValidUntil: '2027-03-31',
      hasPendingLabelRequest: false,
    });
    expect(codeOf(await requestLabel(caller)), 'a valid label cannot be requested again').toBe('CONFLICT');

    // Valid through 31 March 2027, Paris time: it ends at midnight in Paris, 2027-03-31T22:00:00Z (summer time).
    const labelled = { labelledOnly: true, text: connecteur.displayName };
    clock.set('2027-03-31T21:59:59.000Z');
    expect((await search(labelled)).data!.connecteurs.edges.map((e) => e.node.tier)).toEqual(['LABELLED']);
    clock.set('2027-03-31T22:00:01.000Z');
    expect((await search(labelled)).data!.connecteurs.edges).toHaveLength(0);
    const volunteers = await search({ tier: 'VOLUNTEER', text: connecteur.displayName });
    expect(volunteers.data!.connecteurs.edges.map((e) => e.node.tier)).toEqual(['VOLUNTEER']);

    // Renewal is a new request; the history keeps both.
    await requestLabel(caller);
    const renewed = await grantLabel(connecteur.id, '2029-03-31');
    expect(renewed.data!.grantLabel.labelHistory.map((r) => [r.status, r.validUntil, r.isValid])).toEqual([
      ['GRANTED', '2029-03-31', true],
      ['GRANTED', '2027-03-31', false],
    ]);
    clock.set('2026-11-26T10:00:00.000Z');
  });

  it('refuses validity dates in the past or more than three years away', async () => {
    const { caller, connecteur } = await register();
    await requestLabel(caller);
    for (const until of ['2026-11-25', '2029-12-01', '2027-02-30']) {
      const result = await grantLabel(connecteur.id, until);
      expect(codeOf(result), until).toBe('BAD_USER_INPUT');
    }
    expect((await grantLabel(connecteur.id, '2029-11-25')).data!.grantLabel.isLabelled).toBe(true);
  });

  it('is rejected or revoked with a reason, kept in the history', async () => {
    const { caller, connecteur } = await register();
    await requestLabel(caller);
    const rejected = await typedCall(api, doc.RejectLabelRequest, { id: connecteur.id }, moderator);
    expect(rejected.data!.rejectLabelRequest.labelHistory[0]).toMatchObject({
      status: 'REJECTED',
      reason: 'Dossier incomplet',
    });
    const noReason = await typedCall(api, doc.RejectWithBlankReason, { id: connecteur.id }, moderator);
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');

    await requestLabel(caller);
    await grantLabel(connecteur.id, '2027-06-30');
    const revoked = await typedCall(api, doc.RevokeLabel, { id: connecteur.id }, moderator);
    expect(revoked.data!.revokeLabel).toMatchObject({ isLabelled: false, tier: 'VOLUNTEER' });
    expect(revoked.data!.revokeLabel.labelHistory.map((r) => r.status)).toEqual(['REVOKED', 'REJECTED']);
    const again = await typedCall(api, doc.RevokeAgain, { id: connecteur.id }, moderator);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(
      (await search({ labelledOnly: true, text: connecteur.displayName })).data!.connecteurs.edges,
    ).toHaveLength(0);

    // The procedure is public; its reasons are the connecteur's and the moderators' only.
    const reasonsSeenBy = async (viewer?: Caller) =>
      (
        await typedCall(api, doc.LabelReasons, { id: connecteur.id }, viewer)
      ).data!.connecteur!.labelHistory.map((r) => r.reason);
    expect(await reasonsSeenBy(caller)).toEqual(['Manquement à la charte', 'Dossier incomplet']);
    expect(await reasonsSeenBy(moderator)).toEqual(['Manquement à la charte', 'Dossier incomplet']);
    expect(await reasonsSeenBy(undefined)).toEqual([null, null]);
    expect(await reasonsSeenBy({ role: 'CONNECTEUR', sub: 'someone-else' })).toEqual([null, null]);
  });

  it('lets only one of two simultaneous moderator decisions win', async () => {
    const { caller, connecteur } = await register();
    await requestLabel(caller);
    const results = await Promise.all([
      grantLabel(connecteur.id, '2027-06-30', { role: 'MODERATOR', sub: 'mod-a' }),
      typedCall(api, doc.RejectConcurrently, { id: connecteur.id }, { role: 'MODERATOR', sub: 'mod-b' }),
    ]);
    expect(results.map(codeOf).filter((c) => c === undefined)).toHaveLength(1);
    expect(results.map(codeOf).filter((c) => c === 'CONFLICT')).toHaveLength(1);
  });

  it('lists pending requests for moderators, oldest first', async () => {
    const first = await register();
    await requestLabel(first.caller);
    clock.advance(1000);
    const second = await register();
    await requestLabel(second.caller);
    const queue = await typedCall(api, doc.PendingLabelRequests, {}, moderator);
    const ids = queue.data!.pendingLabelRequests.edges.map((e) => e.node.id);
    expect(ids.indexOf(first.connecteur.id)).toBeLessThan(ids.indexOf(second.connecteur.id));
    expect(ids.indexOf(first.connecteur.id)).toBeGreaterThanOrEqual(0);
    expect(
      codeOf(await typedCall(api, doc.PendingLabelRequestsDefault, {}, { role: 'CONNECTEUR', sub: 'c' })),
    ).toBe('FORBIDDEN');
  });
});

describe('searching connecteurs', () => {
  const token = uniqueId('zq').replace('-', '');
  let made: ConnecteursFieldsFragment[] = [];

  it('finds by region, département served, commune, theme, tier, availability and name', async () => {
    made = [];
    for (const [commune, served, themes, accepts] of [
      ['69123', ['01'], ['ECOMMERCE_WEBSITE'], true],
      ['13055', [], ['ONLINE_PAYMENT'], true],
      ['97411', [], ['ECOMMERCE_WEBSITE', 'TRAINING'], false],
      ['75056', ['92', '93'], ['STRATEGY'], true],
    ] as const) {
      made.push(
        (
          await register({
            displayName: `${token} ${commune}`,
            communeCode: commune,
            departementsServed: [...served],
            themes: [...themes],
            acceptsNewPmes: accepts,
          })
        ).connecteur,
      );
    }
    const ids = async (filter: ConnecteurFilter) =>
      (await search({ ...filter, text: token })).data!.connecteurs.edges.map(
        (e) => e.node.displayName.split(' ')[1],
      );
    expect(await ids({})).toEqual(['13055', '69123', '75056', '97411']);
    expect(await ids({ regionCode: '84' })).toEqual(['69123']);
    expect(await ids({ departementCode: '01' }), 'serving the Ain from Lyon').toEqual(['69123']);
    expect(await ids({ departementCode: '93' })).toEqual(['75056']);
    expect(await ids({ communeCode: '13055' })).toEqual(['13055']);
    expect(await ids({ regionCode: '04' }), 'overseas').toEqual(['97411']);
    expect(await ids({ themes: ['ECOMMERCE_WEBSITE', 'ONLINE_PAYMENT'] })).toEqual([
      '13055',
      '69123',
      '97411',
    ]);
    expect(await ids({ acceptsNewPmes: true, themes: ['ECOMMERCE_WEBSITE'] })).toEqual(['69123']);
    expect(await ids({ labelledOnly: true })).toEqual([]);
    expect((await search({ text: `${token.toUpperCase()} 6912` })).data!.connecteurs.edges).toHaveLength(1);
  });

  it('pages in a stable order with no duplicate and no gap', async () => {
    const pageToken = uniqueId('pg').replace('-', '');
    const names = ['Émile', 'alice', 'Bruno', 'Chloé', 'david', 'Zoé', 'Yves'];
    for (const name of names)
      await register({ displayName: `${name} ${pageToken}`, communeCode: '33063', departementsServed: [] });
    const seen: string[] = [];
    let after: string | undefined;
    const hasNext: boolean[] = [];
    do {
      const page = await search({ departementCode: '33', text: pageToken }, 3, after);
      seen.push(...page.data!.connecteurs.edges.map((e) => e.node.displayName.split(' ')[0]!));
      hasNext.push(page.data!.connecteurs.pageInfo.hasNextPage);
      after = page.data!.connecteurs.pageInfo.hasNextPage
        ? page.data!.connecteurs.pageInfo.endCursor!
        : undefined;
    } while (after);
    expect(seen).toEqual(['alice', 'Bruno', 'Chloé', 'david', 'Émile', 'Yves', 'Zoé']);
    expect(hasNext).toEqual([true, true, false]);
  });

  it('refuses forged cursors, cursors of another filter, oversized pages and unknown places', async () => {
    const page = await search({ departementCode: '69' }, 1);
    const cursor = page.data!.connecteurs.pageInfo.endCursor!;
    const tampered = cursor.replace(/^./, (c) => (c === 'e' ? 'f' : 'e'));
    expect(codeOf(await search({ departementCode: '69' }, 1, tampered))).toBe('BAD_USER_INPUT');
    expect(codeOf(await search({ departementCode: '69' }, 1, 'not-a-cursor'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await search({ departementCode: '01' }, 1, cursor))).toBe('BAD_USER_INPUT');
    expect(codeOf(await search({}, 101))).toBe('BAD_USER_INPUT');
    expect(codeOf(await search({ departementCode: '00' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await search({ regionCode: '11', departementCode: '69' }))).toBe('BAD_USER_INPUT');
  });

  it('costs two DynamoDB requests for a page, whatever its size', async () => {
    const before = processRequestTally().total;
    const page = await search({ regionCode: '84' }, 50);
    expect(page.data!.connecteurs.edges.length).toBeGreaterThan(1);
    expect(processRequestTally().total - before).toBe(2);
  });
});
