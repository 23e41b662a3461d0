import type DataLoader from 'dataloader';
import type { ConnecteurRecord } from '../connecteurs/index.js';
import { connecteurIdOf } from '../shared/caller.js';
import { emptyWorkspace } from './workspace.js';
import type { IndicatorStore } from '../indicators/index.js';
import { requireRole, type Viewer } from '../shared/auth.js';
import { createdOnce, keyedId } from '../shared/client-keys.js';
import { AppError, badUserInput, conflict, forbidden, notFound } from '../shared/errors.js';
import { newId } from '../shared/identifiers.js';
import {
  connectionOf,
  cursorScope,
  pageSize,
  type Connection,
  type CursorCodec,
} from '../shared/pagination.js';
import { retryWithBackoff } from '../shared/retry.js';
import { parseInput } from '../shared/validation.js';
import { logger } from '../shared/logger.js';
import { requirePmeCompany, type ViewerCompany } from '../shared/caller.js';
import { activeFollowerParts } from './erasure.js';
import type { FollowupPeers } from './peers.js';
import { checkLeadPosition, requireLabelledForLeads } from './leads-guard.js';
import { parisDay } from '../shared/paris-time.js';
import type { Notices } from '../shared/reminders.js';
import {
  actionItemInput,
  actionItemUpdateInput,
  followAnswerInput,
  leadsInput,
  MAX_ACTION_ITEMS,
  meetingNoteInput,
  proposeFollowInput,
} from './inputs.js';
import type { ActionItemRecord, CompanyWorkspaceRecord, FollowRecord, MeetingNoteRecord } from './records.js';
import { followAnsweredNotices, followProposedNotices, followUpDueNotices } from './notices.js';
import { followId, followPosition, leadPosition, notePosition, type FollowupStore } from './store.js';
import { actionItemTransition, followTransition, type FollowEvent } from './workflow.js';

export type FollowupDeps = {
  viewer: Viewer;
  now: Date;
  cursors: CursorCodec;
  viewerCompany: ViewerCompany;
  followupStore: FollowupStore;
  followupPeers: FollowupPeers;
  indicatorStore: IndicatorStore;
  connecteurLoader: DataLoader<string, ConnecteurRecord | undefined>;
  followLoader: DataLoader<string, FollowRecord | undefined>;
  workspaceLoader: DataLoader<string, CompanyWorkspaceRecord | undefined>;
};

async function ownConnecteur(deps: FollowupDeps): Promise<ConnecteurRecord> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const connecteur = await deps.connecteurLoader.load(connecteurIdOf(viewer.sub));
  if (!connecteur) throw notFound('Profil de connecteur (inscrivez-vous d’abord avec registerConnecteur)');
  return connecteur;
}

/**
 * The follow that lets a connecteur into a company's workspace: it exists and the company consents (ACTIVE).
 * Anything else — never followed, proposed, declined, revoked — is FORBIDDEN, without saying which.
 */
export async function consentedFollow(deps: FollowupDeps, companyId: string): Promise<FollowRecord> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const follow = await deps.followLoader.load(`${companyId}|${connecteurIdOf(viewer.sub)}`);
  if (follow?.status !== 'ACTIVE')
    throw forbidden('Vous ne suivez pas cette entreprise (ou elle a retiré son consentement).');
  return follow;
}

async function saveFollow(
  deps: FollowupDeps,
  previous: FollowRecord,
  changes: Partial<FollowRecord>,
  notices: (next: FollowRecord) => Notices = () => ({}),
) {
  const next: FollowRecord = {
    ...previous,
    ...changes,
    updatedAt: deps.now.toISOString(),
    version: previous.version + 1,
  };
  await deps.followupStore.commit([
    deps.followupStore.followPart(next, previous),
    ...deps.followupStore.noticeParts(notices(next), next.updatedAt),
  ]);
  deps.followLoader.clear(followId(next)).prime(followId(next), next);
  return next;
}

// ——— connecteur side ———

/**
 * Lawful contact only: a connecteur may propose a follow-up to a company that consented to be contacted by
 * connecteurs of its département (one the connecteur serves), or to a company that wrote to it.
 */
