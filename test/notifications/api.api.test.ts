import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, uniqueId, type Caller } from '../support/api.js';
import { rawPartition } from '../privacy/support.js';
import { registerPme } from '../support/workspace.js';
import { graphql } from '../generated/gql.js';
import type { NotificationsListQueryVariables } from '../generated/graphql.js';
import { typedCall } from '../support/typed.js';
import { event, testNotifier } from './support.js';

const api = createTestApi();
const notifier = testNotifier();

const LIST = graphql(`
  query NotificationsList($first: Int, $after: String, $unreadOnly: Boolean) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        node {
          id
          title
          readAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    unreadNotificationCount
  }
`);
const MARK = graphql(`
  mutation NotificationsMarkRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);
const DeleteMyAccount = graphql(`
  mutation NotificationsDeleteMyAccount {
    deleteMyAccount(confirmation: "SUPPRIMER MON COMPTE") {
      deletedAt
    }
  }
`);

const account = (prefix: string) => ({ role: 'CONNECTEUR' as const, sub: uniqueId(prefix) });

async function list(caller: NonNullable<Caller>, vars: NotificationsListQueryVariables = {}) {
  const result = await typedCall(api, LIST, { first: 20, ...vars }, caller);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('my notifications', () => {
  it('lists the caller’s own notifications only, newest first, page by page', async () => {
    const me = account('me');
    const other = account('other');
    for (const title of ['un', 'deux', 'trois'])
      await notifier.notify(event('FOLLOW', { kind: 'ACCOUNT', sub: me.sub }, { title }));
    await notifier.notify(event('FOLLOW', { kind: 'ACCOUNT', sub: other.sub }, { title: 'autre' }));

    const first = await list(me, { first: 2 });
    expect(first.myNotifications.edges.map((e) => e.node.title)).toEqual(['trois', 'deux']);
    expect(first.myNotifications.pageInfo.hasNextPage).toBe(true);
    const next = await list(me, { first: 2, after: first.myNotifications.pageInfo.endCursor });
    expect(next.myNotifications.edges.map((e) => e.node.title)).toEqual(['un']);
    expect(next.myNotifications.pageInfo.hasNextPage).toBe(false);
    expect(first.unreadNotificationCount).toBe(3);
    // Another account's cursor is not valid for me.
    const borrowed = await typedCall(
      api,
      LIST,
      { first: 2, after: first.myNotifications.pageInfo.endCursor },
      other,
    );
    expect(codeOf(borrowed)).toBe('BAD_USER_INPUT');
    expect((await list(other)).myNotifications.edges.map((e) => e.node.title)).toEqual(['autre']);
    expect(codeOf(await typedCall(api, LIST, {}, undefined))).toBe('UNAUTHENTICATED');
  });

  it('marks read by id (own only) or all; the unread count and filter follow', async () => {
    const me = account('me');
    const other = account('other');
    for (const title of ['a', 'b', 'c'])
      await notifier.notify(event('FOLLOW', { kind: 'ACCOUNT', sub: me.sub }, { title }));
    await notifier.notify(event('FOLLOW', { kind: 'ACCOUNT', sub: other.sub }));
    const mine = (await list(me)).myNotifications.edges.map((e) => e.node);
    const theirs = (await list(other)).myNotifications.edges.map((e) => e.node);

    // Someone else's id marks nothing, in their list or mine.
    expect((await typedCall(api, MARK, { ids: [theirs[0]!.id] }, me)).data!.markNotificationsRead).toBe(0);
    expect((await list(other)).unreadNotificationCount).toBe(1);

    expect(
      (await typedCall(api, MARK, { ids: [mine[0]!.id, mine[0]!.id] }, me)).data!.markNotificationsRead,
    ).toBe(1);
    const after = await list(me);
    expect(after.unreadNotificationCount).toBe(2);
    expect(after.myNotifications.edges[0]!.node.readAt).not.toBeNull();
    const unread = await list(me, { unreadOnly: true });
    expect(unread.myNotifications.edges.map((e) => e.node.title)).toEqual(['b', 'a']);

    expect((await typedCall(api, MARK, { all: true }, me)).data!.markNotificationsRead).toBe(2);
    expect((await list(me)).unreadNotificationCount).toBe(0);
    expect((await typedCall(api, MARK, { all: true }, me)).data!.markNotificationsRead).toBe(0);
    expect(codeOf(await typedCall(api, MARK, {}, me))).toBe('BAD_USER_INPUT');
  });
});

describe('an account deleted with its company', () => {
  it('leaves no notification, address or preference behind', async () => {
    const { caller, companyId } = await registerPme(api);
    const me = { ...caller, email: `${caller.sub}@boulangerie.example` };
    await notifier.notify(event('FOLLOW', { kind: 'COMPANY', companyId }, { title: 'proposé' }));
    expect((await list(me)).myNotifications.edges).toHaveLength(1);
    expect(await rawPartition(`ACCOUNT#${me.sub}`)).toHaveLength(1);

    const deleted = await typedCall(api, DeleteMyAccount, {}, me);
    expect(deleted.errors).toBeUndefined();
    expect(await rawPartition(`ACCOUNT#${me.sub}`)).toEqual([]);
    expect(await rawPartition(`NOTIFS#${me.sub}`)).toEqual([]);
  });
});
