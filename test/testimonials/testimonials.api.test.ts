import { describe, expect, inject, it } from 'vitest';
import { createStores } from '../../functions/graphql/context.js';
import { matchingTestimonials } from '../../functions/testimonials/service.js';
import {
  codeOf,
  createTestApi,
  manualClock,
  testDb,
  uniqueId,
  type Caller,
  type GraphqlResult,
} from '../support/api.js';
import { answersAt, registerConnecteur, registerPme } from '../support/workspace.js';
import { follow } from '../providers/helpers.js';
import { typedCall } from '../support/typed.js';
import type {
  MaturityLevel,
  SizeBand,
  TestimonialFilter,
  TestimonialFormat,
  TestimonialInput,
  TestimonialsListQuery,
  Theme,
} from '../generated/graphql.js';
import * as doc from './documents.js';

const clock = manualClock();
const api = createTestApi({ clock });
const moderator: Caller = { role: 'MODERATOR', sub: 'moderator-testimonials' };

function testimonialInput(overrides: Partial<TestimonialInput> = {}): TestimonialInput {
  return {
    companyName: `Boulangerie ${uniqueId()}`,
    title: 'Notre click & collect a doublé nos ventes',
    story:
      'Avec l’aide de notre connecteur, nous avons ouvert une boutique en ligne avec retrait en magasin. En six mois, un tiers de nos commandes passent par le site.',
    format: 'ARTICLE',
    themes: ['ECOMMERCE_WEBSITE'],
    nafCode: '10.71C',
    sizeBand: 'MICRO',
    communeCode: '35238',
    maturityLevel: 'DYNAMIC',
    ...overrides,
  };
}

const submit = (input: TestimonialInput, caller: Caller) =>
  typedCall(api, doc.SubmitTestimonial, { input }, caller);
const moderate = (id: string, decision: 'PUBLISH' | 'REJECT', reason?: string) =>
  typedCall(api, doc.ModerateTestimonial, { id, d: decision, r: reason }, moderator);
const read = (id: string, caller?: Caller) => typedCall(api, doc.ReadTestimonial, { id }, caller);

type Listed = TestimonialsListQuery['testimonials']['edges'][number]['node'];
async function allListed(filter: TestimonialFilter) {
  const found: Listed[] = [];
  let after: string | null = null;
  do {
    const page: GraphqlResult<TestimonialsListQuery> = await typedCall(api, doc.ListTestimonials, {
      f: filter,
      after,
    });
    expect(page.errors, JSON.stringify(page.errors)).toBeUndefined();
    found.push(...page.data!.testimonials.edges.map((e) => e.node));
    after = page.data!.testimonials.pageInfo.hasNextPage ? page.data!.testimonials.pageInfo.endCursor! : null;
  } while (after);
  return found;
}

const mapOf = async (filter: TestimonialFilter) => {
  const result = await typedCall(api, doc.TestimonialMap, { f: filter });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.testimonialMap;
};

/** The list, counted per département as the map does. */
const countsOf = (listed: { departementCode: string }[]) => {
  const counts = new Map<string, number>();
  for (const t of listed) counts.set(t.departementCode, (counts.get(t.departementCode) ?? 0) + 1);
  return [...counts.entries()]
    .map(([departementCode, count]) => ({ departementCode, count }))
    .sort((a, b) => a.departementCode.localeCompare(b.departementCode));
};

