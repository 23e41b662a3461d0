import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, uniqueId, type Caller } from '../support/api.js';
import { graphql } from '../generated/gql.js';
import type { EventFilter, EventInput } from '../generated/graphql.js';
import { typedCall } from '../support/typed.js';

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const moderator: Caller = { role: 'MODERATOR', sub: 'moderator-events' };
const agentBretagne: Caller = { role: 'REGION_AGENT', sub: uniqueId('agent'), regionCode: '53' };

const PublishEvent = graphql(`
  mutation EventsPublishEvent($input: EventInput!) {
    publishEvent(input: $input) {
      id
      title
      startsAt
      regionCode
      departementCode
      communeCode
      online
      themes
    }
  }
`);
const ListEvents = graphql(`
  query EventsList($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          title
          startsAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const CancelEvent = graphql(`
  mutation EventsCancelEvent($id: ID!) {
    cancelEvent(id: $id)
  }
`);
const ReadEvent = graphql(`
  query EventsReadEvent($id: ID!) {
    event(id: $id) {
      id
    }
  }
`);
const UpdateEvent = graphql(`
  mutation EventsUpdateEvent($id: ID!, $input: EventInput!, $expectedVersion: Int!) {
    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
      regionCode
      startsAt
      version
    }
  }
`);
const PublishNews = graphql(`
  mutation EventsPublishNews($input: NewsInput!) {
    publishNews(input: $input) {
      id
      regionCode
    }
  }
`);
const ListNews = graphql(`
  query EventsListNews($r: String) {
    news(filter: { regionCode: $r }, first: 100) {
      edges {
        node {
          title
        }
      }
    }
  }
`);
const WithdrawNews = graphql(`
  mutation EventsWithdrawNews($id: ID!) {
    withdrawNews(id: $id)
  }
