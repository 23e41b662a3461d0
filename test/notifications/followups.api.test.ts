import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, type Caller } from '../support/api.js';
import { sweepAt, watchNotifications } from '../support/notifications.js';
import { answersAt, companyFacts, registerConnecteur, registerPme } from '../support/workspace.js';
import { graphql } from '../generated/gql.js';
import { typedCall, type TypedDocument } from '../support/typed.js';

// A year of its own: the sweeps of this file see only the reminders this file wrote (their window is 7 days).
const T0 = new Date('2035-02-12T09:00:00.000Z');
const clock = manualClock(T0);
const api = createTestApi({ clock });
const HOUR = 3_600_000;

const ProposeFollow = graphql(`
  mutation NotificationsProposeFollow($id: ID!) {
    proposeFollow(companyId: $id) {
      status
    }
  }
`);
const AcceptFollow = graphql(`
  mutation NotificationsAcceptFollow($id: ID!) {
    acceptFollow(connecteurId: $id) {
      status
    }
  }
`);
const DeclineFollow = graphql(`
  mutation NotificationsDeclineFollow($id: ID!) {
    declineFollow(connecteurId: $id) {
      status
    }
  }
`);
const RevokeFollow = graphql(`
  mutation NotificationsRevokeFollow($id: ID!) {
    revokeFollow(connecteurId: $id) {
      status
    }
  }
`);
const SubmitDiagnostic = graphql(`
  mutation NotificationsSubmitDiagnostic($input: SubmitDiagnosticInput!) {
    submitDiagnostic(input: $input) {
      id
      overallScore
      level
      claimed
      levelInfo {
        name
      }
      themeScores {
        theme
        score
      }
      peers {
        scope
        label
        peerCount
        averageScore
        shareBelow
      }
    }
  }
`);
const SendContactRequest = graphql(`
  mutation NotificationsFollowupsSendContactRequest($input: SendContactRequestInput!) {
    sendContactRequest(input: $input) {
      id
    }
  }
`);
const AddActionItem = graphql(`
  mutation NotificationsAddActionItem($id: ID!) {
    addActionItem(companyId: $id, input: { theme: STRATEGY, title: "Faire le point" }) {
      id
    }
  }
`);
/** The company's answers: each answers its status (only the errors matter here). */
const verbs: Record<
  'acceptFollow' | 'declineFollow' | 'revokeFollow',
  TypedDocument<object, { id: string }>
> = {
  acceptFollow: AcceptFollow,
  declineFollow: DeclineFollow,
  revokeFollow: RevokeFollow,
};

const propose = (caller: Caller, companyId: string) =>
  typedCall(api, ProposeFollow, { id: companyId }, caller);
const decide = (caller: Caller, verb: keyof typeof verbs, id: string) =>
  typedCall(api, verbs[verb], { id }, caller);

/** A PME (with a diagnostic) that wrote to a connecteur: the connecteur may propose to follow it. */
async function pair() {
  clock.set(T0);
  const pme = await registerPme(api);
  const diagnosed = await typedCall(
    api,
    SubmitDiagnostic,
    { input: { answers: answersAt(0.5), companyFacts: companyFacts() } },
    pme.caller,
  );
  expect(diagnosed.errors).toBeUndefined();
  const connecteur = await registerConnecteur(api);
  const sent = await typedCall(
    api,
    SendContactRequest,
    {
      input: {
        connecteurIds: [connecteur.id],
        need: 'Un site pour vendre en ligne.',
        themes: ['ECOMMERCE_WEBSITE'],
      },
    },
    pme.caller,
  );
  expect(sent.errors).toBeUndefined();
  return { pme, connecteur, watch: await watchNotifications([pme.companyId, connecteur.id]) };
}

describe('follow-ups: who is told', () => {
  it('proposed: the PME; consent given, then withdrawn: the connecteur; a decline or a refused proposal: no one', async () => {
    const { pme, connecteur, watch } = await pair();
    const stranger = await registerConnecteur(api);
    expect(codeOf(await propose(stranger.caller, pme.companyId))).toBe('FORBIDDEN');
    expect((await propose(connecteur.caller, pme.companyId)).errors).toBeUndefined();
    const proposed = { to: `COMPANY:${pme.companyId}`, category: 'FOLLOW', link: '/entreprise/suivi' };
    expect(await watch.news()).toEqual([proposed]);

    expect((await decide(pme.caller, 'acceptFollow', connecteur.id)).errors).toBeUndefined();
    expect((await decide(pme.caller, 'revokeFollow', connecteur.id)).errors).toBeUndefined();
    const toConnecteur = (link: string) => ({ to: `CONNECTEUR:${connecteur.id}`, category: 'FOLLOW', link });
    const expected = [
      proposed,
      toConnecteur(`/connecteur/entreprises/${pme.companyId}`),
      toConnecteur('/connecteur/entreprises'),
    ].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(await watch.news()).toEqual(expected);

    expect((await propose(connecteur.caller, pme.companyId)).errors).toBeUndefined();
    expect((await decide(pme.caller, 'declineFollow', connecteur.id)).errors).toBeUndefined();
    expect(await watch.news()).toEqual(
      [...expected, proposed].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  });

  it('six months after the diagnostic and the plan, the connecteur is told once that the follow-up is due', async () => {
    const { pme, connecteur } = await pair();
    await propose(connecteur.caller, pme.companyId);
    await decide(pme.caller, 'acceptFollow', connecteur.id);
    clock.set(new Date(T0.getTime() + HOUR));
    const added = await typedCall(api, AddActionItem, { id: pme.companyId }, connecteur.caller);
    expect(added.errors).toBeUndefined();
    const later = await watchNotifications([pme.companyId, connecteur.id]);
    // Due on 12 August 2035 (six Paris months after 12 February), at 8:00 in Paris (06:00 UTC in summer).
    const due = new Date('2035-08-12T06:00:00.000Z');
    await sweepAt(new Date(due.getTime() - 1));
    expect(await later.events()).toEqual([]);
    await sweepAt(due);
    await sweepAt(new Date(due.getTime() + HOUR));
    const news = await later.events();
    expect(news.map((e) => ({ to: e.recipient, category: e.category, link: e.link }))).toEqual([
      {
        to: { kind: 'CONNECTEUR', connecteurId: connecteur.id },
        category: 'FOLLOW_UP_DUE',
        link: `/connecteur/entreprises/${pme.companyId}`,
      },
    ]);
  });
});
