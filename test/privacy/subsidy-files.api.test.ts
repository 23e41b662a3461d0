import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, type Caller } from '../support/api.js';
import {
  advanceTo,
  createApplication,
  dataOf,
  openProgram,
  ops,
  registerCompany,
  type AppView,
  type Dashboard,
} from '../subsidies/support.js';
import type { SubsidyStatus } from '../../functions/subsidies/records.js';
import { typedCall } from '../support/typed.js';
import { DeleteMyAccount } from './documents.js';
import { agent84, rawPartition } from './support.js';

const clock = manualClock(new Date('2026-11-26T10:00:00.000Z'));
const api = createTestApi({ clock });
const o = ops(api);
const CONFIRMATION = 'SUPPRIMER MON COMPTE';
const STATUSES: SubsidyStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'CORRECTION_REQUESTED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'CLOSED',
  'PAID',
];

type File = { id: string; version: number };

/** A file of the company brought to `status` through the API (the agent of region 84 instructs). */
async function fileIn(pme: Caller, programId: string, status: SubsidyStatus): Promise<File> {
  const draft = await createApplication(api, pme, programId, {}, 'id version');
  return { id: draft.id, version: await advanceTo(api, draft, status, pme, agent84) };
}

const dashboardOf = async (programId: string) =>
  dataOf(await o.dashboard(agent84, programId)).subsidyProgram.dashboard!;
const countOf = (d: Dashboard, status: string) =>
  d.countsByStatus.find((c) => c.status === status)?.count ?? 0;

/** A company of Lyon with one file in every status, each in a programme of its own (no per-company cap in the way). */
async function companyWithFilesInEveryStatus() {
  const { caller } = await registerCompany(api);
  const files = new Map<SubsidyStatus, File & { programId: string }>();
  for (const status of STATUSES) {
    const programId = (await openProgram(api, { regionCode: '84' })).id;
    files.set(status, { ...(await fileIn(caller, programId, status)), programId });
  }
  return { caller, files };
}

