import { describe, expect, inject, it } from 'vitest';
import { SubsidyStore } from '../../functions/subsidies/store.js';
import { createTestApi, manualClock, testDb } from '../support/api.js';
import { agentOf, createApplication, dataOf, ops, openProgram, registerCompany, codeOf } from './support.js';

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);

describe('an application from draft to payment', () => {
  it('is drafted, submitted, reviewed, accepted and paid, with the envelope and history in step', async () => {
    const program = await openProgram(api);
    const agent = agentOf('84');
    const { caller, company } = await registerCompany(api);
    const draft = await createApplication(api, caller, program.id);
    expect(draft).toMatchObject({
      status: 'DRAFT',
      version: 1,
      investmentCents: 1_000_000,
      aidCents: 500_000,
      eligible: true,
    });
    const submitted = dataOf(await o.submit(caller, draft.id)).submitSubsidyApplication;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 2 });
    const review = dataOf(await o.startReview(agent, draft.id, 2)).startSubsidyReview;
    const accepted = dataOf(
      await o.decide(agent, draft.id, 'ACCEPT', review.version),
    ).decideSubsidyApplication;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', grantedAidCents: 500_000, aidCents: 500_000 });
    const paid = dataOf(await o.pay(agent, draft.id, 800_000, accepted.version)).recordSubsidyPayment;
    expect(paid).toMatchObject({ status: 'PAID', paidCents: 400_000 });
    expect(paid.history.map((h) => h.action)).toEqual([
      'CREATE',
      'SUBMIT',
      'START_REVIEW',
      'ACCEPT',
      'RECORD_PAYMENT',
    ]);
    const dashboard = dataOf(await o.dashboard(agent, program.id)).subsidyProgram.dashboard!;
    expect(dashboard).toMatchObject({
      envelopeCents: 250_000_000,
      committedCents: 0,
      paidCents: 400_000,
      remainingCents: 250_000_000 - 400_000,
      applicantCompanies: 1,
      fundedCompanies: 1,
    });
    expect(codeOf(await o.dashboard(caller, program.id))).toBe('FORBIDDEN');

    // What the marketplace asks: did one of the company's funded files pay this provider?
    const store = new SubsidyStore(testDb(), inject('tableName'));
    expect(await store.lists.fundsProvider(company.id, '732829320')).toBe(true);
    expect(await store.lists.fundsProvider(company.id, '552100554')).toBe(false);
  });
});
