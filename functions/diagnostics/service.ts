import type DataLoader from 'dataloader';
import type { CompanyRecord } from '../companies/index.js';
import type { ConnecteurRecord } from '../connecteurs/index.js';
import type { SubsidyProgramRecord } from '../subsidies/index.js';
import { estimateProgrammes, type ProgrammeEstimate } from './programmes.js';
import { planSearch } from '../connecteurs/index.js';
import type { ConnecteurStore } from '../connecteurs/index.js';
import { connecteurIdOf } from '../shared/caller.js';
import { requirePmeCompany, type CompanyRef, type ViewerCompany } from '../shared/caller.js';
import type { CompanyWorkspaceRecord, FollowRecord, LatestDiagnosticSummary } from '../followups/index.js';
import type { FollowupStore } from '../followups/index.js';
import { emptyWorkspace } from '../followups/index.js';
import { regionAndNation } from '../indicators/index.js';
import type { IndicatorStore } from '../indicators/index.js';
import type { Viewer } from '../shared/auth.js';
import { conflict, forbidden, notFound } from '../shared/errors.js';
import { createdOnce, keyedId } from '../shared/client-keys.js';
import { newId } from '../shared/identifiers.js';
import {
  connectionOf,
  cursorScope,
  pageSize,
  type Connection,
  type CursorCodec,
} from '../shared/pagination.js';
import { retryWithBackoff } from '../shared/retry.js';
import type { TransactPart } from '../shared/transactions.js';
import { parseInput } from '../shared/validation.js';
import { CONNECTEUR_THEMES } from './advice.js';
import { AlreadyCountedToday, type AnonymousClient } from './anonymous.js';
import { parisDay } from '../shared/paris-time.js';
import { submitDiagnosticInput } from './inputs.js';
import { levelOf } from './levels.js';
import {
  aggregateDeltas,
  peerGroupsOf,
  positionAmongPeers,
  type PeerGroup,
  type PeerPosition,
} from './peers.js';
import { mayReadDiagnostic } from './policy.js';
import { currentQuestionnaire } from './questionnaire.js';
import type { DiagnosticRecord, PeerAggregateRecord } from './records.js';
import { focusThemes, scoreAnswers } from './scoring.js';
import { diagnosticPosition, type DiagnosticStore } from './store.js';

/** What the diagnostic use cases need from the request. */
export type DiagnosticDeps = {
  viewer: Viewer;
  now: Date;
  cursors: CursorCodec;
  viewerCompany: ViewerCompany;
  diagnosticStore: DiagnosticStore;
  followupStore: FollowupStore;
  indicatorStore: IndicatorStore;
  connecteurStore: ConnecteurStore;
  diagnosticLoader: DataLoader<string, DiagnosticRecord | undefined>;
  peerAggregateLoader: DataLoader<PeerGroup, PeerAggregateRecord | undefined, string>;
  connecteurLoader: DataLoader<string, ConnecteurRecord | undefined>;
  followLoader: DataLoader<string, FollowRecord | undefined>;
  companyLoader: DataLoader<string, CompanyRecord | undefined>;
  regionProgramsLoader: DataLoader<string, SubsidyProgramRecord[]>;
  /** Connecteur ids to recommend from, by département. */
  recommendationLoader: DataLoader<string, string[]>;
  /** The anonymous caller's keyed hash for a day (from its source IP), if known. */
  anonymousClient?: AnonymousClient;
};

export const summaryOf = (d: DiagnosticRecord): LatestDiagnosticSummary => ({
  id: d.id,
  submittedAt: d.submittedAt,
  questionnaireVersion: d.questionnaireVersion,
  overallScore: d.overallScore,
  level: d.level,
  themeScores: d.themeScores,
  facts: { nafSection: d.facts.nafSection, sizeBand: d.facts.sizeBand, regionCode: d.facts.regionCode },
});

/** Ids are random UUIDs without dashes (122 random bits): unguessable, so they can stand for an anonymous taker. */
const newDiagnosticId = () => newId().replaceAll('-', '');