export async function proposeFollow(deps: FollowupDeps, rawArgs: unknown): Promise<FollowRecord> {
  const connecteur = await ownConnecteur(deps);
  const args = parseInput(proposeFollowInput, rawArgs);
  const [workspace, wrote, existing] = await Promise.all([
    deps.followupStore.workspace(args.companyId),
    deps.followupPeers.companyWroteTo(args.companyId, connecteur.id),
    deps.followupStore.follow(args.companyId, connecteur.id),
  ]);
  const consented =
    workspace?.contactConsent === true && connecteur.departementsServed.includes(workspace.departementCode);
  if (!consented && !wrote)
    throw forbidden(
      'Cette entreprise n’a pas accepté d’être contactée par les connecteurs de son département.',
    );
  // A lead (it did not write to the connecteur) is for labelled connecteurs only.
  if (!wrote) requireLabelledForLeads(connecteur, deps.now);
  const status = followTransition(existing?.status ?? null, 'PROPOSE', 'CONNECTEUR');
  const at = deps.now.toISOString();
  // A new proposal keeps the plan and notes of an earlier follow-up, not its old message.
  const { proposalMessage: _previousMessage, ...earlier } = existing ?? {
    companyId: args.companyId,
    connecteurId: connecteur.id,
    actionPlan: [],
    createdAt: at,
  };
  const next: FollowRecord = {
    ...earlier,
    status,
    proposedAt: at,
    ...(args.message ? { proposalMessage: args.message } : {}),
    updatedAt: at,
    version: (existing?.version ?? 0) + 1,
  };
  await deps.followupStore.commit([
    deps.followupStore.followPart(next, existing),
    ...deps.followupStore.noticeParts(followProposedNotices(next, connecteur.displayName), at),
  ]);
  return next;
}

