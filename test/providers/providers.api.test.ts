import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { providerIdOf } from '../../functions/providers/service.js';
import { codeOf, createTestApi, manualClock, testDb, uniqueId, type Caller } from '../support/api.js';
import { registerConnecteur, registerPme } from '../support/workspace.js';
import {
  agentOf,
  createApplication,
  expense,
  openProgram,
  dataOf,
  ops,
  registerCompany,
} from '../subsidies/support.js';
import { typedCall, type TypedDocument } from '../support/typed.js';
import type { ProviderFilter, ProvidersModerationQueueQuery } from '../generated/graphql.js';
import {
  addOffer,
  follow,
  moderateReview,
  randomSiret,
  registerProvider,
  reviewProvider,
} from './helpers.js';
import * as doc from './documents.js';
import * as gate from './gate-documents.js';

const clock = manualClock();
const api = createTestApi({ clock });
const moderator: Caller = { role: 'MODERATOR', sub: 'moderator-market' };

async function profileItemExists(sub: string) {
  const { Item } = await testDb().send(
    new GetCommand({
      TableName: inject('tableName'),
      Key: { PK: `PROV#${providerIdOf(sub)}`, SK: 'PROFILE' },
    }),
  );
  return Item !== undefined;
}

const search = (filter: ProviderFilter, first = 20, after?: string | null) =>
  typedCall(api, doc.SearchProviders, { filter, first, after });
/** The providers of a search answer, which must have none. */
const providersOf = (answer: Awaited<ReturnType<typeof search>>) => dataOf(answer).providers;