const isNewer = (a: { submittedAt: string; id: string }, b: { submittedAt: string; id: string }) =>
  a.submittedAt > b.submittedAt || (a.submittedAt === b.submittedAt && a.id > b.id);

/**
 * A scored result of the current questionnaire, from raw input (BAD_USER_INPUT with field paths otherwise).
 * `keyScope`: whose client key the input's `clientKey` is (submitDiagnostic); without it the key is not used.
 */
export function scoredDiagnostic(
  rawInput: unknown,
  at: Date,
  viewer: Viewer,
  keyScope?: string,
): DiagnosticRecord {
  const questionnaire = currentQuestionnaire();
  const command = parseInput(submitDiagnosticInput(questionnaire), rawInput, ['input']);
  const score = scoreAnswers(questionnaire, new Map(command.answers.map((a) => [a.questionId, a.choiceIds])));
  return {
    // A keyed submission's id comes from its key: sent again, it names the diagnostic the first call stored.
    id:
      command.clientKey && keyScope
        ? keyedId('diagnostic', keyScope, command.clientKey, 'hex')
        : newDiagnosticId(),
    questionnaireVersion: questionnaire.version,
    answers: command.answers,
    facts: command.facts,
    themeScores: score.themeScores,
    overallScore: score.overallScore,
    level: levelOf(score.overallScore).level,
    submittedAt: at.toISOString(),
    ...(viewer.kind === 'user' ? { submittedBySub: viewer.sub } : {}),
    counted: true,
  };
}

/**
 * `showsPeers`: the answer shows the peer positions (the caller's document asks for them); an anonymous submission
 * then reads their published snapshots ahead, with its client's mark of the day (see submitAnonymously).
 */
export async function submitDiagnostic(
  deps: DiagnosticDeps,
  rawInput: unknown,
  options: { showsPeers?: boolean } = {},
): Promise<DiagnosticRecord> {
  const viewer = deps.viewer;
  // An anonymous key is the client's of the day: two visitors choosing the same key do not meet. With no client
  // known (no source address), the key names nothing: every send is a diagnostic of its own.
  const client = viewer.kind === 'user' ? undefined : deps.anonymousClient?.(parisDay(deps.now));
  const keyScope = viewer.kind === 'user' ? `user:${viewer.sub}` : client ? `anonymous:${client}` : undefined;
  const scored = scoredDiagnostic(rawInput, deps.now, viewer, keyScope);
  const company = viewer.kind === 'user' && viewer.role === 'PME' ? await deps.viewerCompany() : undefined;
  const record: DiagnosticRecord = company ? { ...scored, companyId: company.id } : scored;
  const done = deps.indicatorStore.parts(regionAndNation(record.facts.regionCode, { diagnosticsDone: 1 }));
  // The same keyed submission again (a retry, or two at once): the first one's result, nothing written.
  return createdOnce(
    () =>
      company
        ? retryWithBackoff(async () => {
            const { parts, diagnostic } = await becomeCompanyDiagnostic(deps, record, company, 'submitted');
            await deps.diagnosticStore.commit([...parts, ...done]);
            return diagnostic;
          })
        : submitAnonymously(deps, record, done, options.showsPeers === true),
    () => deps.diagnosticStore.get(record.id, true),
  );
}

/**
 * Counted in the statistics once per client and day; a further one is stored for its taker, not counted.
 *
 * The guard is the mark's condition in the counting transaction. Without a look ahead, a further submission of the
 * day costs that transaction, refused, then the uncounted write. When the answer shows the peers, their published
 * snapshots (which the transaction does not change) are read first, in the same BatchGetItem as the client's mark:
 * a client already counted today is then written uncounted at once, and the peers are not read again. Two
 * requests either way; a mark the read missed (written meanwhile) is still caught by the condition.
 */