describe('submitting a testimonial', () => {
  it('lets a PME tell its own story, published after moderation', async () => {
    const pme = await registerPme(api);
    const submitted = await submit(testimonialInput(), pme.caller);
    expect(submitted.data!.submitTestimonial).toMatchObject({
      status: 'PENDING',
      nafSection: 'C',
      departementCode: '35',
      regionCode: '53',
    });
    const id = submitted.data!.submitTestimonial.id;
    expect((await read(id)).data!.testimonial, 'not public before moderation').toBeNull();
    expect((await read(id, pme.caller)).data!.testimonial!.status).toBe('PENDING');
    expect(codeOf(await moderate(id, 'REJECT')), 'a reason is mandatory').toBe('BAD_USER_INPUT');
    expect((await moderate(id, 'PUBLISH')).data!.moderateTestimonial.status).toBe('PUBLISHED');
    expect((await read(id)).data!.testimonial!.status).toBe('PUBLISHED');
    expect(codeOf(await moderate(id, 'REJECT', 'Trop tard')), 'already published').toBe('CONFLICT');
  });

  it.each<[string, Partial<TestimonialInput>, (string | number)[]]>([
    [
      'a video over 60 seconds',
      { format: 'VIDEO', mediaUrl: 'https://video.exemple.fr/1', durationSeconds: 61 },
      ['input', 'durationSeconds'],
    ],
    ['a video without its address', { format: 'VIDEO', durationSeconds: 45 }, ['input', 'mediaUrl']],
    ['four themes', { themes: ['ECOMMERCE_WEBSITE', 'CONTENT', 'BOOKING', 'EMAILING'] }, ['input', 'themes']],
    ['an unknown NAF code', { nafCode: '99.99Z' }, ['input', 'nafCode']],
    ['an unknown commune', { communeCode: '99999' }, ['input', 'communeCode']],
  ])('refuses %s', async (_, overrides, path) => {
    const pme = await registerPme(api);
    const result = await submit(testimonialInput(overrides), pme.caller);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toContainEqual(expect.objectContaining({ path }));
    const mine = await typedCall(api, doc.MyTestimonialIds, {}, pme.caller);
    expect(mine.data!.myTestimonials.edges, 'nothing written').toEqual([]);
  });

  it('lets a connecteur write one for a company it follows, which goes to moderation once the company agrees', async () => {
    const pme = await registerPme(api, { communeCode: '35238' });
    const connecteur = await registerConnecteur(api, { communeCode: '35238' });
    const forCompany = testimonialInput({ companyId: pme.companyId });
    expect(codeOf(await submit(forCompany, connecteur.caller)), 'not followed').toBe('FORBIDDEN');
    await follow(api, pme.caller, pme.companyId, connecteur.caller, connecteur.id);
    const written = await submit(forCompany, connecteur.caller);
    expect(written.data!.submitTestimonial).toMatchObject({
      status: 'AWAITING_AGREEMENT',
      connecteur: { id: connecteur.id },
    });
    const id = written.data!.submitTestimonial.id;
    expect(codeOf(await moderate(id, 'PUBLISH')), 'the company has not agreed').toBe('CONFLICT');

    const agree = doc.AgreeToTestimonial;
    const stranger = await registerPme(api);
    expect(codeOf(await typedCall(api, agree, { id }, stranger.caller))).toBe('FORBIDDEN');
    expect(codeOf(await typedCall(api, agree, { id }, connecteur.caller))).toBe('FORBIDDEN');
    expect((await typedCall(api, agree, { id }, pme.caller)).data!.agreeToTestimonial.status).toBe('PENDING');
    const rejected = await moderate(id, 'REJECT', 'Le récit cite un client nommément.');
    expect(rejected.data!.moderateTestimonial).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Le récit cite un client nommément.',
    });
    const mine = await typedCall(api, doc.MyTestimonials, {}, connecteur.caller);
    expect(mine.data!.myTestimonials.edges.map((e) => e.node)).toEqual([{ id, status: 'REJECTED' }]);

    expect(
      codeOf(await submit(testimonialInput(), connecteur.caller)),
      'a connecteur names the company',
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await submit(testimonialInput(), { role: 'PME', sub: uniqueId('pme') })),
      'no company',
    ).toBe('FORBIDDEN');
    expect(codeOf(await submit(testimonialInput(), { role: 'PROVIDER', sub: uniqueId('p') }))).toBe(
      'FORBIDDEN',
    );
  });

  it('lists pending testimonials for moderators, oldest first', async () => {
    const pme = await registerPme(api);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      clock.advance(1000);
      ids.push((await submit(testimonialInput(), pme.caller)).data!.submitTestimonial.id);
    }
    const queue = await typedCall(api, doc.ModerationQueue, {}, moderator);
    const order = queue.data!.testimonialModerationQueue.edges.map((e) => e.node.id);
    expect(order.indexOf(ids[0]!)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(ids[0]!)).toBeLessThan(order.indexOf(ids[1]!));
    expect(codeOf(await typedCall(api, doc.ModerationQueueCursors, {}, pme.caller))).toBe('FORBIDDEN');
  });

  it('writes one testimonial per client key: a retry, even concurrent, answers the first', async () => {
    const pme = await registerPme(api);
    const keyed = (clientKey: string) => submit(testimonialInput({ clientKey }), pme.caller);
    const first = await keyed('cle-temoignage-1');
    expect(first.errors).toBeUndefined();
    expect((await keyed('cle-temoignage-1')).data!.submitTestimonial).toEqual(first.data!.submitTestimonial);
    const racing = await Promise.all([keyed('cle-temoignage-2'), keyed('cle-temoignage-2')]);
    expect(racing.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(racing[1]!.data!.submitTestimonial.id).toBe(racing[0]!.data!.submitTestimonial.id);
    expect(racing[0]!.data!.submitTestimonial.id).not.toBe(first.data!.submitTestimonial.id);
    expect(codeOf(await keyed('court'))).toBe('BAD_USER_INPUT');
    const mine = await typedCall(api, doc.MyTestimonialIds, {}, pme.caller);
    expect(mine.data!.myTestimonials.edges).toHaveLength(2);
  });
});

