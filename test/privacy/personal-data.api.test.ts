import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, type Caller } from '../support/api.js';
import { dataOf, moderator } from '../subsidies/support.js';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';
import { DeleteMyAccount, ExportMyData } from './documents.js';

const ExportConversations = graphql(`
  query PrivacyExportConversations {
    exportMyData {
      contactConversations {
        request {
          id
          status
          connecteur {
            id
          }
        }
        sharedContactDetails {
          name
          email
          phone
        }
        sharedSince
        messages {
          by
          text
          at
        }
      }
    }
  }
`);
const PostConnecteurMessage = graphql(`
  mutation PrivacyPostConnecteurMessage($r: ID!, $t: String!) {
    postContactRequestMessage(requestId: $r, text: $t) {
      id
    }
  }
`);
const TakeInCharge = graphql(`
  mutation PrivacyTakeInCharge($r: ID!) {
    answerContactRequest(id: $r, status: TAKEN_IN_CHARGE) {
      id
    }
  }
`);
import {
  agent84,
  companyWithData,
  rawPartition,
  sharedParties,
  type CompanyWithData,
  type Shared,
} from './support.js';

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const CONFIRMATION = 'SUPPRIMER MON COMPTE';

const AgentView = graphql(`
  query PrivacyAgentView($a: ID!, $p: ID!) {
    subsidyApplication(id: $a) {
      status
      investmentCents
      aidCents
      grantedAidCents
      program {
        id
      }
      expenses {
        amountCents
        theme
        providerSiren
      }
      history {
        action
        actorRole
        toStatus
      }
    }
    subsidyProgram(id: $p) {
      dashboard {
        envelopeCents
        committedCents
        paidCents
        remainingCents
        applicantCompanies
        fundedCompanies
        countsByStatus {
          status
          count
        }
      }
    }
  }
`);
const ProviderRating = graphql(`
  query PrivacyProviderRating($id: ID!) {
    provider(id: $id) {
      rating {
        average
        count
      }
    }
  }
`);
const ConnecteurSide = graphql(`
  query PrivacyConnecteurSide($r: ID!, $c: ID!) {
    contactRequest(id: $r) {
      status
    }
    myFollowedCompanies {
      edges {
        node {
          companyId
        }
      }
    }
    appointmentSlots(connecteurId: $c) {
      edges {
        node {
          id
          status
        }
      }
    }
  }
`);
const TestimonialStatus = graphql(`
  query PrivacyTestimonialStatus($id: ID!) {
    testimonial(id: $id) {
      status
      story
    }
  }
`);

const exportOf = async (caller: Caller) =>
  dataOf(await typedCall(api, ExportMyData, {}, caller)).exportMyData;
const deleteAccount = (caller: Caller, confirmation = CONFIRMATION) =>
  typedCall(api, DeleteMyAccount, { c: confirmation }, caller);

/** Every stored item holding the company's data, read by partition (keys known from the ids). */
async function storedItems(c: CompanyWithData, shared: Shared) {
  const partitions = [
    `COMPANY#${c.companyId}`,
    `MEMBER#${c.caller.sub}`,
    `SUBAPP#${c.applicationId}`,
    `SUBPROG#${shared.programId}`,
    `DIAG#${c.diagnosticId}`,
    `NEED#${c.needId}`,
    `CREQ#${c.requestId}`,
    `CLINK#${c.companyId}`,
    `CFOLLOW#${c.companyId}`,
    `CWORK#${c.companyId}`,
    `APPT#${c.appointmentId}`,
    `SLOT#${c.slotId}`,
    `PROV#${shared.provider.id}`,
    `TESTI#${c.testimonialId}`,
    `CREC#${c.companyId}`,
  ];
  return (await Promise.all(partitions.map(rawPartition))).flat();
}

/** What an agent of the region sees of the file, and the programme's dashboard. */
async function agentView(c: CompanyWithData, shared: Shared) {
  const result = await typedCall(api, AgentView, { a: c.applicationId, p: shared.programId }, agent84);
  const { subsidyApplication, subsidyProgram } = dataOf(result);
  return {
    subsidyApplication: subsidyApplication!,
    subsidyProgram: { dashboard: subsidyProgram!.dashboard! },
  };
}

async function connecteurCounters(shared: Shared) {
  const [item] = await rawPartition(`CSTATS#${shared.connecteur.id}`);
  return item as Record<string, number>;
}

