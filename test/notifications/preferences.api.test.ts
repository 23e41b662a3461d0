import { describe, expect, it } from 'vitest';
import {
  handleUnsubscribe,
  suppressFromSesNotification,
  unsubscribeToken,
} from '../../functions/notifications/index.js';
import { codeOf, createTestApi, uniqueId, type Caller } from '../support/api.js';
import { graphql } from '../generated/gql.js';
import type { NotificationsPreferencesQuery } from '../generated/graphql.js';
import { typedCall } from '../support/typed.js';
import { registerPme } from '../support/workspace.js';
import { emailOf, event, testNotifier } from './support.js';

const api = createTestApi();
const notifier = testNotifier();

const PREFERENCES = graphql(`
  query NotificationsPreferences {
    notificationPreferences {
      email
      emailSuppressed
      emailSuppressedReason
      categories {
        category
        email
        always
        digest
        digestAvailable
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation NotificationsUpdatePreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      categories {
        category
        email
      }
    }
  }
`);
const Viewer = graphql(`
  query NotificationsViewer {
    viewer {
      sub
    }
  }
`);
const UnreadCount = graphql(`
  query NotificationsUnreadCount {
    unreadNotificationCount
  }
`);

/** A PME member of a fresh company, signed in once with its address. */
async function member() {
  const pme = await registerPme(api);
  const caller = { ...pme.caller, email: emailOf(pme.caller.sub) };
  expect((await typedCall(api, Viewer, {}, caller)).errors).toBeUndefined();
  return { caller, companyId: pme.companyId };
}

const preferencesOf = async (caller: Caller) =>
  (await typedCall(api, PREFERENCES, {}, caller)).data!.notificationPreferences;
const categoryOf = (prefs: NotificationsPreferencesQuery['notificationPreferences'], category: string) =>
  prefs.categories.find((c) => c.category === category)!;

/** The link's token, from the List-Unsubscribe header of the raw e-mail. */
const tokenIn = (eml: string) =>
  decodeURIComponent(/desabonnement\?t=([^>\s]+)>/.exec(eml.replace(/\r\n /g, ''))![1]!);