describe('filters and the map', () => {
  it('agree with each other for every filter, with publications and a withdrawal happening at once', async () => {
    const pme = await registerPme(api);
    // [naf, size, commune, level, format, themes, award]
    const rows: [string, SizeBand, string, MaturityLevel, TestimonialFormat, Theme[], string | null][] = [
      ['47.71Z', 'MICRO', '35238', 'DYNAMIC', 'ARTICLE', ['ECOMMERCE_WEBSITE'], null],
      [
        '47.71Z',
        'SMALL',
        '29019',
        'MATURE',
        'VIDEO',
        ['ECOMMERCE_WEBSITE', 'ONLINE_PAYMENT'],
        'Trophée du commerce connecté',
      ],
      ['56.10A', 'MICRO', '69123', 'POTENTIAL', 'AUDIO', ['BOOKING', 'ONLINE_VISIBILITY', 'CONTENT'], null],
      ['56.10A', 'SOLO', '13055', 'RELUCTANT', 'ARTICLE', ['ONLINE_VISIBILITY'], null],
      ['10.71C', 'MICRO', '35238', 'DYNAMIC', 'VIDEO', ['ECOMMERCE_WEBSITE', 'BOOKING'], 'Prix régional'],
      ['10.71C', 'MEDIUM', '33063', 'MATURE', 'ARTICLE', ['CUSTOMER_RELATIONSHIP', 'EMAILING'], null],
      ['90.01Z', 'SOLO', '97411', 'POTENTIAL', 'AUDIO', ['CONTENT'], null],
      [
        '47.71Z',
        'MICRO',
        '97411',
        'DYNAMIC',
        'ARTICLE',
        ['ONLINE_PAYMENT', 'ECOMMERCE_WEBSITE', 'STOCK_ORDERS_DELIVERY'],
        'Lauréat France Num',
      ],
    ];
    const ids: string[] = [];
    for (const [nafCode, sizeBand, communeCode, maturityLevel, format, themes, award] of rows) {
      const media =
        format === 'ARTICLE' ? {} : { mediaUrl: 'https://media.exemple.fr/t', durationSeconds: 50 };
      const result = await submit(
        testimonialInput({ nafCode, sizeBand, communeCode, maturityLevel, format, themes, award, ...media }),
        pme.caller,
      );
      expect(result.errors).toBeUndefined();
      ids.push(result.data!.submitTestimonial.id);
    }
    const before = await mapOf({ departementCode: '974' });
    const withdraw = doc.WithdrawTestimonial;
    // The last one is published and withdrawn before the others are published, all at once.
    await moderate(ids.at(-1)!, 'PUBLISH');
    const results = await Promise.all([
      ...ids.slice(0, -1).map((id) => moderate(id, 'PUBLISH')),
      typedCall(api, withdraw, { id: ids.at(-1)! }, pme.caller),
    ]);
    expect(results.map(codeOf).filter(Boolean)).toEqual([]);
    const after = await mapOf({ departementCode: '974' });
    const count974 = (m: { departementCode: string; count: number }[]) =>
      m.find((c) => c.departementCode === '974')?.count ?? 0;
    expect(count974(after) - count974(before), 'one published in La Réunion, one withdrawn').toBe(1);

    const filters: TestimonialFilter[] = [
      {},
      { nafSection: 'G' },
      { nafSection: 'I', sizeBand: 'MICRO' },
      { sizeBand: 'MICRO' },
      { regionCode: '53' },
      { departementCode: '35' },
      { departementCode: '29', regionCode: '53' },
      { maturityLevel: 'MATURE' },
      { format: 'VIDEO' },
      { awardedOnly: true },
      { themes: ['ECOMMERCE_WEBSITE'] },
      { themes: ['ECOMMERCE_WEBSITE', 'BOOKING'] },
      { themes: ['ONLINE_VISIBILITY', 'BOOKING', 'CONTENT', 'ONLINE_PAYMENT'] },
      { nafSection: 'G', themes: ['ECOMMERCE_WEBSITE', 'ONLINE_PAYMENT'], awardedOnly: true },
      { regionCode: '53', sizeBand: 'MICRO', format: 'VIDEO', maturityLevel: 'DYNAMIC' },
    ];
    for (const filter of filters) {
      const listed = await allListed(filter);
      expect(await mapOf(filter), JSON.stringify(filter)).toEqual(countsOf(listed));
    }
    // Known counts among this test's own testimonials (La Réunion and Gironde are nobody else's here).
    expect(await mapOf({ departementCode: '974', themes: ['CONTENT'] })).toEqual([
      { departementCode: '974', count: 1 },
    ]);
    expect(await mapOf({ departementCode: '33' })).toEqual([{ departementCode: '33', count: 1 }]);
    expect(codeOf(await typedCall(api, doc.MapOfConflictingPlaces, {}))).toBe('BAD_USER_INPUT');
    expect(codeOf(await typedCall(api, doc.ListOfUnknownSection, {}))).toBe('BAD_USER_INPUT');
  });
});

