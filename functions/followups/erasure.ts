import { ERASURE_PAGE, eraseEach, everyPage, type CompanyErasure } from '../shared/company-erasure.js';
import { ERASED_TEXT } from '../shared/erased.js';
import type { IndicatorStore } from '../indicators/index.js';
import { forConnecteur, regionAndNation } from '../indicators/index.js';
import type { CompanyRef } from '../shared/caller.js';
import { inTransactions, type TransactPart } from '../shared/transactions.js';
import type { FollowRecord, MeetingNoteRecord } from './records.js';
import { notePosition, type FollowupStore } from './store.js';
import { followTransition } from './workflow.js';
import { emptyWorkspace } from './workspace.js';

/**
 * The writes that go with a follow starting (+1) or ending (−1): the company's follower count and the connecteur's
 * and regions' counters, in the follow's own transaction. One place for them, whether the company revokes its
 * consent or deletes its account.
 */
export async function activeFollowerParts(
  deps: { followupStore: FollowupStore; indicatorStore: IndicatorStore },
  company: CompanyRef,
  connecteurId: string,
  delta: number,
): Promise<TransactPart[]> {
  if (delta === 0) return [];
  const workspace = (await deps.followupStore.workspace(company.id)) ?? emptyWorkspace(company);
  return [
    deps.followupStore.workspacePart(
      { ...workspace, activeFollowers: Math.max(0, workspace.activeFollowers + delta) },
      workspace.version,
    ),
    ...deps.indicatorStore.parts([
      forConnecteur(connecteurId, { followedCompanies: delta }),
      ...regionAndNation(company.regionCode, { followsActive: delta }),
    ]),
  ];
}

/**
 * A follow of a company deleting its account, through the follow workflow: the company revokes its consent (or
 * declines the proposal); the proposal message goes and the action plan's titles are erased. Undefined when
 * nothing is left to do (a deletion resumed after a failure).
 */
export function endedFollow(f: FollowRecord, at: string): FollowRecord | undefined {
  const event = f.status === 'ACTIVE' ? 'REVOKE' : f.status === 'PROPOSED' ? 'DECLINE' : undefined;
  const { proposalMessage: _message, ...kept } = f;
  const next: FollowRecord = {
    ...kept,
    ...(event ? { status: followTransition(f.status, event, 'PME') } : {}),
    ...(event === 'REVOKE' ? { revokedAt: at } : {}),
    ...(event === 'DECLINE' ? { declinedAt: at } : {}),
    actionPlan: f.actionPlan.map((item) => ({ ...item, title: ERASED_TEXT })),
  };
  return JSON.stringify(next) === JSON.stringify(f)
    ? undefined
    : { ...next, updatedAt: at, version: f.version + 1 };
}

/** A meeting note of a company deleting its account: its text goes (the meeting's date stays). */
export const erasedMeetingNote = (n: MeetingNoteRecord): MeetingNoteRecord | undefined =>
  n.text === ERASED_TEXT ? undefined : { ...n, text: ERASED_TEXT };

/**
 * A company's follows, for its account deletion: the connecteurs' meeting notes on it are erased; each follow ends
 * as the company would end it (above), its follower count and the counters in the same transaction; then its
 * consent to be contacted is withdrawn (it leaves the leads).
 */
export function followErasure(
  deps: { followupStore: FollowupStore; indicatorStore: IndicatorStore },
  company: CompanyRef,
): CompanyErasure<FollowRecord> {
  const { followupStore } = deps;
  return {
    collect: (companyId) => followupStore.followsOfCompany(companyId),
    async erase(companyId, at) {
      const when = at.toISOString();
      const follows = await followupStore.followsOfCompany(companyId);
      const notes = await Promise.all(
        follows.map((f) =>
          everyPage(
            (after) => followupStore.notes(companyId, f.connecteurId, false, ERASURE_PAGE, after),
            notePosition,
          ),
        ),
      );
      await inTransactions(
        notes.flat().flatMap((n) => {
          const erased = erasedMeetingNote(n);
          return erased ? [followupStore.noteRewritePart(erased)] : [];
        }),
        (parts) => followupStore.commit(parts),
      );
      await eraseEach(follows, async (gathered, attempt) => {
        const follow =
          attempt === 1 ? gathered : await followupStore.follow(companyId, gathered.connecteurId);
        const next = follow && endedFollow(follow, when);
        if (!follow || !next) return;
        await followupStore.commit([
          followupStore.followPart(next, follow),
          ...(await activeFollowerParts(
            deps,
            company,
            follow.connecteurId,
            follow.status === 'ACTIVE' ? -1 : 0,
          )),
        ]);
      });
      await eraseEach([companyId], async () => {
        const workspace = await followupStore.workspace(companyId);
        if (!workspace?.contactConsent) return;
        await followupStore.commit([
          followupStore.workspacePart(
            { ...workspace, contactConsent: false, contactConsentChangedAt: when },
            workspace.version,
          ),
        ]);
      });
    },
  };
}