async function submitAnonymously(
  deps: DiagnosticDeps,
  record: DiagnosticRecord,
  done: TransactPart[],
  showsPeers: boolean,
): Promise<DiagnosticRecord> {
  const store = deps.diagnosticStore;
  const day = parisDay(deps.now);
  // Any diagnostic without a company (anonymous, or a signed-in user of another role) counts once per client.
  const clientKey = deps.anonymousClient?.(day);
  const uncounted = async () => {
    const stored: DiagnosticRecord = { ...record, counted: false };
    await store.commit([store.createPart(stored)]);
    return stored;
  };
  if (showsPeers) {
    const [seen] = await Promise.all([
      clientKey ? store.anonymousClientCounted(clientKey, day) : false,
      deps.peerAggregateLoader.loadMany(peerGroupsOf(record)),
    ]);
    if (seen) return uncounted();
  }
  try {
    await store.commit([
      ...(clientKey ? [store.anonymousClientPart(clientKey, day, deps.now)] : []),
      store.createPart(record),
      ...store.aggregateParts(aggregateDeltas([{ contribution: record, sign: 1 }])),
      ...done,
    ]);
    return record;
  } catch (error) {
    if (!(error instanceof AlreadyCountedToday)) throw error;
    return uncounted();
  }
}

/**
 * A diagnostic joins a company's timeline (submitted by its user, or claimed). The newest of the company's
 * diagnostics is its latest and stays in the peer aggregates; the one it supersedes leaves them, in the same
 * transaction, guarded by the version of the company's workspace that named the previous latest.
 */
async function becomeCompanyDiagnostic(
  deps: DiagnosticDeps,
  d: DiagnosticRecord,
  company: CompanyRef,
  how: 'submitted' | 'claimed',
): Promise<{ parts: TransactPart[]; diagnostic: DiagnosticRecord }> {
  const workspace = (await deps.followupStore.workspace(company.id)) ?? emptyWorkspace(company);
  const previous = workspace.latestDiagnostic;
  const latest = !previous || isNewer(d, previous);
  const diagnostic: DiagnosticRecord = {
    ...d,
    companyId: company.id,
    counted: latest,
    ...(how === 'claimed' ? { claimedAt: deps.now.toISOString() } : {}),
  };
  // A claimed result was counted unless it was a further anonymous one of its day (see submitAnonymously).
  const wasCounted = how === 'submitted' || d.counted;
  const changes = [
    ...(how === 'submitted' ? [{ contribution: d, sign: 1 as const }] : []),
    ...(how === 'claimed' && !d.counted && latest ? [{ contribution: d, sign: 1 as const }] : []),
    ...(latest && previous ? [{ contribution: previous, sign: -1 as const }] : []),
    ...(!latest && wasCounted ? [{ contribution: d, sign: -1 as const }] : []),
  ];
  const nextWorkspace: CompanyWorkspaceRecord = {
    ...workspace,
    departementCode: company.departementCode,
    regionCode: company.regionCode,
    ...(latest ? { latestDiagnostic: summaryOf(diagnostic) } : {}),
  };
  const store = deps.diagnosticStore;
  return {
    diagnostic,
    parts: [
      how === 'submitted' ? store.createPart(diagnostic) : store.claimPart(diagnostic),
      ...(latest && previous ? [store.uncountPart(previous.id)] : []),
      deps.followupStore.workspacePart(nextWorkspace, workspace.version),
      ...store.aggregateParts(aggregateDeltas(changes)),
    ],
  };
}

export async function claimDiagnostic(deps: DiagnosticDeps, id: string): Promise<DiagnosticRecord> {
  const company = await requirePmeCompany(deps);
  return retryWithBackoff(async () => {
    const found = await deps.diagnosticStore.get(id);
    if (!found) throw notFound('Diagnostic');
    if (found.companyId === company.id) return found;
    if (found.companyId) throw conflict('Ce diagnostic est déjà rattaché à une autre entreprise.');
    const { parts, diagnostic } = await becomeCompanyDiagnostic(deps, found, company, 'claimed');
    await deps.diagnosticStore.commit(parts);
    return diagnostic;
  });
}

async function mayRead(deps: DiagnosticDeps, d: DiagnosticRecord): Promise<boolean> {
  return mayReadDiagnostic(d, deps.viewer, {
    viewerCompanyId: async () => (await deps.viewerCompany())?.id,
    followsCompany: async (companyId) => {
      if (deps.viewer.kind !== 'user') return false;
      const follow = await deps.followLoader.load(`${companyId}|${connecteurIdOf(deps.viewer.sub)}`);
      return follow?.status === 'ACTIVE';
    },
  });
}