export async function myFollowedCompanies(
  deps: FollowupDeps,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<FollowRecord>> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const connecteurId = connecteurIdOf(viewer.sub);
  const limit = pageSize(first);
  const scope = cursorScope('myFollowedCompanies', connecteurId);
  const page = await deps.followupStore.followedBy(
    connecteurId,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  page.records.forEach((f) => deps.followLoader.prime(followId(f), f));
  return connectionOf(deps.cursors, scope, page, followPosition);
}

export async function leads(
  deps: FollowupDeps,
  rawArgs: unknown,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<CompanyWorkspaceRecord>> {
  const connecteur = await ownConnecteur(deps);
  requireLabelledForLeads(connecteur, deps.now);
  const args = parseInput(leadsInput, rawArgs);
  const departementCode = args.departementCode ?? connecteur.departementCode;
  if (!connecteur.departementsServed.includes(departementCode))
    throw forbidden(`Vous ne servez pas le département ${departementCode} : ajoutez-le à votre profil.`);
  const limit = pageSize(first);
  const scope = cursorScope('leads', departementCode);
  const position = after ? checkLeadPosition(deps.cursors.decode(scope, after)) : undefined;
  await deps.followupStore.countLeadsRead(connecteur.id, deps.now);
  const page = await deps.followupStore.leads(departementCode, limit, position);
  // Who read how many leads of which département: public ids and counts only (no company, no subject).
  logger.info('leads read', { connecteurId: connecteur.id, departementCode, leads: page.records.length });
  return connectionOf(deps.cursors, scope, page, leadPosition);
}

/**
 * The id of a connecteur's creation on a followed company: with a client key, the same for the same key (a retry
 * finds what the first call wrote), a new one otherwise (shared/client-keys.ts).
 */
function creationId(deps: FollowupDeps, follow: FollowRecord, clientKey: string | null | undefined) {
  return clientKey
    ? keyedId(follow.companyId, requireRole(deps.viewer, 'CONNECTEUR').sub, clientKey)
    : newId();
}

const isConflict = (error: unknown) => error instanceof AppError && error.extensions.code === 'CONFLICT';

/**
 * A new step of the plan, appended (the plan keeps the order of creation). With a client key, a retry — even one
 * racing the first call on the follow's version — answers the item the first call wrote.
 */
export async function addActionItem(deps: FollowupDeps, rawArgs: unknown): Promise<ActionItemRecord> {
  const args = parseInput(actionItemInput, rawArgs);
  const follow = await consentedFollow(deps, args.companyId);
  const id = creationId(deps, follow, args.clientKey);
  const written = (f: FollowRecord | undefined) =>
    args.clientKey ? f?.actionPlan.find((a) => a.id === id) : undefined;
  const earlier = written(follow);
  if (earlier) return earlier;
  if (follow.actionPlan.length >= MAX_ACTION_ITEMS)
    throw badUserInput(`Un plan d’actions compte au plus ${MAX_ACTION_ITEMS} actions.`);
  const at = deps.now.toISOString();
  const item: ActionItemRecord = {
    id,
    theme: args.input.theme,
    title: args.input.title,
    status: 'TODO',
    ...(args.input.dueOn ? { dueOn: args.input.dueOn } : {}),
    createdAt: at,
    updatedAt: at,
  };
  // The plan starts: the six-month follow-up contact is scheduled, counted from it and the latest diagnostic.
  const diagnosedAt = follow.actionPlanStartedAt
    ? undefined
    : (await deps.workspaceLoader.load(follow.companyId))?.latestDiagnostic?.submittedAt;
  try {
    await saveFollow(
      deps,
      follow,
      { actionPlan: [...follow.actionPlan, item], actionPlanStartedAt: follow.actionPlanStartedAt ?? at },
      (next) =>
        diagnosedAt
          ? followUpDueNotices(next, diagnosedAt, (w) => deps.followupStore.followUpGuard(next, w))
          : {},
    );
  } catch (error) {
    if (!args.clientKey || !isConflict(error)) throw error;
    // The follow moved meanwhile: if the same key wrote the item (a retry racing the first call), answer it.
    const latest = written(await deps.followupStore.follow(follow.companyId, follow.connecteurId, true));
    if (!latest) throw error;
    deps.followLoader.clear(followId(follow));
    return latest;
  }
  return item;
}

export async function updateActionItem(deps: FollowupDeps, rawArgs: unknown): Promise<ActionItemRecord> {
  const args = parseInput(actionItemUpdateInput, rawArgs);
  const follow = await consentedFollow(deps, args.companyId);
  const current = follow.actionPlan.find((a) => a.id === args.itemId);
  if (!current) throw notFound('Action');
  const { dueOn: currentDueOn, ...rest } = current;
  const dueOn = args.input.dueOn === undefined ? currentDueOn : (args.input.dueOn ?? undefined);
  const item: ActionItemRecord = {
    ...rest,
    ...(args.input.title ? { title: args.input.title } : {}),
    ...(args.input.status ? { status: actionItemTransition(current.status, args.input.status) } : {}),
    ...(dueOn ? { dueOn } : {}),
    updatedAt: deps.now.toISOString(),
  };
  await saveFollow(deps, follow, { actionPlan: follow.actionPlan.map((a) => (a.id === item.id ? item : a)) });
  return item;
}

/**
 * A note on a meeting; it moves the follow's latest meeting day. With a client key, a retry (even racing the first
 * call, even naming another day) answers the note the first call wrote.
 */
export async function addMeetingNote(deps: FollowupDeps, rawArgs: unknown): Promise<MeetingNoteRecord> {
  const args = parseInput(meetingNoteInput, rawArgs);
  const follow = await consentedFollow(deps, args.companyId);
  if (args.input.meetingOn > parisDay(deps.now))
    throw badUserInput('Une note porte sur une rencontre passée.', [
      { path: ['input', 'meetingOn'], message: 'Date future.' },
    ]);
  const note: MeetingNoteRecord = {
    id: creationId(deps, follow, args.clientKey),
    companyId: follow.companyId,
    connecteurId: follow.connecteurId,
    meetingOn: args.input.meetingOn,
    text: args.input.text,
    shared: args.input.shared,
    createdAt: deps.now.toISOString(),
  };
  const lastMeetingOn = [follow.lastMeetingOn ?? '', note.meetingOn].sort().at(-1)!;
  const next: FollowRecord = {
    ...follow,
    lastMeetingOn,
    updatedAt: note.createdAt,
    version: follow.version + 1,
  };
  return createdOnce(
    async () => {
      await deps.followupStore.commit([
        ...deps.followupStore.noteParts(note, Boolean(args.clientKey)),
        deps.followupStore.followPart(next, follow),
      ]);
      deps.followLoader.clear(followId(next)).prime(followId(next), next);
      return note;
    },
    // The note the key wrote: its marker is under this connecteur's id.
    () => deps.followupStore.keyedNote(note.companyId, note.connecteurId, note.id),
    () => conflict('Une autre note a été écrite avec cette clé client : prenez-en une nouvelle.'),
  );
}

export async function meetingNotes(
  deps: FollowupDeps,
  follow: FollowRecord,
  sharedOnly: boolean,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<MeetingNoteRecord>> {
  const limit = pageSize(first);
  const scope = cursorScope('meetingNotes', { id: followId(follow), sharedOnly });
  const page = await deps.followupStore.notes(
    follow.companyId,
    follow.connecteurId,
    sharedOnly,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return connectionOf(deps.cursors, scope, page, notePosition);
}

// ——— company side ———

export async function myFollows(deps: FollowupDeps): Promise<FollowRecord[]> {
  const company = await requirePmeCompany(deps);
  const follows = await deps.followupStore.followsOfCompany(company.id);
  return follows.sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));
}

/**
 * The company answers a proposal or withdraws its consent. Accepting and revoking change how many connecteurs
 * follow the company (it stops or starts being a lead) and the counters, in the follow's transaction.
 */
async function decide(deps: FollowupDeps, rawConnecteurId: string, event: Exclude<FollowEvent, 'PROPOSE'>) {
  const company = await requirePmeCompany(deps);
  const { connecteurId } = parseInput(followAnswerInput, { connecteurId: rawConnecteurId });
  return retryWithBackoff(async () => {
    const follow = await deps.followupStore.follow(company.id, connecteurId);
    if (!follow) throw notFound('Proposition de suivi');
    const status = followTransition(follow.status, event, 'PME');
    const at = deps.now.toISOString();
    const next: FollowRecord = {
      ...follow,
      status,
      ...(event === 'ACCEPT' ? { acceptedAt: at } : {}),
      ...(event === 'DECLINE' ? { declinedAt: at } : {}),
      ...(event === 'REVOKE' ? { revokedAt: at } : {}),
      updatedAt: at,
      version: follow.version + 1,
    };
    const delta = event === 'ACCEPT' ? 1 : event === 'REVOKE' ? -1 : 0;
    const parts = [
      deps.followupStore.followPart(next, follow),
      ...(await activeFollowerParts(deps, company, connecteurId, delta)),
      ...deps.followupStore.noticeParts(followAnsweredNotices(next), at),
    ];
    await deps.followupStore.commit(parts);
    return next;
  });
}

export const acceptFollow = (deps: FollowupDeps, connecteurId: string) =>
  decide(deps, connecteurId, 'ACCEPT');
export const declineFollow = (deps: FollowupDeps, connecteurId: string) =>
  decide(deps, connecteurId, 'DECLINE');
export const revokeFollow = (deps: FollowupDeps, connecteurId: string) =>
  decide(deps, connecteurId, 'REVOKE');

export async function myContactConsent(deps: FollowupDeps): Promise<CompanyWorkspaceRecord> {
  const company = await requirePmeCompany(deps);
  return (await deps.followupStore.workspace(company.id)) ?? emptyWorkspace(company);
}

export async function setContactConsent(
  deps: FollowupDeps,
  consented: boolean,
): Promise<CompanyWorkspaceRecord> {
  const company = await requirePmeCompany(deps);
  return retryWithBackoff(async () => {
    const workspace = (await deps.followupStore.workspace(company.id)) ?? emptyWorkspace(company);
    const next: CompanyWorkspaceRecord = {
      ...workspace,
      departementCode: company.departementCode,
      regionCode: company.regionCode,
      contactConsent: consented,
      contactConsentChangedAt: deps.now.toISOString(),
    };
    await deps.followupStore.commit([deps.followupStore.workspacePart(next, workspace.version)]);
    return { ...next, version: workspace.version + 1 };
  });
}