describe('testimonials matching a company', () => {
  it('come by sector first, then size, then region', async () => {
    const pme = await registerPme(api);
    // Mayotte (06) and Guyane (03), in agriculture (A): nobody else's here.
    const rows: [string, string, SizeBand, string][] = [
      ['t5', '90.01Z', 'SMALL', '97611'],
      ['t4', '01.11Z', 'MICRO', '97302'],
      ['t3', '01.11Z', 'MICRO', '97611'],
      ['t2', '01.11Z', 'SMALL', '97302'],
      ['t1', '01.11Z', 'SMALL', '97611'],
    ];
    const byTitle = new Map<string, string>();
    for (const [title, nafCode, sizeBand, communeCode] of rows) {
      const id = (
        await submit(
          testimonialInput({ title: `Témoignage ${title}`, nafCode, sizeBand, communeCode }),
          pme.caller,
        )
      ).data!.submitTestimonial.id;
      clock.advance(1000);
      await moderate(id, 'PUBLISH');
      byTitle.set(id, title);
    }
    const deps = createStores(testDb(), inject('tableName'));
    const found = await matchingTestimonials(
      deps,
      { nafSection: 'A', sizeBand: 'SMALL', regionCode: '06' },
      5,
    );
    expect(found.map((t) => byTitle.get(t.id))).toEqual(['t1', 't2', 't3', 't4', 't5']);

    // The diagnostic's result recommends the three closest.
    const diagnostic = await typedCall(api, doc.DiagnosticTestimonials, {
      input: {
        answers: answersAt(0.5),
        companyFacts: { sizeBand: 'SMALL', nafCode: '01.21Z', clientele: 'B2C', communeCode: '97611' },
      },
    });
    expect(diagnostic.errors).toBeUndefined();
    expect(
      diagnostic.data!.submitDiagnostic.recommendations.testimonials.map((t) => byTitle.get(t.id)),
    ).toEqual(['t1', 't2', 't3']);
  });
});