export async function diagnosticResult(deps: DiagnosticDeps, id: string): Promise<DiagnosticRecord | null> {
  const record = await deps.diagnosticLoader.load(id);
  if (!record) return null;
  if (!(await mayRead(deps, record)))
    throw forbidden('Ce diagnostic appartient à une entreprise : vous n’y avez pas accès.');
  return record;
}

export async function diagnosticsOfCompany(
  deps: Pick<DiagnosticDeps, 'cursors' | 'diagnosticStore'>,
  companyId: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<DiagnosticRecord>> {
  const limit = pageSize(first);
  const scope = cursorScope('companyDiagnostics', companyId);
  const page = await deps.diagnosticStore.ofCompany(
    companyId,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return connectionOf(deps.cursors, scope, page, diagnosticPosition);
}

export async function myDiagnostics(
  deps: DiagnosticDeps,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<DiagnosticRecord>> {
  const company = await requirePmeCompany(deps);
  return diagnosticsOfCompany(deps, company.id, first, after);
}

/** The result against each peer group, from the groups' running aggregates (one BatchGetItem per request). */
export async function peersOf(
  deps: Pick<DiagnosticDeps, 'peerAggregateLoader'>,
  d: DiagnosticRecord,
): Promise<(PeerPosition & { scope: PeerGroup['scope'] })[]> {
  const groups = peerGroupsOf(d);
  const aggregates = await deps.peerAggregateLoader.loadMany(groups);
  return groups.map((g, i) => {
    const aggregate = aggregates[i];
    if (aggregate instanceof Error) throw aggregate;
    return { scope: g.scope, ...positionAmongPeers(aggregate, d) };
  });
}

export const RECOMMENDED_CONNECTEURS = 5;
/** Labelled connecteurs read per département to choose from (one search per département and request). */
export const RECOMMENDATION_CANDIDATES = 50;

/** Labelled connecteurs serving a département who take new PMEs, in name order (the directory's own search). */
export async function recommendationCandidates(
  deps: Pick<DiagnosticDeps, 'connecteurStore'> & { now: Date },
  departementCode: string,
): Promise<string[]> {
  const search = planSearch({ departementCode, labelledOnly: true, acceptsNewPmes: true });
  const page = await deps.connecteurStore.search(search, deps.now, RECOMMENDATION_CANDIDATES);
  return page.ids.map((p) => p.id);
}

/**
 * Labelled connecteurs serving the company's département who take new PMEs: those with an expertise in the focus
 * themes first (the more themes in common the better), then the others, in name order.
 */
export async function recommendedConnecteurs(
  deps: DiagnosticDeps,
  d: DiagnosticRecord,
): Promise<ConnecteurRecord[]> {
  const wanted = new Set(focusThemes(d.themeScores).flatMap((t) => CONNECTEUR_THEMES[t]));
  const ids = await deps.recommendationLoader.load(d.facts.departementCode);
  const records = (await deps.connecteurLoader.loadMany(ids)).filter(
    (r): r is ConnecteurRecord => r !== undefined && !(r instanceof Error),
  );
  const matching = (c: ConnecteurRecord) => c.themes.filter((t) => wanted.has(t)).length;
  return records
    .map((c, i) => ({ c, i, score: matching(c) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, RECOMMENDED_CONNECTEURS)
    .map(({ c }) => c);
}

/** The region's chèque numérique programmes a typical project of the company is eligible to, with the expected aid. */
export async function recommendedProgrammes(
  deps: DiagnosticDeps,
  d: DiagnosticRecord,
): Promise<ProgrammeEstimate[]> {
  const company = d.companyId ? await deps.companyLoader.load(d.companyId) : undefined;
  const programs = await deps.regionProgramsLoader.load(company?.regionCode ?? d.facts.regionCode);
  return estimateProgrammes(programs, d.facts, focusThemes(d.themeScores), company, deps.now);
}
