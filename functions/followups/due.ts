import type { FollowUpContactStatus } from '../generated/resolvers-types.js';
import { addParisDays, addParisMonths, parisDay } from '../shared/paris-time.js';
import type { CompanyWorkspaceRecord, FollowRecord } from './records.js';

/** The CMA rule: a follow-up contact is due 6 months after a diagnostic and its action plan. */
export const FOLLOW_UP_MONTHS = 6;
/** A meeting this close before the due day counts as the follow-up contact; it is "due soon" from then on. */
export const FOLLOW_UP_WINDOW_DAYS = 30;

export type FollowUpContact = { dueOn: string; status: FollowUpContactStatus };

/**
 * When the follow-up contact is due and where it stands, computed from the record and the clock (no job): none
 * before the company has both a diagnostic and an action plan; the clock starts at the later of the two.
 */
export function followUpContact(
  follow: Pick<FollowRecord, 'actionPlan' | 'actionPlanStartedAt' | 'lastMeetingOn'>,
  workspace: Pick<CompanyWorkspaceRecord, 'latestDiagnostic'> | undefined,
  now: Date,
): FollowUpContact | null {
  const diagnosedAt = workspace?.latestDiagnostic?.submittedAt;
  if (!diagnosedAt || follow.actionPlan.length === 0 || !follow.actionPlanStartedAt) return null;
  const start = [diagnosedAt, follow.actionPlanStartedAt].sort().at(-1)!;
  const dueOn = addParisMonths(parisDay(start), FOLLOW_UP_MONTHS);
  const windowOpens = addParisDays(dueOn, -FOLLOW_UP_WINDOW_DAYS);
  const today = parisDay(now);
  if (follow.lastMeetingOn && follow.lastMeetingOn >= windowOpens) return { dueOn, status: 'DONE' };
  if (today >= dueOn) return { dueOn, status: 'OVERDUE' };
  if (today >= windowOpens) return { dueOn, status: 'DUE_SOON' };
  return { dueOn, status: 'UPCOMING' };
}

/** Open action items whose due day is past. */
export function overdueActionItems(follow: Pick<FollowRecord, 'actionPlan'>, now: Date): number {
  const today = parisDay(now);
  return follow.actionPlan.filter(
    (a) => (a.status === 'TODO' || a.status === 'IN_PROGRESS') && a.dueOn !== undefined && a.dueOn < today,
  ).length;
}

/** The next due day among open action items, if any. */
export function nextActionDueOn(follow: Pick<FollowRecord, 'actionPlan'>): string | null {
  const days = follow.actionPlan
    .filter((a) => (a.status === 'TODO' || a.status === 'IN_PROGRESS') && a.dueOn)
    .map((a) => a.dueOn!)
    .sort();
  return days[0] ?? null;
}

/** Whether a company is a lead: it consented, did a diagnostic and follows no connecteur. */
export const isLead = (w: CompanyWorkspaceRecord): boolean =>
  w.contactConsent && w.activeFollowers === 0 && w.latestDiagnostic !== undefined;
