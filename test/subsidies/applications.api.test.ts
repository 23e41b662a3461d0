import { describe, expect, it } from 'vitest';
import { withRequestTally } from '../../functions/shared/dynamo.js';
import type { Caller, GraphqlResult } from '../support/api.js';
import { createTestApi, manualClock } from '../support/api.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  expense,
  fileUnderReview,
  itemsOf,
  moderator,
  ops,
  openProgram,
  registerCompany,
} from './support.js';
import { graphql } from '../generated/gql.js';
import type { SubsidiesApplicationsPageQuery, SubsidyApplicationFilter } from '../generated/graphql.js';
import { typedCall } from '../support/typed.js';

const NOW = new Date('2026-11-26T10:00:00.000Z');
const clock = manualClock(NOW);
const api = createTestApi({ clock });
const o = ops(api);

const UpdateCompany = graphql(`
  mutation SubsidiesApplicationsUpdateCompany($v: Int!) {
    updateCompany(input: { nafCode: "47.71Z", employees: 12 }, expectedVersion: $v) {
      version
    }
  }
`);
const AnswerFollowUp = graphql(`
  mutation SubsidiesApplicationsAnswerFollowUp($id: ID!, $s: Int!) {
    answerSubsidyFollowUp(
      id: $id
      input: {
        revenueChangePercent: 12
        employeesChange: 2
        benefit: true
        satisfaction: $s
        comment: "Ventes en ligne en hausse"
      }
    ) {
      followUp {
        revenueChangePercent
        benefit
      }
      followUpOpensAt
    }
  }
`);
const SendMessage = graphql(`
  mutation SubsidiesApplicationsSendMessage($id: ID!, $b: String!) {
    sendSubsidyMessage(id: $id, body: $b) {
      authorRole
      body
    }
  }
`);
const Annotate = graphql(`
  mutation SubsidiesApplicationsAnnotate($id: ID!, $b: String!) {
    annotateSubsidyApplication(id: $id, body: $b) {
      authorSub
      body
    }
  }
`);
const AgentNotes = graphql(`
  query SubsidiesApplicationsAgentNotes($id: ID!) {
    subsidyApplication(id: $id) {
      messages {
        authorRole
        body
      }
      annotations {
        body
        authorSub
      }
      history {
        actorSub
      }
    }
  }
`);
const PmeNotes = graphql(`
  query SubsidiesApplicationsPmeNotes($id: ID!) {
    subsidyApplication(id: $id) {
      messages {
        body
      }
      history {
        actorRole
        actorSub
      }
    }
  }
`);
const PmeAnnotations = graphql(`
  query SubsidiesApplicationsPmeAnnotations($id: ID!) {
    subsidyApplication(id: $id) {
      id
      annotations {
        body
      }
    }
  }
`);
const Annotations = graphql(`
  query SubsidiesApplicationsAnnotations($id: ID!) {
    subsidyApplication(id: $id) {
      annotations {
        body
      }
    }
  }
`);
const Page = graphql(`
  query SubsidiesApplicationsPage($f: SubsidyApplicationFilter, $first: Int, $after: String) {
    subsidyApplications(filter: $f, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const ProgramFiles = graphql(`
  query SubsidiesApplicationsProgramFiles($p: ID!, $first: Int) {
    subsidyApplications(filter: { programId: $p }, first: $first) {
      edges {
        node {
          id
          aidCents
          eligible
          company {
            siren
          }
          program {
            name
          }
          history {
            action
          }
          messages {
            body
          }
          annotations {
            body
          }
        }
      }
    }
  }
`);

const failedRules = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (answer.errors?.[0]?.extensions?.failedRules as { rule: string }[] | undefined)?.map((r) => r.rule);

describe('eligibility', () => {
  it('is shown on a draft with every rule, and a failing file cannot be submitted (NOT_ELIGIBLE, failed rules listed)', async () => {
    const program = await openProgram(api);
    const { caller, company } = await registerCompany(api, { nafCode: '62.01Z', employees: 60 });
    const draft = await createApplication(api, caller, program.id, {
      expenses: [expense({ amountCents: 150_000 })],
    });
    expect(draft.eligible).toBe(false);
    expect(draft.aidCents).toBe(0);
    expect(draft.eligibility.filter((c) => !c.passed).map((c) => c.rule)).toEqual([
      'EMPLOYEES',
      'SECTOR',
      'INVESTMENT_FLOOR',
      'AID_FLOOR',
    ]);
    expect(draft.eligibility.find((c) => c.rule === 'SECTOR')!.message).toContain('62.01Z');

    const before = await itemsOf(`SUBAPP#${draft.id}`, `SUBPROG#${program.id}`);
    const refused = await o.submit(caller, draft.id);
    expect(codeOf(refused)).toBe('NOT_ELIGIBLE');
    expect(failedRules(refused)).toEqual(['EMPLOYEES', 'SECTOR', 'INVESTMENT_FLOOR', 'AID_FLOOR']);
    expect(await itemsOf(`SUBAPP#${draft.id}`, `SUBPROG#${program.id}`)).toEqual(before);

    // The company corrects its facts, the applicant its expenses: eligible now, and the draft says so.
    const updated = await typedCall(api, UpdateCompany, { v: company.version }, caller);
    dataOf(updated);
    const fixed = dataOf(
      await o.update(caller, draft.id, { expenses: [expense({ amountCents: 2_468_024 })] }, 1),
    );
    expect(fixed.updateSubsidyApplication).toMatchObject({
      eligible: true,
      aidCents: 1_234_012,
      investmentCents: 2_468_024,
    });
    expect(dataOf(await o.submit(caller, draft.id)).submitSubsidyApplication.status).toBe('SUBMITTED');
  });

  it('is judged against the call window on the first submission', async () => {
    const program = await openProgram(api, {
      opensAt: '2026-12-01T00:00:00+01:00',
      closesAt: '2027-01-31T00:00:00+01:00',
    });
    const { caller } = await registerCompany(api);
    const draft = await createApplication(api, caller, program.id);
    const early = await o.submit(caller, draft.id);
    expect(codeOf(early)).toBe('NOT_ELIGIBLE');
    expect(failedRules(early)).toEqual(['CALL_WINDOW']);
    clock.set('2026-12-15T10:00:00.000Z');
    const submitted = dataOf(await o.submit(caller, draft.id)).submitSubsidyApplication;
    // A correction requested after the close is answered: the window was met by the first submission.
    const agent = agentOf('84');
    const correction = dataOf(
      await o.requestCorrection(agent, draft.id, submitted.version),
    ).requestSubsidyCorrection;
    clock.set('2027-03-01T10:00:00.000Z');
    const resubmitted = dataOf(await o.submit(caller, draft.id)).submitSubsidyApplication;
    expect(resubmitted).toMatchObject({ status: 'SUBMITTED', version: correction.version + 1 });
    expect(resubmitted.history.map((h) => [h.action, h.reason])).toEqual([
      ['CREATE', null],
      ['SUBMIT', null],
      ['REQUEST_CORRECTION', 'Merci de joindre le devis.'],
      ['SUBMIT', null],
    ]);
    clock.set(NOW);
  });

  it('caps the aid per company over the period: each grant counts, a reopening gives it back', async () => {
    const program = await openProgram(api, { perCompanyCapCents: 600_000, perCompanyCapYears: 3 });
    const agent = agentOf('84');
    const { caller } = await registerCompany(api);
    const decideAccept = async (investment: number) => {
      const draft = await createApplication(api, caller, program.id, {
        expenses: [expense({ amountCents: investment })],
      });
      const submitted = dataOf(await o.submit(caller, draft.id)).submitSubsidyApplication;
      const review = dataOf(await o.startReview(agent, draft.id, submitted.version)).startSubsidyReview;
      return dataOf(await o.decide(agent, draft.id, 'ACCEPT', review.version)).decideSubsidyApplication;
    };
    const first = await decideAccept(1_000_000);
    expect(first.grantedAidCents).toBe(500_000);

    const draft = await createApplication(api, caller, program.id, {
      expenses: [expense({ amountCents: 1_000_000 })],
    });
    expect(draft).toMatchObject({ aidCents: 100_000, eligible: true });
    expect(draft.eligibility.find((c) => c.rule === 'COMPANY_CAP')!.message).toContain('1\u202f000,00 €');

    const second = await decideAccept(1_000_000);
    expect(second.grantedAidCents).toBe(100_000);
    const third = await createApplication(api, caller, program.id, {
      expenses: [expense({ amountCents: 1_000_000 })],
    });
    const refused = await o.submit(caller, third.id);
    expect(codeOf(refused)).toBe('NOT_ELIGIBLE');
    expect(failedRules(refused)).toEqual(['COMPANY_CAP', 'AID_FLOOR']);

    // Reopening the first file gives its 5,000 € back to the company's cap.
    dataOf(await o.reopen(agent, first.id, first.version));
    const submitted = dataOf(await o.submit(caller, third.id)).submitSubsidyApplication;
    const review = dataOf(await o.startReview(agent, third.id, submitted.version)).startSubsidyReview;
    const accepted = dataOf(
      await o.decide(agent, third.id, 'ACCEPT', review.version),
    ).decideSubsidyApplication;
    expect(accepted.grantedAidCents).toBe(500_000);
    const dashboard = dataOf(await o.dashboard(agent, program.id)).subsidyProgram.dashboard!;
    expect(dashboard).toMatchObject({ committedCents: 600_000, applicantCompanies: 1, fundedCompanies: 1 });
  });
});