`);

function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  return {
    kind: 'BREAKFAST',
    title: `Petit-déjeuner numérique ${uniqueId()}`,
    startsAt: '2026-12-10T08:30:00+01:00',
    endsAt: '2026-12-10T10:00:00+01:00',
    placeName: 'CCI Ille-et-Vilaine',
    communeCode: '35238',
    online: false,
    themes: ['ECOMMERCE_WEBSITE'],
    link: 'https://evenements.exemple.fr/petit-dej',
    ...overrides,
  };
}

const publish = (input: EventInput, caller: Caller) => typedCall(api, PublishEvent, { input }, caller);

const list = (filter: EventFilter, first = 100, after?: string | null) =>
  typedCall(api, ListEvents, { filter, first, after });

describe('events', () => {
  it('are published by moderators anywhere and by region agents in their region only', async () => {
    const inRennes = await publish(eventInput(), agentBretagne);
    expect(inRennes.data!.publishEvent).toMatchObject({
      regionCode: '53',
      departementCode: '35',
      startsAt: '2026-12-10T07:30:00.000Z',
      online: false,
    });
    expect(codeOf(await publish(eventInput({ communeCode: '69123' }), agentBretagne)), 'another region').toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await publish(eventInput({ communeCode: null, online: true, regionCode: null }), agentBretagne)),
      'national',
    ).toBe('FORBIDDEN');
    expect(
      (await publish(eventInput({ communeCode: null, online: true }), moderator)).data!.publishEvent
        .regionCode,
    ).toBeNull();
    expect(codeOf(await publish(eventInput(), undefined))).toBe('UNAUTHENTICATED');
    for (const role of ['PME', 'CONNECTEUR', 'PROVIDER'] as const)
      expect(codeOf(await publish(eventInput(), { role, sub: uniqueId(role) })), role).toBe('FORBIDDEN');

    const elsewhere = await publish(eventInput({ communeCode: '69123' }), moderator);
    expect(
      codeOf(await typedCall(api, CancelEvent, { id: elsewhere.data!.publishEvent.id }, agentBretagne)),
    ).toBe('FORBIDDEN');
    expect(
      (await typedCall(api, CancelEvent, { id: inRennes.data!.publishEvent.id }, agentBretagne)).data!
        .cancelEvent,
    ).toBe(true);
    expect(
      (
        await typedCall(api, ReadEvent, {
          id: inRennes.data!.publishEvent.id,
        })
      ).data!.event,
    ).toBeNull();
  });

  it.each([
    ['an end before the start', { endsAt: '2026-12-10T07:00:00+01:00' }, ['input', 'endsAt']],
    ['a physical event without a commune', { communeCode: null }, ['input', 'communeCode']],
    ['an online event without a link', { online: true, link: null }, ['input', 'link']],
    ['a commune outside the region given', { regionCode: '84' }, ['input', 'regionCode']],
    ['a date without time zone', { startsAt: '2026-12-10T08:30:00' }, ['input', 'startsAt']],
  ])('refuses %s', async (_, overrides, path) => {
    const result = await publish(eventInput(overrides), moderator);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toContainEqual(expect.objectContaining({ path }));
  });

  it('lists upcoming events of a region (and national ones), soonest first, by dates and themes', async () => {
    const tag = uniqueId('evt');
    const at = (day: string, overrides: Partial<EventInput> = {}) =>
      publish(
        eventInput({ title: `${tag} ${day}`, startsAt: `${day}T09:00:00Z`, endsAt: null, ...overrides }),
        moderator,
      );
    await at('2026-11-20'); // past
    await at('2026-12-15', { themes: ['CONTENT'] });
    await at('2026-12-05');
    await at('2027-01-10', { communeCode: null, online: true }); // national, online
    await at('2026-12-07', { communeCode: '69123' }); // another region
    const titles = async (filter: EventFilter) =>
      (await list(filter))
        .data!.events.edges.map((e) => e.node.title)
        .filter((t) => t.startsWith(tag))
        .map((t) => t.split(' ')[1]);
    expect(await titles({ regionCode: '53' })).toEqual(['2026-12-05', '2026-12-15', '2027-01-10']);
    expect(await titles({ regionCode: '53', to: '2026-12-31T23:59:59Z' })).toEqual([
      '2026-12-05',
      '2026-12-15',
    ]);
    expect(await titles({ regionCode: '53', from: '2026-11-01T00:00:00Z', themes: ['CONTENT'] })).toEqual([
      '2026-12-15',
    ]);
    expect(await titles({})).toEqual(['2026-12-05', '2026-12-07', '2026-12-15', '2027-01-10']);
    clock.set('2026-12-06T00:00:00.000Z');
    expect(await titles({ regionCode: '53' }), 'the clock moves the agenda on').toEqual([
      '2026-12-15',
      '2027-01-10',
    ]);
    clock.set('2026-11-26T10:00:00.000Z');

    const moved = (await list({ regionCode: '53' })).data!.events.edges.find(
      (e) => e.node.title === `${tag} 2026-12-05`,
    )!.node;
    const updated = await typedCall(
      api,
      UpdateEvent,
      {
        id: moved.id,
        input: eventInput({
          title: `${tag} 2026-12-06`,
          startsAt: '2026-12-06T09:00:00Z',
          endsAt: null,
          communeCode: '13055',
        }),
        expectedVersion: 1,
      },
      moderator,
    );
    expect(updated.data!.updateEvent).toEqual({
      regionCode: '93',
      startsAt: '2026-12-06T09:00:00.000Z',
      version: 2,
    });
    expect(await titles({ regionCode: '53' })).toEqual(['2026-12-15', '2027-01-10']);
    expect(await titles({ regionCode: '93' })).toEqual(['2026-12-06', '2027-01-10']);
  });

  it('pages through the agenda without overlap', async () => {
    const tag = uniqueId('page');
    for (const day of ['2027-02-01', '2027-02-02', '2027-02-03'])
      await publish(
        eventInput({
          title: `${tag} ${day}`,
          startsAt: `${day}T09:00:00Z`,
          endsAt: null,
          communeCode: '97209',
        }),
        moderator,
      );
    const filter = { regionCode: '02', from: '2027-02-01T00:00:00Z', to: '2027-02-28T00:00:00Z' };
    const first = await list(filter, 2);
    expect(first.data!.events.pageInfo.hasNextPage).toBe(true);
    const second = await list(filter, 2, first.data!.events.pageInfo.endCursor);
    const titles = [...first.data!.events.edges, ...second.data!.events.edges].map((e) => e.node.title);
    expect(titles.filter((t) => t.startsWith(tag))).toEqual([
      `${tag} 2027-02-01`,
      `${tag} 2027-02-02`,
      `${tag} 2027-02-03`,
    ]);
  });
});

describe('news', () => {
  it('lists a region’s news and national ones, newest first; an agent publishes for its region only', async () => {
    const tag = uniqueId('news');
    const publishNews = (title: string, regionCode: string | null, caller: Caller) =>
      typedCall(
        api,
        PublishNews,
        {
          input: {
            title: `${tag} ${title}`,
            body: 'Le chèque numérique rouvre ses portes.',
            regionCode,
            themes: ['STRATEGY'],
          },
        },
        caller,
      );
    expect((await publishNews('régionale', '53', agentBretagne)).data!.publishNews.regionCode).toBe('53');
    clock.advance(60_000);
    expect(codeOf(await publishNews('ailleurs', '84', agentBretagne))).toBe('FORBIDDEN');
    const national = await publishNews('nationale', null, moderator);
    clock.advance(60_000);
    await publishNews('lyonnaise', '84', moderator);
    const titles = async (regionCode: string) =>
      (await typedCall(api, ListNews, { r: regionCode }))
        .data!.news.edges.map((e) => e.node.title)
        .filter((t) => t.startsWith(tag));
    expect(await titles('53')).toEqual([`${tag} nationale`, `${tag} régionale`]);
    expect(await titles('84')).toEqual([`${tag} lyonnaise`, `${tag} nationale`]);
    expect(
      codeOf(await typedCall(api, WithdrawNews, { id: national.data!.publishNews.id }, agentBretagne)),
    ).toBe('FORBIDDEN');
    await typedCall(api, WithdrawNews, { id: national.data!.publishNews.id }, moderator);
    expect(await titles('53')).toEqual([`${tag} régionale`]);
  });
});

const PublishKeyedEvent = graphql(`
  mutation EventsPublishKeyedEvent($input: EventInput!, $clientKey: String) {
    publishEvent(input: $input, clientKey: $clientKey) {
      id
      title
    }
  }