describe('registering a provider', () => {
  it('derives its place from the commune, always serves its home region, and lists its offers', async () => {
    const { caller, provider } = await registerProvider(api, { communeCode: '35238', regionsServed: ['52'] });
    expect(provider).toMatchObject({
      communeCode: '35238',
      departementCode: '35',
      regionCode: '53',
      regionsServed: ['52', '53'],
      siren: provider.siret.slice(0, 9),
      offers: [],
      rating: { average: null, count: 0 },
    });
    const withOffer = await addOffer(api, caller, {
      theme: 'ECOMMERCE_WEBSITE',
      priceFromCents: 150_000,
      priceToCents: 400_000,
    });
    expect(withOffer.offers).toEqual([
      { id: expect.any(String), theme: 'ECOMMERCE_WEBSITE', priceFromCents: 150_000, priceToCents: 400_000 },
    ]);
    const removed = await typedCall(api, doc.RemoveOffer, { id: withOffer.offers[0]!.id }, caller);
    expect(removed.data!.removeProviderOffer.offers).toEqual([]);
  });

  it.each([
    ['a SIRET with a wrong Luhn key', { siret: '12345678901234' }, ['input', 'siret']],
    ['a SIRET whose SIREN has a wrong key', { siret: '12345678900007' }, ['input', 'siret']],
    ['an unknown commune', { communeCode: '99999' }, ['input', 'communeCode']],
    ['an unknown region served', { regionsServed: ['99'] }, ['input', 'regionsServed', 0]],
    ['a website that is not a URL', { website: 'pas une adresse' }, ['input', 'website']],
  ])('refuses %s with BAD_USER_INPUT and the field path, writing nothing', async (_, overrides, path) => {
    const caller: Caller = { role: 'PROVIDER', sub: uniqueId('prov') };
    const result = await typedCall(
      api,
      doc.RegisterProviderId,
      {
        input: {
          siret: randomSiret(),
          name: 'Web Atelier',
          communeCode: '69123',
          regionsServed: [],
          startup: true,
          ...overrides,
        },
      },
      caller,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toContainEqual(expect.objectContaining({ path }));
    expect(await profileItemExists(caller!.sub)).toBe(false);
  });

  it('allows one entry per account and per SIRET', async () => {
    const { caller, provider } = await registerProvider(api);
    const input = {
      siret: randomSiret(),
      name: 'Autre',
      communeCode: '69123',
      regionsServed: [],
      startup: false,
    };
    const mutation = doc.RegisterProviderId;
    expect(codeOf(await typedCall(api, mutation, { input }, caller))).toBe('CONFLICT');
    const other: Caller = { role: 'PROVIDER', sub: uniqueId('prov') };
    expect(
      codeOf(await typedCall(api, mutation, { input: { ...input, siret: provider.siret } }, other)),
    ).toBe('CONFLICT');
    expect(await profileItemExists(other!.sub)).toBe(false);
  });

  it('refuses an offer whose price range is reversed or not in whole cents', async () => {
    const { caller } = await registerProvider(api);
    const mutation = doc.AddOfferId;
    const base = { theme: 'CONTENT' as const, description: 'Rédaction de contenus' };
    const reversed = await typedCall(
      api,
      mutation,
      { input: { ...base, priceFromCents: 5000_00, priceToCents: 1000_00 } },
      caller,
    );
    expect(codeOf(reversed)).toBe('BAD_USER_INPUT');
    expect(reversed.errors?.[0]?.extensions?.fields).toContainEqual(
      expect.objectContaining({ path: ['input', 'priceToCents'] }),
    );
    const fractional = await typedCall(
      api,
      mutation,
      { input: { ...base, priceFromCents: 100.5, priceToCents: 1000_00 } },
      caller,
    );
    expect(codeOf(fractional)).toBe('BAD_USER_INPUT');
  });
});

describe('who may call what', () => {
  const roles = ['PME', 'CONNECTEUR', 'REGION_AGENT', 'MODERATOR', 'PROVIDER'] as const;
  // Probes of the gate only: literal arguments, answers never read.
  const cases: [string, TypedDocument<unknown, { [key: string]: never }>, string[]][] = [
    ['registerProvider', gate.RegisterProvider, ['PROVIDER']],
    ['updateProvider', gate.UpdateProvider, ['PROVIDER']],
    ['addProviderOffer', gate.AddProviderOffer, ['PROVIDER']],
    ['removeProviderOffer', gate.RemoveProviderOffer, ['PROVIDER']],
    ['reviewProvider', gate.ReviewProvider, ['PME', 'CONNECTEUR']],
    ['editReview', gate.EditReview, ['PME', 'CONNECTEUR']],
    ['moderateReview', gate.ModerateReview, ['MODERATOR']],
    ['replyToReview', gate.ReplyToReview, ['PROVIDER']],
    ['declareProviderEngagement', gate.DeclareProviderEngagement, ['PME']],
    ['confirmProviderEngagement', gate.ConfirmProviderEngagement, ['PROVIDER']],
    ['recommendProviders', gate.RecommendProviders, ['CONNECTEUR']],
    ['moderationQueue', gate.ModerationQueue, ['MODERATOR']],
    ['myProvider', gate.MyProvider, ['PROVIDER']],
    ['myReviews', gate.MyReviews, ['PME', 'CONNECTEUR']],
    ['myProviderEngagements', gate.MyProviderEngagements, ['PROVIDER']],
    ['providerRecommendations', gate.ProviderRecommendations, ['PME', 'CONNECTEUR']],
  ];

  it.each(cases)(
    '%s: no token is UNAUTHENTICATED, roles not allowed are FORBIDDEN',
    async (name, query, allowed) => {
      expect(codeOf(await typedCall(api, query, {})), `${name} anonymous`).toBe('UNAUTHENTICATED');
      for (const role of roles.filter((r) => !allowed.includes(r))) {
        const caller: Caller = {
          role,
          sub: uniqueId(role),
          ...(role === 'REGION_AGENT' ? { regionCode: '84' } : {}),
        };
        expect(codeOf(await typedCall(api, query, {}, caller)), `${name} as ${role}`).toBe('FORBIDDEN');
      }
    },
  );

  it('lets anyone read the directory', async () => {
    const { provider } = await registerProvider(api);
    const read = await typedCall(api, doc.ReadProvider, { id: provider.id });
    expect(read.data!.provider).toMatchObject({ id: provider.id, rating: { count: 0 } });
  });
});

describe('searching providers', () => {
  const token = uniqueId('zp').replace('-', '');

  it('filters by region served, place, theme, text and minimum rating, ordered by rating then name', async () => {
    const made: Record<string, { caller: Caller; id: string }> = {};
    for (const [key, commune, served, theme] of [
      ['lyon-a', '69123', ['11'], 'ECOMMERCE_WEBSITE'],
      ['lyon-b', '69123', [], 'CONTENT'],
      ['rennes', '35238', ['84'], 'ECOMMERCE_WEBSITE'],
      ['reunion', '97411', [], 'BOOKING'],
    ] as const) {
      const { caller, provider } = await registerProvider(api, {
        name: `${token} ${key}`,
        communeCode: commune,
        regionsServed: [...served],
      });
      await addOffer(api, caller, { theme, priceFromCents: 100_000, priceToCents: 200_000 });
      made[key] = { caller, id: provider.id };
    }
    const names = async (filter: ProviderFilter) =>
      providersOf(await search({ ...filter, text: token })).edges.map((e) => e.node.name.split(' ')[1]);

    expect(await names({}), 'unrated: by name').toEqual(['lyon-a', 'lyon-b', 'rennes', 'reunion']);
    expect(await names({ regionCode: '84' }), 'serving Auvergne-Rhône-Alpes').toEqual([
      'lyon-a',
      'lyon-b',
      'rennes',
    ]);
    expect(await names({ regionCode: '11' })).toEqual(['lyon-a']);
    expect(await names({ departementCode: '69' })).toEqual(['lyon-a', 'lyon-b']);
    expect(await names({ localTo: '69259' }), 'a commune: same département').toEqual(['lyon-a', 'lyon-b']);
    expect(await names({ localTo: '53' }), 'a region: based there').toEqual(['rennes']);
    expect(await names({ localTo: '53', regionCode: '84' })).toEqual(['rennes']);
    expect(await names({ themes: ['ECOMMERCE_WEBSITE', 'BOOKING'] })).toEqual([
      'lyon-a',
      'rennes',
      'reunion',
    ]);
    expect(codeOf(await search({ departementCode: '35', localTo: '69123' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await search({ localTo: '123' }))).toBe('BAD_USER_INPUT');

    // Ratings reorder the list: published reviews only, best average first, then the name.
    const reviewAndPublish = async (providerId: string, stars: number) => {
      const { caller } = await registerConnecteur(api);
      const review = await reviewProvider(api, caller, providerId, stars);
      expect(review.errors).toBeUndefined();
      expect(
        (await moderateReview(api, moderator, review.data!.reviewProvider.id, 'PUBLISH')).errors,
      ).toBeUndefined();
    };
    await reviewAndPublish(made.rennes!.id, 4);
    await reviewAndPublish(made.reunion!.id, 5);
    await reviewAndPublish(made['lyon-b']!.id, 4);
    const pending = await reviewProvider(api, (await registerConnecteur(api)).caller, made['lyon-a']!.id, 5);
    expect(pending.errors).toBeUndefined();
    expect(await names({}), 'a pending review does not count').toEqual([
      'reunion',
      'lyon-b',
      'rennes',
      'lyon-a',
    ]);
    expect(await names({ minRating: 4 })).toEqual(['reunion', 'lyon-b', 'rennes']);
    expect(await names({ minRating: 4.5 })).toEqual(['reunion']);
    expect(codeOf(await search({ minRating: 6 }))).toBe('BAD_USER_INPUT');

    // Pages follow each other without overlap; a cursor is bound to its filter.
    const first = providersOf(await search({ text: token }, 2));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = providersOf(await search({ text: token }, 2, first.pageInfo.endCursor));
    expect([...first.edges, ...second.edges].map((e) => e.node.name.split(' ')[1])).toEqual([
      'reunion',
      'lyon-b',
      'rennes',
      'lyon-a',
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await search({ text: token, regionCode: '84' }, 2, first.pageInfo.endCursor))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('moves a provider between places when it moves', async () => {
    const { caller } = await registerProvider(api, { name: `${token} mobile`, communeCode: '69123' });
    const moved = await typedCall(api, doc.MoveProvider, {}, caller);
    expect(moved.data!.updateProvider).toEqual({ regionCode: '93', regionsServed: ['84', '93'] });
    const names = async (filter: ProviderFilter) =>
      providersOf(await search({ ...filter, text: `${token} mobile` })).edges.length;
    expect(await names({ departementCode: '69' })).toBe(0);
    expect(await names({ departementCode: '13' })).toBe(1);
    expect(await names({ regionCode: '84' })).toBe(1);
  });
});

describe('who may review whom', () => {
  it('lets a connecteur review once, and refuses roles and accounts that may not review', async () => {
    const { provider } = await registerProvider(api);
    const { caller } = await registerConnecteur(api);
    const first = await reviewProvider(api, caller, provider.id, 4);
    expect(first.data!.reviewProvider).toMatchObject({
      status: 'PENDING',
      authorKind: 'CONNECTEUR',
      rating: 4,
    });
    expect(codeOf(await reviewProvider(api, caller, provider.id, 5)), 'one review per author').toBe(
      'CONFLICT',
    );

    expect(codeOf(await reviewProvider(api, undefined, provider.id, 5))).toBe('UNAUTHENTICATED');
    const notRegistered: Caller = { role: 'CONNECTEUR', sub: uniqueId('conn') };
    expect(codeOf(await reviewProvider(api, notRegistered, provider.id, 5))).toBe('FORBIDDEN');
    for (const role of ['PROVIDER', 'MODERATOR', 'REGION_AGENT'] as const) {
      const other: Caller = { role, sub: uniqueId(role), regionCode: '84' };
      expect(codeOf(await reviewProvider(api, other, provider.id, 5)), role).toBe('FORBIDDEN');
    }
    expect(codeOf(await reviewProvider(api, caller, 'unknown-provider', 5))).toBe('NOT_FOUND');
    for (const [rating, comment] of [
      [0, 'Une note hors bornes'],
      [6, 'Une note hors bornes'],
      [4, 'court'],
    ] as const) {
      expect(
        codeOf(
          await reviewProvider(api, (await registerConnecteur(api)).caller, provider.id, rating, comment),
        ),
      ).toBe('BAD_USER_INPUT');
    }
  });

  it('lets a PME review only a provider it used: an engagement the provider confirmed', async () => {
    const { caller: providerCaller, provider } = await registerProvider(api);
    expect(
      codeOf(await reviewProvider(api, { role: 'PME', sub: uniqueId('pme') }, provider.id, 5)),
      'no company',
    ).toBe('FORBIDDEN');
    const pme = await registerPme(api);
    expect(codeOf(await reviewProvider(api, pme.caller, provider.id, 5)), 'never used it').toBe('FORBIDDEN');

    const declared = await typedCall(api, doc.DeclareEngagement, { p: provider.id }, pme.caller);
    const engagementId = declared.data!.declareProviderEngagement.id;
    expect(declared.data!.declareProviderEngagement.status).toBe('DECLARED');
    expect(codeOf(await reviewProvider(api, pme.caller, provider.id, 5)), 'not confirmed yet').toBe(
      'FORBIDDEN',
    );

    const otherProvider = await registerProvider(api);
    const confirmByOther = await typedCall(
      api,
      doc.ConfirmEngagementStatus,
      { id: engagementId },
      otherProvider.caller,
    );
    expect(codeOf(confirmByOther)).toBe('FORBIDDEN');
    const inbox = await typedCall(api, doc.MyEngagements, {}, providerCaller);
    expect(inbox.data!.myProviderEngagements.edges.map((e) => e.node.id)).toEqual([engagementId]);
    const confirmed = await typedCall(api, doc.ConfirmEngagement, { id: engagementId }, providerCaller);
    expect(confirmed.data!.confirmProviderEngagement.status).toBe('CONFIRMED');

    const review = await reviewProvider(api, pme.caller, provider.id, 5);
    expect(review.data!.reviewProvider).toMatchObject({ status: 'PENDING', authorKind: 'PME' });
    // Another user of the same company is the same author.
    const mine = await typedCall(api, doc.MyReviews, {}, pme.caller);
    expect(mine.data!.myReviews.edges.map((e) => e.node.id)).toEqual([review.data!.reviewProvider.id]);
  });
});

describe('who may review whom: funded expenses and capital links', () => {
  it('lets a PME review a provider its accepted chèque application funds, not one merely quoted', async () => {
    const { provider } = await registerProvider(api, { communeCode: '69123' });
    const { caller } = await registerCompany(api, { communeCode: '69123' });
    const program = await openProgram(api, { regionCode: '84' });
    const application = await createApplication(api, caller, program.id, {
      expenses: [expense({ providerSiren: provider.siren, providerName: provider.name })],
    });
    const workflow = ops(api);
    const submitted = (await workflow.submit(caller, application.id)).data!.submitSubsidyApplication;
    expect(codeOf(await reviewProvider(api, caller, provider.id, 5)), 'submitted, not funded').toBe(
      'FORBIDDEN',
    );
    const agent = agentOf('84');
    const reviewing = (await workflow.startReview(agent, application.id, submitted.version)).data!
      .startSubsidyReview;
    const accepted = await workflow.decide(agent, application.id, 'ACCEPT', reviewing.version);
    expect(accepted.errors).toBeUndefined();
    const review = await reviewProvider(api, caller, provider.id, 5);
    expect(review.errors).toBeUndefined();
    expect(review.data!.reviewProvider).toMatchObject({ authorKind: 'PME', status: 'PENDING' });
  });

  it('refuses a connecteur a review or a recommendation of a provider it declared a capital link with', async () => {
    const { provider } = await registerProvider(api);
    const clean = await registerProvider(api);
    const connecteur = await registerConnecteur(api, { communeCode: '35238' });
    const declared = await typedCall(api, doc.DeclareCapitalLink, { s: provider.siren }, connecteur.caller);
    expect(declared.errors).toBeUndefined();
    expect(codeOf(await reviewProvider(api, connecteur.caller, provider.id, 5))).toBe('CONFLICT_OF_INTEREST');
    expect(codeOf(await reviewProvider(api, connecteur.caller, clean.provider.id, 5))).toBeUndefined();

    const pme = await registerPme(api, { communeCode: '35238' });
    await follow(api, pme.caller, pme.companyId, connecteur.caller, connecteur.id);
    const recommend = (ids: string[]) =>
      typedCall(api, doc.Recommend, { c: pme.companyId, p: ids }, connecteur.caller);
    const refused = await recommend([clean.provider.id, provider.id]);
    expect(codeOf(refused)).toBe('CONFLICT_OF_INTEREST');
    expect(refused.errors?.[0]?.extensions?.providerIds).toEqual([provider.id]);
    const seen = await typedCall(api, doc.RecommendationsProviders, { c: pme.companyId }, pme.caller);
    expect(seen.data!.providerRecommendations, 'nothing written').toEqual([]);
    expect((await recommend([clean.provider.id])).data!.recommendProviders.providers).toEqual([
      { id: clean.provider.id },
    ]);
  });
});

describe('moderation', () => {
  it('moves a review PENDING → PUBLISHED → (edit) PENDING → REJECTED → (edit) PENDING, counting published ones only', async () => {
    const { caller: providerCaller, provider } = await registerProvider(api);
    const author = await registerConnecteur(api);
    const rating = async () =>
      dataOf(await typedCall(api, doc.ProviderRating, { id: provider.id })).provider!;

    const submitted = dataOf(await reviewProvider(api, author.caller, provider.id, 4)).reviewProvider;
    expect((await rating()).rating).toEqual({ average: null, count: 0 });

    const published = await moderateReview(api, moderator, submitted.id, 'PUBLISH');
    expect(published.data!.moderateReview).toMatchObject({
      status: 'PUBLISHED',
      provider: { rating: { average: 4, count: 1 } },
    });
    expect((await rating()).latestReviews).toEqual([{ id: submitted.id, rating: 4 }]);
    expect(codeOf(await moderateReview(api, moderator, submitted.id, 'PUBLISH')), 'already published').toBe(
      'CONFLICT',
    );

    const reply = doc.ReplyToReview;
    expect(
      (await typedCall(api, reply, { id: submitted.id, t: 'Merci !' }, providerCaller)).data!.replyToReview
        .reply!.text,
    ).toBe('Merci !');
    expect(
      codeOf(await typedCall(api, reply, { id: submitted.id, t: 'Encore merci' }, providerCaller)),
      'one reply',
    ).toBe('CONFLICT');

    const edit = doc.EditReview;
    expect(
      codeOf(await typedCall(api, edit, { id: submitted.id, r: 2 }, (await registerConnecteur(api)).caller)),
      'not the author',
    ).toBe('FORBIDDEN');
    expect((await typedCall(api, edit, { id: submitted.id, r: 2 }, author.caller)).data!.editReview).toEqual({
      status: 'PENDING',
      rating: 2,
    });
    expect(await rating(), 'an edit takes it out of the rating until published again').toMatchObject({
      rating: { average: null, count: 0 },
      latestReviews: [],
    });

    expect(
      codeOf(await moderateReview(api, moderator, submitted.id, 'REJECT')),
      'a reason is mandatory',
    ).toBe('BAD_USER_INPUT');
    const rejected = await moderateReview(api, moderator, submitted.id, 'REJECT', 'Propos invérifiables');
    expect(rejected.data!.moderateReview).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Propos invérifiables',
    });
    expect(codeOf(await moderateReview(api, moderator, submitted.id, 'PUBLISH')), 'rejected').toBe(
      'CONFLICT',
    );
    expect(
      (await typedCall(api, edit, { id: submitted.id, r: 3 }, author.caller)).data!.editReview.status,
    ).toBe('PENDING');
    expect(
      (await moderateReview(api, moderator, submitted.id, 'PUBLISH')).data!.moderateReview.provider.rating,
    ).toEqual({
      average: 3,
      count: 1,
    });
  });

  it('lists pending reviews for moderators, oldest first', async () => {
    const { provider } = await registerProvider(api);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      clock.advance(1000);
      ids.push(
        (await reviewProvider(api, (await registerConnecteur(api)).caller, provider.id, 3)).data!
          .reviewProvider.id,
      );
    }
    const queue: string[] = [];
    let after: string | null = null;
    do {
      const page: ProvidersModerationQueueQuery['moderationQueue'] = (
        await typedCall(api, doc.ModerationQueue, { after }, moderator)
      ).data!.moderationQueue;
      queue.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : null;
    } while (after);
    expect(ids.map((id) => queue.indexOf(id))).toEqual(
      [...ids.map((id) => queue.indexOf(id))].sort((a, b) => a - b),
    );
    expect(queue.indexOf(ids[0]!)).toBeGreaterThanOrEqual(0);
  });

  it('keeps the rating equal to the published reviews under 16 concurrent publications', async () => {
    const { provider } = await registerProvider(api, { name: `Très demandé ${uniqueId()}` });
    // 16 writers on one provider collide on every round (30 took over 30 s on a loaded CI machine).
    const authors = await Promise.all(Array.from({ length: 16 }, () => registerConnecteur(api)));
    const stars = authors.map((_, i) => 1 + (i % 5));
    const reviews = await Promise.all(
      authors.map((a, i) => reviewProvider(api, a.caller, provider.id, stars[i]!)),
    );
    const ids = reviews.map((r) => r.data!.reviewProvider.id);
    // One of them is rejected while the others are published, all at once.
    const results = await Promise.all(
      ids.map((id, i) =>
        i === 0
          ? moderateReview(api, moderator, id, 'REJECT', 'Hors sujet')
          : moderateReview(api, moderator, id, 'PUBLISH'),
      ),
    );
    expect(results.map(codeOf).filter(Boolean)).toEqual([]);
    const expectedSum = stars.slice(1).reduce((a, b) => a + b, 0);
    const read = await typedCall(api, doc.RatingDetail, { id: provider.id });
    const p = read.data!.provider!;
    expect(p.rating.count).toBe(15);
    expect(p.rating.average).toBe(Math.round((expectedSum / 15) * 100) / 100);
    expect(p.reviews.edges.map((e) => e.node.rating).reduce((a, b) => a + b, 0)).toBe(expectedSum);
    expect(p.latestReviews).toHaveLength(3);
    // The search entries were rewritten with the final rating.
    const listed = await search({ text: 'tres demande' }, 100);
    const entry = providersOf(listed).edges.find((e) => e.node.id === provider.id);
    expect(entry!.node.rating).toEqual(p.rating);
    const minRated = await search({ text: 'tres demande', minRating: Math.floor(p.rating.average!) }, 100);
    expect(providersOf(minRated).edges.map((e) => e.node.id)).toContain(provider.id);
    // Each try is about half a second of DynamoDB Local on a loaded machine, and 16 writers retry many times.
  }, 90_000);
});

describe('recommendations', () => {
  it('lets a connecteur recommend providers to a company it follows, and the company see them', async () => {
    const pme = await registerPme(api, { communeCode: '35238' });
    const connecteur = await registerConnecteur(api, { communeCode: '35238' });
    const a = await registerProvider(api);
    const b = await registerProvider(api);
    const recommend = (providerIds: string[], caller: Caller = connecteur.caller) =>
      typedCall(api, doc.RecommendWithNote, { c: pme.companyId, p: providerIds }, caller);
    expect(codeOf(await recommend([a.provider.id])), 'not followed yet').toBe('FORBIDDEN');
    await follow(api, pme.caller, pme.companyId, connecteur.caller, connecteur.id);
    expect(codeOf(await recommend(['no-such-provider']))).toBe('BAD_USER_INPUT');
    const made = await recommend([a.provider.id, b.provider.id]);
    expect(made.data!.recommendProviders).toMatchObject({
      companyId: pme.companyId,
      providers: [{ id: a.provider.id }, { id: b.provider.id }],
      connecteur: { id: connecteur.id },
    });
    const seen = await typedCall(api, doc.RecommendationsWithNote, { c: pme.companyId }, pme.caller);
    expect(seen.data!.providerRecommendations).toEqual([
      { providers: [{ id: a.provider.id }, { id: b.provider.id }], note: 'Pour votre boutique en ligne' },
    ]);
    const stranger = await registerPme(api);
    expect(codeOf(await typedCall(api, doc.RecommendationsNote, { c: pme.companyId }, stranger.caller))).toBe(
      'FORBIDDEN',
    );
  });
});
