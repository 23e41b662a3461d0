import { describe, expect, it } from 'vitest';
import { createTestApi, uniqueId, type Caller } from '../support/api.js';
import { registerConnecteur, registerPme } from '../support/workspace.js';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';
import { emailOf, event, testNotifier } from './support.js';

const api = createTestApi();
const notifier = testNotifier();

const LIST = graphql(`
  query NotificationsDeliveryList($unreadOnly: Boolean) {
    myNotifications(first: 20, unreadOnly: $unreadOnly) {
      edges {
        node {
          id
          category
          title
          body
          link
          createdAt
          readAt
        }
      }
    }
    unreadNotificationCount
  }
`);
const Viewer = graphql(`
  query NotificationsDeliveryViewer {
    viewer {
      sub
    }
  }
`);
const UpdatePreferences = graphql(`
  mutation NotificationsDeliveryUpdatePreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      categories {
        category
        email
        digest
      }
    }
  }
`);

/** The caller, signed in once with its verified address: the API records it in the accounts directory. */
async function withEmail<C extends NonNullable<Caller>>(caller: C): Promise<C & { email: string }> {
  const signed = { ...caller, email: emailOf(caller.sub) };
  expect((await typedCall(api, Viewer, {}, signed)).errors).toBeUndefined();
  return signed;
}

async function inApp(caller: Caller, unreadOnly = false) {
  const result = await typedCall(api, LIST, { unreadOnly }, caller);
  expect(result.errors).toBeUndefined();
  return {
    nodes: result.data!.myNotifications.edges.map((e) => e.node),
    unread: result.data!.unreadNotificationCount,
  };
}

describe('who a notification reaches', () => {
  it('a company’s notification reaches its members, in the app and by e-mail, and no one else', async () => {
    const pme = await registerPme(api);
    const member = await withEmail(pme.caller);
    const outsider = await withEmail((await registerPme(api)).caller);
    const notification = event(
      'CONTACT_REQUEST_ANSWERED',
      { kind: 'COMPANY', companyId: pme.companyId },
      {
        link: '/pme/demandes',
      },
    );
    expect((await notifier.notify(notification)).batchItemFailures).toEqual([]);

    const mine = await inApp(member);
    expect(mine.nodes).toHaveLength(1);
    expect(mine.nodes[0]).toMatchObject({
      category: 'CONTACT_REQUEST_ANSWERED',
      title: notification.title,
      link: '/pme/demandes',
      readAt: null,
    });
    expect(mine.unread).toBe(1);
    const [mail] = notifier.to(member.email);
    expect(mail).toMatchObject({ subject: notification.title, notificationId: notification.id });
    expect(mail!.html).toContain('https://cc.test/pme/demandes');
    expect(mail!.text).toContain(notification.body);

    expect((await inApp(outsider)).nodes).toEqual([]);
    expect(notifier.to(outsider.email)).toEqual([]);
  });

  it('a connecteur’s notification reaches its owner only', async () => {
    const connecteur = await registerConnecteur(api);
    const owner = await withEmail(connecteur.caller);
    const other = await withEmail((await registerConnecteur(api)).caller);
    await notifier.notify(
      event('CONTACT_REQUEST_RECEIVED', { kind: 'CONNECTEUR', connecteurId: connecteur.id }),
    );
    expect((await inApp(owner)).nodes).toHaveLength(1);
    expect(notifier.to(owner.email)).toHaveLength(1);
    expect((await inApp(other)).nodes).toEqual([]);
  });

  it('the agents of the region are told (in a digest), the agents of another region never', async () => {
    const region = '84';
    const agent = await withEmail({
      role: 'REGION_AGENT' as const,
      sub: uniqueId('agent'),
      regionCode: region,
    });
    const elsewhere = await withEmail({
      role: 'REGION_AGENT' as const,
      sub: uniqueId('agent'),
      regionCode: '53',
    });
    const moderator = await withEmail({ role: 'MODERATOR' as const, sub: uniqueId('mod') });
    await notifier.notify(
      event(
        'SUBSIDY_SUBMITTED',
        { kind: 'REGION_AGENTS', regionCode: region },
        { title: 'Dossier A déposé' },
      ),
      event(
        'SUBSIDY_WAITING',
        { kind: 'REGION_AGENTS', regionCode: region },
        { title: 'Dossier B en attente' },
      ),
      event('MODERATION_PENDING', { kind: 'MODERATORS' }),
    );
    expect((await inApp(agent)).nodes.map((n) => n.title).sort()).toEqual([
      'Dossier A déposé',
      'Dossier B en attente',
    ]);
    expect((await inApp(elsewhere)).nodes).toEqual([]);
    expect((await inApp(moderator)).nodes).toHaveLength(1);
    // Their digest categories wait for the daily digest: no e-mail yet.
    expect(notifier.to(agent.email)).toEqual([]);
    expect(notifier.to(moderator.email)).toEqual([]);

    await notifier.digests();
    const digest = notifier.to(agent.email);
    expect(digest).toHaveLength(1);
    expect(digest[0]!.html).toContain('Dossier A déposé');
    expect(digest[0]!.html).toContain('Dossier B en attente');
    expect(notifier.to(moderator.email)).toHaveLength(1);
    expect(notifier.to(elsewhere.email)).toEqual([]);
    // A second run finds nothing left to send.
    await notifier.digests();
    expect(notifier.to(agent.email)).toHaveLength(1);
  });

  it('an agent who asks for each e-mail gets it at once instead of in the digest', async () => {
    const agent = await withEmail({
      role: 'REGION_AGENT' as const,
      sub: uniqueId('agent'),
      regionCode: '84',
    });
    const update = await typedCall(
      api,
      UpdatePreferences,
      { input: { categories: [{ category: 'SUBSIDY_SUBMITTED', email: true, digest: false }] } },
      agent,
    );
    expect(update.errors).toBeUndefined();
    await notifier.notify(event('SUBSIDY_SUBMITTED', { kind: 'REGION_AGENTS', regionCode: '84' }));
    expect(notifier.to(agent.email)).toHaveLength(1);
  });
});