describe('after the decision', () => {
  it('pays min(rate × invoice, granted aid), releases the rest, and opens the follow-up questionnaire a year later', async () => {
    const agent = agentOf('84');
    const program = await openProgram(api);
    const { pme, application } = await fileUnderReview(api, program.id, agent, {
      expenses: [expense({ amountCents: 1_000_001 })],
    });
    const accepted = dataOf(
      await o.decide(agent, application.id, 'ACCEPT', application.version),
    ).decideSubsidyApplication;
    expect(accepted.grantedAidCents).toBe(500_000);
    const paid = dataOf(await o.pay(agent, application.id, 700_001, accepted.version)).recordSubsidyPayment;
    expect(paid).toMatchObject({
      status: 'PAID',
      paidCents: 350_000,
      invoiceCents: 700_001,
      aidCents: 500_000,
    });
    let dashboard = dataOf(await o.dashboard(agent, program.id)).subsidyProgram.dashboard!;
    expect(dashboard).toMatchObject({
      committedCents: 0,
      paidCents: 350_000,
      remainingCents: 250_000_000 - 350_000,
    });

    const answer = (caller: Caller, satisfaction = 4) =>
      typedCall(api, AnswerFollowUp, { id: application.id, s: satisfaction }, caller);
    expect(codeOf(await answer(pme))).toBe('BAD_USER_INPUT');
    expect(codeOf(await answer(pme, 6))).toBe('BAD_USER_INPUT');
    clock.set('2027-11-26T10:00:00.000Z');
    const answered = dataOf(await answer(pme)).answerSubsidyFollowUp;
    expect(answered).toMatchObject({
      followUp: { revenueChangePercent: 12, benefit: true },
      // Midnight in Paris on the anniversary of the payment's day.
      followUpOpensAt: '2027-11-25T23:00:00.000Z',
    });
    expect(codeOf(await answer(pme))).toBe('CONFLICT');
    dashboard = dataOf(await o.dashboard(moderator, program.id)).subsidyProgram.dashboard!;
    expect(dashboard.followUp).toEqual({
      responses: 1,
      benefitCount: 1,
      averageRevenueChangePercent: 12,
      averageEmployeesChange: 2,
      averageSatisfaction: 4,
    });
    clock.set(NOW);
  });

  it('keeps messages between the applicant and the agents, and annotations to the agents', async () => {
    const agent = agentOf('84');
    const program = await openProgram(api);
    const { pme, application } = await fileUnderReview(api, program.id, agent);
    const send = (caller: Caller, body: string) =>
      typedCall(api, SendMessage, { id: application.id, b: body }, caller);
    const annotate = (caller: Caller, body: string) =>
      typedCall(api, Annotate, { id: application.id, b: body }, caller);
    await Promise.all([
      send(pme, 'Le devis est joint.'),
      send(agent, 'Merci, nous regardons.'),
      annotate(agent, 'Prestataire connu.'),
    ]);
    dataOf(await annotate(agent, 'À accepter.'));
    expect(codeOf(await send(pme, ''))).toBe('BAD_USER_INPUT');

    const id = application.id;
    const seen = dataOf(await typedCall(api, AgentNotes, { id }, agent)).subsidyApplication!;
    expect(seen.messages!.map((m) => m.authorRole).sort()).toEqual(['PME', 'REGION_AGENT']);
    expect(seen.annotations!.map((a) => a.body)).toEqual(['Prestataire connu.', 'À accepter.']);
    expect(seen.history.at(-1)!.actorSub).toBe(agent!.sub);
    const asPme = dataOf(await typedCall(api, PmeNotes, { id }, pme)).subsidyApplication!;
    expect(asPme.messages).toHaveLength(2);
    expect(asPme.history.at(-1)).toEqual({ actorRole: 'REGION_AGENT', actorSub: null });
    const forbidden = await typedCall(api, PmeAnnotations, { id }, pme);
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
    expect(forbidden.data!.subsidyApplication).toEqual({ id: application.id, annotations: null });
    expect(
      dataOf(await typedCall(api, Annotations, { id }, moderator)).subsidyApplication!.annotations,
    ).toHaveLength(2);

    // Notes do not make the agent's version stale.
    const accepted = await o.decide(agent, application.id, 'ACCEPT', application.version);
    expect(dataOf(accepted).decideSubsidyApplication.status).toBe('ACCEPTED');
  });
});