`);
const PublishKeyedNews = graphql(`
  mutation EventsPublishKeyedNews($input: NewsInput!, $clientKey: String) {
    publishNews(input: $input, clientKey: $clientKey) {
      id
      title
    }
  }
`);

// A publisher's retry after a lost answer, or a second click, sends the same key: one publication, the same answer.
describe('a publication sent again with its client key', () => {
  const agendaTitles = async (title: string) =>
    (await list({ regionCode: '53' })).data!.events.edges.filter((e) => e.node.title === title);
  const newsTitles = async (title: string) =>
    (await typedCall(api, ListNews, { r: '53' })).data!.news.edges.filter((e) => e.node.title === title);

  it('is one event, answered to the retry and to concurrent sends; another publisher’s same key is its own', async () => {
    const input = eventInput();
    const clientKey = uniqueId('key');
    const first = await typedCall(api, PublishKeyedEvent, { input, clientKey }, agentBretagne);
    const retry = await typedCall(api, PublishKeyedEvent, { input, clientKey }, agentBretagne);
    expect(retry.data!.publishEvent.id).toBe(first.data!.publishEvent.id);
    expect(await agendaTitles(input.title)).toHaveLength(1);

    const raced = eventInput();
    const racedKey = uniqueId('key');
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() =>
        typedCall(api, PublishKeyedEvent, { input: raced, clientKey: racedKey }, moderator),
      ),
    );
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(new Set(answers.map((a) => a.data!.publishEvent.id)).size).toBe(1);
    expect(await agendaTitles(raced.title)).toHaveLength(1);

    const colleague: Caller = { role: 'REGION_AGENT', sub: uniqueId('agent'), regionCode: '53' };
    const theirs = await typedCall(api, PublishKeyedEvent, { input, clientKey }, colleague);
    expect(theirs.data!.publishEvent.id).not.toBe(first.data!.publishEvent.id);
    expect(await agendaTitles(input.title)).toHaveLength(2);
  });

  it('is one news item, answered to the retry and to concurrent sends', async () => {
    const input = {
      title: `Réouverture ${uniqueId('news')}`,
      body: 'Le chèque numérique rouvre ses portes.',
      regionCode: '53',
      themes: ['STRATEGY' as const],
    };
    const clientKey = uniqueId('key');
    const answers = await Promise.all(
      [1, 2, 3].map(() => typedCall(api, PublishKeyedNews, { input, clientKey }, agentBretagne)),
    );
    const retry = await typedCall(api, PublishKeyedNews, { input, clientKey }, agentBretagne);
    const ids = [...answers, retry].map((a) => a.data?.publishNews.id);
    expect(ids[0]).toBeDefined();
    expect(new Set(ids).size).toBe(1);
    expect(await newsTitles(input.title)).toHaveLength(1);
    // Without a key, each send is a publication of its own.
    await typedCall(api, PublishKeyedNews, { input }, agentBretagne);
    expect(await newsTitles(input.title)).toHaveLength(2);
  });

  it('is not published again by a late retry once cancelled or withdrawn', async () => {
    const input = eventInput();
    const clientKey = uniqueId('key');
    const event = (await typedCall(api, PublishKeyedEvent, { input, clientKey }, agentBretagne)).data!
      .publishEvent;
    expect((await typedCall(api, CancelEvent, { id: event.id }, agentBretagne)).errors).toBeUndefined();
    const late = await typedCall(api, PublishKeyedEvent, { input, clientKey }, agentBretagne);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(await agendaTitles(input.title)).toHaveLength(0);
    expect((await typedCall(api, ReadEvent, { id: event.id })).data!.event).toBeNull();

    const news = {
      title: `Retirée ${uniqueId('news')}`,
      body: 'Une information publiée par erreur.',
      regionCode: '53',
      themes: ['STRATEGY' as const],
    };
    const newsKey = uniqueId('key');
    const published = await typedCall(
      api,
      PublishKeyedNews,
      { input: news, clientKey: newsKey },
      agentBretagne,
    );
    await typedCall(api, WithdrawNews, { id: published.data!.publishNews.id }, agentBretagne);
    expect(
      codeOf(await typedCall(api, PublishKeyedNews, { input: news, clientKey: newsKey }, agentBretagne)),
    ).toBe('CONFLICT');
    expect(await newsTitles(news.title)).toHaveLength(0);
  });

  it('refuses a malformed key with its path and publishes nothing', async () => {
    const input = eventInput();
    const refused = await typedCall(api, PublishKeyedEvent, { input, clientKey: 'court' }, agentBretagne);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields).toContainEqual(
      expect.objectContaining({ path: ['clientKey'] }),
    );
    expect(await agendaTitles(input.title)).toHaveLength(0);
  });
});
