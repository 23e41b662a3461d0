import { describe, expect, it } from 'vitest';
import { createTestApi, manualClock } from '../support/api.js';
import {
  agentOf,
  codeOf,
  createApplication,
  dataOf,
  fileUnderReview,
  ops,
  openProgram,
  registerCompany,
  uniqueId,
  type AppView,
} from './support.js';

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);

/** Runs `make` n times, `concurrency` at a time. */
async function inBatches<T>(n: number, concurrency: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += concurrency)
    out.push(
      ...(await Promise.all(Array.from({ length: Math.min(concurrency, n - i) }, (_, j) => make(i + j)))),
    );
  return out;
}

describe('the envelope under concurrent decisions', () => {
  it('accepts exactly as many files as the envelope holds, refuses the rest with BUDGET_EXHAUSTED, counters consistent', async () => {
    // Each file: 10,000 € of investment, so 5,000 € of aid; the envelope holds 15 of them and a bit.
    const envelopeCents = 15 * 500_000 + 499_999;
    const program = await openProgram(api, { envelopeCents });
    const agent = agentOf('84');
    const files = await inBatches(40, 20, () => fileUnderReview(api, program.id, agent));

    const answers = await Promise.all(
      files.map(({ application }) => o.decide(agent, application.id, 'ACCEPT', application.version)),
    );
    const codes = answers.map((a) => codeOf(a) ?? a.data!.decideSubsidyApplication.status);
    expect(codes.filter((c) => c === 'ACCEPTED')).toHaveLength(15);
    expect(codes.filter((c) => c === 'BUDGET_EXHAUSTED')).toHaveLength(25);

    // The refused files are untouched, still under review at the version the agent read.
    const read = await Promise.all(files.map(({ application }) => o.read(agent, application.id)));
    const states = read.map((r) => dataOf(r).subsidyApplication!);
    const accepted = states.filter((s) => s.status === 'ACCEPTED');
    expect(accepted).toHaveLength(15);
    for (const s of states.filter((s) => s.status !== 'ACCEPTED')) {
      expect(s).toMatchObject({ status: 'UNDER_REVIEW', version: 3, grantedAidCents: null });
      expect(s.history.map((h) => h.action)).toEqual(['CREATE', 'SUBMIT', 'START_REVIEW']);
    }

    // Counters equal the sum over the files, and committed + paid + remaining = envelope.
    const dashboard = dataOf(await o.dashboard(agent, program.id)).subsidyProgram.dashboard!;
    const committed = accepted.reduce((sum, s) => sum + s.grantedAidCents!, 0);
    expect(committed).toBe(15 * 500_000);
    expect(dashboard).toMatchObject({
      envelopeCents,
      committedCents: committed,
      paidCents: 0,
      remainingCents: envelopeCents - committed,
      applicantCompanies: 40,
      fundedCompanies: 15,
    });
    const count = (status: string) => dashboard.countsByStatus.find((c) => c.status === status)!.count;
    expect(count('ACCEPTED')).toBe(15);
    expect(count('UNDER_REVIEW')).toBe(25);
    expect(count('DRAFT') + count('SUBMITTED')).toBe(0);
    // Many acceptances racing for one envelope retry on DynamoDB Local: 13 s in a CI-like run, more under load.
  }, 90_000);

  it('lets one of two agents deciding the same file at once win; the other gets CONFLICT', async () => {
    const program = await openProgram(api);
    const [first, second] = [agentOf('84'), agentOf('84')];
    for (let round = 0; round < 3; round++) {
      const { application } = await fileUnderReview(api, program.id, first);
      const [a, b] = await Promise.all([
        o.decide(first, application.id, 'ACCEPT', application.version),
        o.decide(second, application.id, 'REJECT', application.version, 'Projet hors du champ du programme.'),
      ]);
      const outcomes = [codeOf(a) ?? 'OK', codeOf(b) ?? 'OK'].sort();
      expect(outcomes).toEqual(['CONFLICT', 'OK']);
      const state = dataOf(await o.read(first, application.id)).subsidyApplication!;
      expect(state.version).toBe(application.version + 1);
      expect(state.history.filter((h) => h.action === 'ACCEPT' || h.action === 'REJECT')).toHaveLength(1);
    }
    const dashboard = dataOf(await o.dashboard(first, program.id)).subsidyProgram.dashboard!;
    const accepted = dashboard.countsByStatus.find((c) => c.status === 'ACCEPTED')!.count;
    expect(dashboard.committedCents).toBe(accepted * 500_000);
    expect(dashboard.remainingCents + dashboard.committedCents).toBe(dashboard.envelopeCents);
  });
});

describe('submission', () => {
  it('records one submission for ten concurrent retries with one idempotency key, and answers them all alike', async () => {
    const program = await openProgram(api);
    const agent = agentOf('84');
    for (let round = 0; round < 3; round++) {
      const { caller } = await registerCompany(api);
      const draft = await createApplication(api, caller, program.id, {}, 'id version');
      const key = uniqueId('retry');
      const answers = await Promise.all(Array.from({ length: 10 }, () => o.submit(caller, draft.id, key)));
      const submitted = answers.map((a) => dataOf(a).submitSubsidyApplication);
      for (const s of submitted)
        expect(s).toMatchObject<Partial<AppView>>({ id: draft.id, status: 'SUBMITTED', version: 2 });
      expect(submitted[0]!.history.filter((h) => h.action === 'SUBMIT')).toHaveLength(1);

      // Later retries with the key still answer the same file; another key is a new submission, refused now.
      expect(dataOf(await o.submit(caller, draft.id, key)).submitSubsidyApplication.version).toBe(2);
      const again = await o.submit(caller, draft.id, uniqueId('other'));
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(again.errors![0]!.message).toContain('SUBMITTED');
    }
    const dashboard = dataOf(await o.dashboard(agent, program.id)).subsidyProgram.dashboard!;
    expect(dashboard.applicantCompanies).toBe(3);
    expect(dashboard.countsByStatus.filter((c) => c.count > 0)).toEqual([{ status: 'SUBMITTED', count: 3 }]);
  });
});