describe('refused calls', () => {
  it('write nothing: invalid input, stale version, illegal or unreasoned decision, exhausted envelope', async () => {
    const agent = agentOf('84');
    const program = await openProgram(api, { envelopeCents: 400_000 });
    const { pme, application } = await fileUnderReview(api, program.id, agent);
    const state = () => itemsOf(`SUBAPP#${application.id}`, `SUBPROG#${program.id}`);
    const before = await state();
    const refusals: [string, () => Promise<GraphqlResult<unknown>>, string][] = [
      [
        'an invalid expense',
        () =>
          o.update(
            pme,
            application.id,
            { expenses: [expense({ providerSiren: '123456789' })] },
            application.version,
          ),
        'BAD_USER_INPUT',
      ],
      [
        'an unknown NAF-free theme',
        () => o.update(pme, application.id, { expenses: [expense({ theme: 'NOPE' })] }, application.version),
        'BAD_USER_INPUT',
      ],
      [
        'a stale version',
        () => o.decide(agent, application.id, 'ACCEPT', application.version - 1),
        'CONFLICT',
      ],
      [
        'a rejection without reason',
        () => o.decide(agent, application.id, 'REJECT', application.version),
        'BAD_USER_INPUT',
      ],
      [
        'an acceptance the envelope cannot hold',
        () => o.decide(agent, application.id, 'ACCEPT', application.version),
        'BUDGET_EXHAUSTED',
      ],
      [
        'a payment before acceptance',
        () => o.pay(agent, application.id, 100_000, application.version),
        'BAD_USER_INPUT',
      ],
      ['a zero invoice', () => o.pay(agent, application.id, 0, application.version), 'BAD_USER_INPUT'],
      [
        'a correction without message',
        () => o.requestCorrection(agent, application.id, application.version, ' '),
        'BAD_USER_INPUT',
      ],
      ['a short idempotency key', () => o.submit(pme, application.id, 'short'), 'BAD_USER_INPUT'],
    ];
    for (const [name, call, code] of refusals) {
      expect(codeOf(await call()), name).toBe(code);
      expect(await state(), name).toEqual(before);
    }
  });
});