describe('deleting an account with subsidy files in every status', () => {
  it('deletes drafts, withdraws files in the workflow, gives accepted unpaid grants back, keeps paid files', async () => {
    const { caller, files } = await companyWithFilesInEveryStatus();
    const before = new Map<SubsidyStatus, Dashboard>();
    for (const [status, file] of files) before.set(status, await dashboardOf(file.programId));
    const accepted = dataOf(await o.read(agent84, files.get('ACCEPTED')!.id)).subsidyApplication!;
    const paid = dataOf(await o.read(agent84, files.get('PAID')!.id)).subsidyApplication!;
    expect(before.get('ACCEPTED')!.committedCents).toBe(accepted.grantedAidCents);

    const receipt = dataOf(
      await typedCall(api, DeleteMyAccount, { c: CONFIRMATION }, caller),
    ).deleteMyAccount;
    expect(receipt.subsidyApplicationsAnonymized).toBe(STATUSES.length - 1);

    // The draft is gone with its trail, and from its programme's counts.
    const draft = files.get('DRAFT')!;
    expect(await rawPartition(`SUBAPP#${draft.id}`)).toEqual([]);
    expect(countOf(await dashboardOf(draft.programId), 'DRAFT')).toBe(
      countOf(before.get('DRAFT')!, 'DRAFT') - 1,
    );

    // Files in the workflow are withdrawn (CLOSED) through the workflow, with a WITHDRAW history entry.
    for (const status of ['SUBMITTED', 'CORRECTION_REQUESTED', 'UNDER_REVIEW', 'ACCEPTED'] as const) {
      const file = files.get(status)!;
      const seen = dataOf(await o.read(agent84, file.id)).subsidyApplication!;
      expect(seen.status, status).toBe('CLOSED');
      expect(
        seen.history.filter((h) => h.action === 'WITHDRAW').map((h) => [h.fromStatus, h.toStatus]),
        status,
      ).toEqual([[status, 'CLOSED']]);
      const dashboard = await dashboardOf(file.programId);
      expect(countOf(dashboard, status), status).toBe(countOf(before.get(status)!, status) - 1);
      expect(countOf(dashboard, 'CLOSED'), status).toBe(countOf(before.get(status)!, 'CLOSED') + 1);
    }

    // The accepted, unpaid file's grant goes back to the envelope.
    const afterAccepted = await dashboardOf(files.get('ACCEPTED')!.programId);
    const beforeAccepted = before.get('ACCEPTED')!;
    expect(afterAccepted).toMatchObject({
      committedCents: beforeAccepted.committedCents - accepted.grantedAidCents!,
      paidCents: beforeAccepted.paidCents,
      remainingCents: beforeAccepted.remainingCents + accepted.grantedAidCents!,
      fundedCompanies: beforeAccepted.fundedCompanies - 1,
    });
    expect(afterAccepted.remainingCents + afterAccepted.committedCents + afterAccepted.paidCents).toBe(
      afterAccepted.envelopeCents,
    );

    // Paid, refused and closed files stay as they were, anonymised; their programmes' money does not move.
    for (const status of ['PAID', 'REJECTED', 'CLOSED'] as const) {
      const file = files.get(status)!;
      const seen = dataOf(await o.read(agent84, file.id, 'projectSummary')).subsidyApplication as AppView & {
        projectSummary: string;
      };
      expect(seen.status, status).toBe(status);
      expect(seen.projectSummary).toMatch(/effacé/);
      const { countsByStatus: _a, ...moneyAfter } = await dashboardOf(file.programId);
      const { countsByStatus: _b, ...moneyBefore } = before.get(status)!;
      expect(moneyAfter, status).toEqual(moneyBefore);
    }
    expect((await dashboardOf(files.get('PAID')!.programId)).paidCents).toBe(before.get('PAID')!.paidCents);
    expect(paid.paidCents).toBe(before.get('PAID')!.paidCents);
  });

  it('leaves no file of the deleted company that an agent can still accept, reopen or pay', async () => {
    const { caller, files } = await companyWithFilesInEveryStatus();
    dataOf(await typedCall(api, DeleteMyAccount, { c: CONFIRMATION }, caller));
    for (const [status, file] of files) {
      if (status === 'DRAFT') continue;
      const now = dataOf(await o.read(agent84, file.id)).subsidyApplication!;
      const before = await rawPartition(`SUBAPP#${file.id}`);
      for (const attempt of [
        o.decide(agent84, file.id, 'ACCEPT', now.version),
        o.reopen(agent84, file.id, now.version),
        o.pay(agent84, file.id, 900_000, now.version),
        o.startReview(agent84, file.id, now.version),
      ]) {
        const answer = await attempt;
        expect(answer.errors, status).toBeDefined();
        expect(codeOf(answer), status).not.toBe('INTERNAL_SERVER_ERROR');
      }
      expect(await rawPartition(`SUBAPP#${file.id}`), status).toEqual(before);
    }
  });

  it('refuses an agent’s acceptance of a file under review once its company deleted its account', async () => {
    const { caller } = await registerCompany(api);
    const programId = (await openProgram(api, { regionCode: '84' })).id;
    const file = await fileIn(caller, programId, 'UNDER_REVIEW');
    const dashboard = await dashboardOf(programId);
    dataOf(await typedCall(api, DeleteMyAccount, { c: CONFIRMATION }, caller));
    const now = dataOf(await o.read(agent84, file.id)).subsidyApplication!;
    const answer = await o.decide(agent84, file.id, 'ACCEPT', now.version);
    expect(codeOf(answer)).toBe('FORBIDDEN');
    const reopened = await o.reopen(agent84, file.id, now.version);
    expect(codeOf(reopened)).toBe('FORBIDDEN');
    const after = await dashboardOf(programId);
    expect(after.committedCents).toBe(dashboard.committedCents);
    expect(countOf(after, 'ACCEPTED')).toBe(countOf(dashboard, 'ACCEPTED'));
  });
});