describe('once per notification and account', () => {
  it('a stream batch delivered twice sends once, and the notification shows once', async () => {
    const pme = await registerPme(api);
    const member = await withEmail(pme.caller);
    const notification = event('FOLLOW', { kind: 'COMPANY', companyId: pme.companyId });
    await notifier.notify(notification);
    // The same transaction sent again writes the same outbox item; the stream delivers it a second time.
    await notifier.notify(notification);
    expect(notifier.to(member.email)).toHaveLength(1);
    expect((await inApp(member)).nodes).toHaveLength(1);
  });

  it('a delivery stopped before its e-mail sends it when retried, still once', async () => {
    const pme = await registerPme(api);
    const member = await withEmail(pme.caller);
    const notification = event('FOLLOW', { kind: 'COMPANY', companyId: pme.companyId });
    const failing = testNotifier();
    const original = failing.sent.push.bind(failing.sent);
    let fail = true;
    failing.sent.push = (...mails) => {
      if (fail) throw new Error('SES indisponible');
      return original(...mails);
    };
    const first = await failing.notify(notification);
    expect(first.batchItemFailures).toHaveLength(1);
    expect((await inApp(member)).nodes).toHaveLength(1);
    fail = false;
    const second = await failing.notify(notification);
    expect(second.batchItemFailures).toEqual([]);
    expect(failing.to(member.email)).toHaveLength(1);
    expect((await inApp(member)).nodes).toHaveLength(1);
  });
});

describe('the e-mail', () => {
  it('carries the one-click unsubscribe headers (RFC 8058) and the appointment’s .ics as a MIME part', async () => {
    const pme = await registerPme(api);
    const member = await withEmail(pme.caller);
    const ics =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Rendez-vous\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    await notifier.notify(
      event(
        'APPOINTMENT',
        { kind: 'COMPANY', companyId: pme.companyId },
        {
          attachments: [{ filename: 'rendez-vous.ics', contentType: 'text/calendar', content: ics }],
        },
      ),
    );
    const [mail] = notifier.to(member.email);
    const eml = notifier.eml(mail!);
    expect(eml).toMatch(/^List-Unsubscribe:\s*<https:\/\/cc\.test\/desabonnement\?t=[^>]+>/m);
    expect(eml).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect(eml).toMatch(/Content-Type: text\/calendar[^\n]*\n?[^\n]*name=rendez-vous\.ics/);
    expect(eml).toMatch(/Content-Disposition: attachment; filename=rendez-vous\.ics/);
    expect(eml).toContain('multipart/alternative');
    expect(mail!.html).toContain('RÉPUBLIQUE');
    expect(mail!.html).toContain('#000091');
  });

  it('an `always` category carries no unsubscribe link', async () => {
    const pme = await registerPme(api);
    const member = await withEmail(pme.caller);
    await notifier.notify(event('SUBSIDY_DECISION', { kind: 'COMPANY', companyId: pme.companyId }));
    const [mail] = notifier.to(member.email);
    expect(notifier.eml(mail!)).not.toMatch(/^List-Unsubscribe/m);
  });
});