describe('who may call', () => {
  it('answers UNAUTHENTICATED to anonymous callers and FORBIDDEN to every role but PME', async () => {
    const others: Caller[] = [
      { role: 'CONNECTEUR', sub: 'privacy-conn' },
      { role: 'REGION_AGENT', sub: 'privacy-agent', regionCode: '84' },
      { role: 'MODERATOR', sub: 'privacy-mod' },
      { role: 'PROVIDER', sub: 'privacy-prov' },
    ];
    expect(codeOf(await typedCall(api, ExportMyData, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await deleteAccount(undefined))).toBe('UNAUTHENTICATED');
    for (const caller of others) {
      expect(codeOf(await typedCall(api, ExportMyData, {}, caller))).toBe('FORBIDDEN');
      expect(codeOf(await deleteAccount(caller))).toBe('FORBIDDEN');
    }
  });

  it('gives a PME without a company an empty export, and nothing to delete', async () => {
    const newcomer: Caller = { role: 'PME', sub: 'privacy-newcomer' };
    const data = await exportOf(newcomer);
    expect(data).toMatchObject({ company: null, contactConsent: null, subsidyApplications: [], reviews: [] });
    expect(codeOf(await deleteAccount(newcomer))).toBe('NOT_FOUND');
  });
});

describe('exportMyData', () => {
  it('holds every kind of the company’s data, and nothing of another company', async () => {
    const shared = await sharedParties(api);
    const mine = await companyWithData(api, shared);
    const theirs = await companyWithData(api, shared);

    const data = await exportOf(mine.caller);
    expect(data.generatedAt).toBe('2026-11-26T10:00:00.000Z');
    expect(data.company).toEqual({
      id: mine.companyId,
      siren: mine.siren,
      name: `Boulangerie ${mine.person.name}`,
    });
    expect(data.contactConsent).toEqual({ consented: true });
    expect(data.subsidyApplications.map((a) => a.id)).toEqual([mine.applicationId]);
    expect(data.subsidyApplications[0]).toMatchObject({ status: 'ACCEPTED', investmentCents: 1_000_000 });
    expect(data.subsidyApplications[0]!.messages).toHaveLength(2);
    expect(data.subsidyApplications[0]!.history.map((h) => h.action)).toEqual([
      'CREATE',
      'SUBMIT',
      'START_REVIEW',
      'ACCEPT',
    ]);
    expect(data.diagnostics.map((d) => d.id)).toEqual([mine.diagnosticId]);
    expect(data.contactNeeds).toEqual([
      {
        id: mine.needId,
        need: expect.stringContaining(mine.person.phone),
        requests: [{ id: mine.requestId, status: 'PENDING' }],
      },
    ]);
    expect(data.follows).toEqual([
      {
        status: 'ACTIVE',
        proposalMessage: null,
        connecteur: { id: shared.connecteur.id },
        sharedMeetingNotes: { edges: [{ node: { text: `Rencontré ${mine.person.name}` } }] },
      },
    ]);
    expect(data.appointments).toEqual([
      { id: mine.appointmentId, topic: expect.stringContaining(mine.person.email), status: 'BOOKED' },
    ]);
    expect(data.reviews.map((r) => [r.id, r.status, r.rating])).toEqual([[mine.reviewId, 'PUBLISHED', 2]]);
    expect(data.testimonials.map((t) => [t.id, t.status])).toEqual([[mine.testimonialId, 'PUBLISHED']]);
    expect(data.providerEngagements).toHaveLength(1);
    expect(data.providerEngagements[0]!.description).toContain(mine.person.name);
    expect(data.providerRecommendations).toEqual([
      {
        companyId: mine.companyId,
        note: `Pour ${mine.person.name}`,
        providers: [{ id: shared.provider.id }],
      },
    ]);

    const text = JSON.stringify(data);
    for (const foreign of [theirs.companyId, theirs.applicationId, theirs.person.tag, theirs.siren])
      expect(text).not.toContain(foreign);
  });
});

describe('exportMyData: the conversations with connecteurs', () => {
  const conversationsOf = async (caller: Caller) =>
    dataOf(await typedCall(api, ExportConversations, {}, caller)).exportMyData.contactConversations;

  it('holds every message of both sides, and the contact details once the connecteur could read them', async () => {
    const shared = await sharedParties(api);
    const mine = await companyWithData(api, shared);
    const theirs = await companyWithData(api, shared);

    // Not yet taken in charge: the company's message is there, its contact details were shown to no one.
    expect(await conversationsOf(mine.caller)).toEqual([
      {
        request: { id: mine.requestId, status: 'PENDING', connecteur: { id: shared.connecteur.id } },
        sharedContactDetails: null,
        sharedSince: null,
        messages: [{ by: 'PME', text: expect.stringContaining('Rappelez-moi'), at: clock().toISOString() }],
      },
    ]);

    clock.advance(60_000);
    dataOf(await typedCall(api, TakeInCharge, { r: mine.requestId }, shared.connecteur.caller));
    dataOf(
      await typedCall(
        api,
        PostConnecteurMessage,
        { r: mine.requestId, t: 'Je vous appelle jeudi à 10 h.' },
        shared.connecteur.caller,
      ),
    );
    const [conversation] = await conversationsOf(mine.caller);
    if (!conversation) throw new Error('no conversation exported');
    expect(conversation.sharedContactDetails).toEqual({
      name: mine.person.name,
      email: mine.person.email,
      phone: null,
    });
    expect(conversation.sharedSince).toBe(clock().toISOString());
    expect(conversation.messages.map((m) => m.by)).toEqual(['PME', 'CONNECTEUR']);
    expect(conversation.messages[1]!.text).toBe('Je vous appelle jeudi à 10 h.');
    const text = JSON.stringify(await conversationsOf(mine.caller));
    for (const foreign of [theirs.requestId, theirs.person.tag]) expect(text).not.toContain(foreign);
    clock.set('2026-11-26T10:00:00.000Z');
  });
});

describe('deleteMyAccount', () => {
  it('refuses anything but the exact confirmation phrase, and writes nothing', async () => {
    const shared = await sharedParties(api);
    const company = await companyWithData(api, shared);
    const before = await storedItems(company, shared);
    for (const wrong of ['supprimer mon compte', 'SUPPRIMER', ' SUPPRIMER MON COMPTE', '']) {
      const result = await deleteAccount(company.caller, wrong);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.fields).toEqual([
        { path: ['confirmation'], message: expect.any(String) },
      ]);
    }
    expect(await storedItems(company, shared)).toEqual(before);
  });

  it('erases every personal field, withdraws the accepted unpaid file (its grant back to the envelope), and empties the export', async () => {
    const shared = await sharedParties(api);
    const company = await companyWithData(api, shared);
    const fileBefore = await agentView(company, shared);
    const ratingBefore = dataOf(await typedCall(api, ProviderRating, { id: shared.provider.id })).provider!
      .rating;
    const countersBefore = await connecteurCounters(shared);
    const storedBefore = JSON.stringify(await storedItems(company, shared));
    for (const marker of [
      company.person.name,
      company.person.email,
      company.person.phone,
      company.caller.sub,
    ])
      expect(storedBefore).toContain(marker);

    const receipt = dataOf(await deleteAccount(company.caller)).deleteMyAccount;
    expect(receipt).toEqual({
      deletedAt: '2026-11-26T10:00:00.000Z',
      subsidyApplicationsAnonymized: 1,
      diagnosticsDetached: 1,
      contactNeedsErased: 1,
      followsEnded: 1,
      appointmentsErased: 1,
      reviewsAnonymized: 1,
      testimonialsWithdrawn: 1,
      providerEngagementsErased: 1,
      providerRecommendationsErased: 1,
    });

    // No name, e-mail, phone, SIREN or user subject is stored any more, and the user no longer maps to the company.
    const stored = JSON.stringify(await storedItems(company, shared));
    for (const marker of [
      company.person.name,
      company.person.email,
      company.person.phone,
      company.caller.sub,
      company.siren,
    ])
      expect(stored).not.toContain(marker);
    expect(await rawPartition(`MEMBER#${company.caller.sub}`)).toEqual([]);

    // The accepted, unpaid file is withdrawn (closed) through the workflow: its grant goes back to the envelope. It
    // keeps its money, programme and decisions, plus the withdrawal's and the erasure's entries.
    const fileAfter = await agentView(company, shared);
    const granted = fileBefore.subsidyApplication.grantedAidCents!;
    const { countsByStatus: _before, ...dashboardBefore } = fileBefore.subsidyProgram.dashboard;
    const { countsByStatus: _after, ...dashboardAfter } = fileAfter.subsidyProgram.dashboard;
    expect(dashboardAfter).toEqual({
      ...dashboardBefore,
      committedCents: dashboardBefore.committedCents - granted,
      remainingCents: dashboardBefore.remainingCents + granted,
      fundedCompanies: dashboardBefore.fundedCompanies - 1,
    });
    const { history: historyBefore, ...moneyBefore } = fileBefore.subsidyApplication;
    const { history: historyAfter, ...moneyAfter } = fileAfter.subsidyApplication;
    expect(moneyAfter).toEqual({ ...moneyBefore, status: 'CLOSED' });
    expect(historyAfter).toEqual([
      ...historyBefore,
      { action: 'WITHDRAW', actorRole: 'PME', toStatus: 'CLOSED' },
      { action: 'UPDATE', actorRole: 'PME', toStatus: 'CLOSED' },
    ]);

    // The published review keeps its stars: the provider's rating does not move.
    expect(dataOf(await typedCall(api, ProviderRating, { id: shared.provider.id })).provider!.rating).toEqual(
      ratingBefore,
    );
    // The follow, the open request and the upcoming appointment ended, each counted once.
    const countersAfter = await connecteurCounters(shared);
    expect(countersAfter.followedCompanies).toBe(countersBefore.followedCompanies! - 1);
    expect(countersAfter.requestsPending).toBe(countersBefore.requestsPending! - 1);
    expect(countersAfter.appointmentsBooked).toBe(countersBefore.appointmentsBooked! - 1);
    const connecteurSide = dataOf(
      await typedCall(
        api,
        ConnecteurSide,
        { r: company.requestId, c: shared.connecteur.id },
        shared.connecteur.caller,
      ),
    );
    expect(connecteurSide.contactRequest!.status).toBe('DONE_UNREACHABLE');
    expect(connecteurSide.myFollowedCompanies.edges).toEqual([]);
    expect(connecteurSide.appointmentSlots.edges).toEqual([{ node: { id: company.slotId, status: 'OPEN' } }]);
    // The testimonial left the public lists.
    const testimonial = await typedCall(api, TestimonialStatus, { id: company.testimonialId }, moderator);
    expect(dataOf(testimonial).testimonial!.status).toBe('WITHDRAWN');
    // Both went through their own workflow's ERASE transition (providers/, testimonials/), not set by privacy/.
    const erased = (await storedItems(company, shared)).filter(
      (i) => (i.id === company.reviewId || i.id === company.testimonialId) && i.version !== undefined,
    );
    expect(erased.map((i) => [i.id, i.status, i.erasedAt])).toEqual(
      expect.arrayContaining([
        [company.reviewId, 'PUBLISHED', '2026-11-26T10:00:00.000Z'],
        [company.testimonialId, 'WITHDRAWN', '2026-11-26T10:00:00.000Z'],
      ]),
    );

    const after = await exportOf(company.caller);
    expect(after).toMatchObject({ company: null, subsidyApplications: [], diagnostics: [], follows: [] });
  });

  it('answers the same receipt to a second call and writes nothing', async () => {
    const shared = await sharedParties(api);
    const company = await companyWithData(api, shared);
    const first = dataOf(await deleteAccount(company.caller)).deleteMyAccount;
    const stored = await storedItems(company, shared);
    clock.advance(60_000);
    const second = dataOf(await deleteAccount(company.caller)).deleteMyAccount;
    expect(second).toEqual(first);
    expect(await storedItems(company, shared)).toEqual(stored);
    clock.set('2026-11-26T10:00:00.000Z');
  });

  it('is safe when called twice at once: one deletion, one receipt, counters moved once', async () => {
    const shared = await sharedParties(api);
    const company = await companyWithData(api, shared);
    const fileBefore = await agentView(company, shared);
    const countersBefore = await connecteurCounters(shared);
    const answers = await Promise.all([deleteAccount(company.caller), deleteAccount(company.caller)]);
    const [a, b] = answers.map((r) => dataOf(r).deleteMyAccount);
    expect(b).toEqual(a);
    const countersAfter = await connecteurCounters(shared);
    expect(countersAfter.followedCompanies).toBe(countersBefore.followedCompanies! - 1);
    expect(countersAfter.appointmentsBooked).toBe(countersBefore.appointmentsBooked! - 1);
    expect(countersAfter.requestsPending).toBe(countersBefore.requestsPending! - 1);
    const fileAfter = await agentView(company, shared);
    // The grant went back to the envelope once, not twice.
    const granted = fileBefore.subsidyApplication.grantedAidCents!;
    expect(fileAfter.subsidyProgram.dashboard.remainingCents).toBe(
      fileBefore.subsidyProgram.dashboard.remainingCents + granted,
    );
    // One withdrawal and one erasure entry in the file's history, not two of each.
    expect(fileAfter.subsidyApplication.history).toHaveLength(
      fileBefore.subsidyApplication.history.length + 2,
    );
    expect(JSON.stringify(await storedItems(company, shared))).not.toContain(company.person.email);
  });
});