describe('preferences', () => {
  it('a category turned off by e-mail still shows in the app, and sends no e-mail', async () => {
    const { caller, companyId } = await member();
    const update = await typedCall(
      api,
      UPDATE,
      { input: { categories: [{ category: 'FOLLOW', email: false }] } },
      caller,
    );
    expect(update.errors).toBeUndefined();
    expect(categoryOf(await preferencesOf(caller), 'FOLLOW')).toMatchObject({ email: false, always: false });
    await notifier.notify(event('FOLLOW', { kind: 'COMPANY', companyId }));
    expect(notifier.to(caller.email)).toEqual([]);
    const list = await typedCall(api, UnreadCount, {}, caller);
    expect(list.data!.unreadNotificationCount).toBe(1);
  });

  it('an `always` category cannot be turned off: refused, nothing written, and its e-mails still go', async () => {
    const { caller, companyId } = await member();
    const refused = await typedCall(
      api,
      UPDATE,
      { input: { categories: [{ category: 'SUBSIDY_DECISION', email: false }] } },
      caller,
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(categoryOf(await preferencesOf(caller), 'SUBSIDY_DECISION')).toMatchObject({
      email: true,
      always: true,
    });
    // Even a stored choice (written by hand) does not stop it.
    await notifier.store.setPreferences(caller.sub, { SUBSIDY_DECISION: { email: false, digest: false } });
    await notifier.notify(event('SUBSIDY_DECISION', { kind: 'COMPANY', companyId }));
    expect(notifier.to(caller.email)).toHaveLength(1);
  });

  it('the digest is for agents and moderators only', async () => {
    const { caller } = await member();
    const refused = await typedCall(
      api,
      UPDATE,
      { input: { categories: [{ category: 'FOLLOW', email: true, digest: true }] } },
      caller,
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const agent = { role: 'REGION_AGENT' as const, sub: uniqueId('agent'), regionCode: '84' };
    const prefs = await preferencesOf(agent);
    expect(categoryOf(prefs, 'SUBSIDY_SUBMITTED')).toMatchObject({ digest: true, digestAvailable: true });
    expect(categoryOf(prefs, 'SUBSIDY_RECEIPT')).toMatchObject({ digest: false, digestAvailable: false });
  });
});

describe('one-click unsubscribe, without signing in', () => {
  it('GET shows a confirmation and changes nothing; POST turns the category off; the next e-mail is not sent', async () => {
    const { caller, companyId } = await member();
    await notifier.notify(event('CONTACT_REQUEST_ANSWERED', { kind: 'COMPANY', companyId }));
    const [mail] = notifier.to(caller.email);
    const token = tokenIn(notifier.eml(mail!));
    const deps = { store: notifier.store, secret: notifier.config.unsubscribeSecret };

    const page = await handleUnsubscribe(deps, { method: 'GET', token });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Confirmer la désinscription');
    expect(categoryOf(await preferencesOf(caller), 'CONTACT_REQUEST_ANSWERED').email).toBe(true);

    const done = await handleUnsubscribe(deps, { method: 'POST', token });
    expect(done.status).toBe(200);
    expect(categoryOf(await preferencesOf(caller), 'CONTACT_REQUEST_ANSWERED').email).toBe(false);
    await notifier.notify(event('CONTACT_REQUEST_ANSWERED', { kind: 'COMPANY', companyId }));
    expect(notifier.to(caller.email)).toHaveLength(1);
  });

  it('refuses a forged or altered link and changes nothing', async () => {
    const { caller } = await member();
    const deps = { store: notifier.store, secret: notifier.config.unsubscribeSecret };
    const forged = unsubscribeToken('not-the-key', caller.sub, 'FOLLOW');
    const genuine = unsubscribeToken(notifier.config.unsubscribeSecret, 'someone-else', 'FOLLOW');
    const altered = `${Buffer.from(JSON.stringify([caller.sub, 'FOLLOW'])).toString('base64url')}.${genuine.split('.')[1]}`;
    for (const token of [forged, altered, 'garbage', undefined]) {
      const answer = await handleUnsubscribe(deps, { method: 'POST', token });
      expect(answer.status).toBe(400);
    }
    expect(categoryOf(await preferencesOf(caller), 'FOLLOW').email).toBe(true);
  });
});

describe('SES bounces and complaints', () => {
  it('a permanent bounce suppresses the address: no more e-mail, and the preferences say so', async () => {
    const { caller, companyId } = await member();
    const bounce = JSON.stringify({
      notificationType: 'Bounce',
      bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: caller.email.toUpperCase() }] },
    });
    expect(await suppressFromSesNotification(notifier.store, bounce, new Date())).toBe(1);
    const prefs = await preferencesOf(caller);
    expect(prefs).toMatchObject({ email: caller.email, emailSuppressed: true });
    expect(prefs.emailSuppressedReason).toContain('pas distribués');
    await notifier.notify(event('SUBSIDY_DECISION', { kind: 'COMPANY', companyId }));
    expect(notifier.to(caller.email)).toEqual([]);
    expect((await typedCall(api, UnreadCount, {}, caller)).data!.unreadNotificationCount).toBe(1);
  });

  it('a transient bounce suppresses nothing; a complaint does', async () => {
    const { caller } = await member();
    const transient = JSON.stringify({
      notificationType: 'Bounce',
      bounce: { bounceType: 'Transient', bouncedRecipients: [{ emailAddress: caller.email }] },
    });
    expect(await suppressFromSesNotification(notifier.store, transient, new Date())).toBe(0);
    expect((await preferencesOf(caller)).emailSuppressed).toBe(false);
    const complaint = JSON.stringify({
      eventType: 'Complaint',
      complaint: { complainedRecipients: [{ emailAddress: caller.email }] },
    });
    expect(await suppressFromSesNotification(notifier.store, complaint, new Date())).toBe(1);
    expect((await preferencesOf(caller)).emailSuppressed).toBe(true);
  });
});