describe('listing files', () => {
  it('pages newest change first with no duplicate or gap, filtered by status, programme and date', async () => {
    const agent = agentOf('84');
    const program = await openProgram(api);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      clock.set(new Date(NOW.getTime() + i * 60_000));
      ids.push((await fileUnderReview(api, program.id, agent)).application.id);
    }
    clock.set(new Date(NOW.getTime() + 10 * 60_000));
    const { caller } = await registerCompany(api);
    const draft = await createApplication(api, caller, program.id);
    const submitted = dataOf(await o.submit(caller, draft.id)).submitSubsidyApplication;
    clock.set(NOW);

    const page = (
      filter: SubsidyApplicationFilter,
      first: number,
      after?: string | null,
      caller: Caller = agent,
    ) => typedCall(api, Page, { f: filter, first, after }, caller);
    const all: string[] = [];
    let after: string | null = null;
    do {
      const answer: SubsidiesApplicationsPageQuery['subsidyApplications'] = dataOf(
        await page({ programId: program.id }, 2, after),
      ).subsidyApplications;
      all.push(...answer.edges.map((e) => e.node.id));
      after = answer.pageInfo.hasNextPage ? answer.pageInfo.endCursor : null;
    } while (after);
    expect(all).toEqual([submitted.id, ...[...ids].reverse()]);

    const underReview = dataOf(
      await page({ programId: program.id, status: 'UNDER_REVIEW' }, 10),
    ).subsidyApplications;
    expect(underReview.edges.map((e) => e.node.id)).toEqual([...ids].reverse());
    const recent = dataOf(
      await page(
        { programId: program.id, updatedSince: new Date(NOW.getTime() + 3 * 60_000).toISOString() },
        10,
      ),
    ).subsidyApplications;
    expect(recent.edges.map((e) => e.node.id)).toEqual([submitted.id, ids[4], ids[3]]);
    const recentPaged = dataOf(
      await page(
        { programId: program.id, updatedSince: new Date(NOW.getTime() + 3 * 60_000).toISOString() },
        1,
      ),
    ).subsidyApplications;
    const next = dataOf(
      await page(
        { programId: program.id, updatedSince: new Date(NOW.getTime() + 3 * 60_000).toISOString() },
        5,
        recentPaged.pageInfo.endCursor,
      ),
    ).subsidyApplications;
    expect(next.edges.map((e) => e.node.id)).toEqual([ids[4], ids[3]]);

    // A cursor is bound to its list and filter.
    const moved = await page(
      { programId: program.id, status: 'SUBMITTED' },
      2,
      recentPaged.pageInfo.endCursor,
    );
    expect(codeOf(moved)).toBe('BAD_USER_INPUT');
    expect(codeOf(await page({}, 101))).toBe('BAD_USER_INPUT');

    const own = dataOf(await page({}, 10, null, caller)).subsidyApplications;
    expect(own.edges.map((e) => e.node.id)).toEqual([submitted.id]);
    expect(dataOf(await page({ status: 'DRAFT' }, 10, null, caller)).subsidyApplications.edges).toEqual([]);
  });

  it('costs a constant number of requests, whatever the page size', async () => {
    // A region no other test uses: its partition holds this programme's files only, so the programme filter
    // reads one page (elsewhere other programmes' files may take a second one: still not one per file).
    const agent = agentOf('27');
    const program = await openProgram(api, { regionCode: '27' });
    for (let i = 0; i < 6; i++) {
      const { caller } = await registerCompany(api, { communeCode: '21231' });
      const draft = await createApplication(api, caller, program.id, {}, 'id version');
      const submitted = dataOf(await o.submit(caller, draft.id)).submitSubsidyApplication;
      dataOf(await o.startReview(agent, draft.id, submitted.version));
    }
    const requestsFor = async (first: number) => {
      const { tally } = await withRequestTally(async () =>
        dataOf(await typedCall(api, ProgramFiles, { p: program.id, first }, agent)),
      );
      return tally.byCommand;
    };
    // The programme of the filter (one BatchGetItem), one Query for the page, then ONE BatchGetItem for every kind
    // of related item of the files (companies, programmes, standings, trails), however many files.
    expect(await requestsFor(6)).toEqual({ QueryCommand: 1, BatchGetItemCommand: 2 });
    expect(await requestsFor(2)).toEqual({ QueryCommand: 1, BatchGetItemCommand: 2 });
  });
});
