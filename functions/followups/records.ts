import type {
  ActionItemStatus,
  FollowStatus,
  MaturityLevel,
  MaturityTheme,
  SizeBand,
  Theme,
} from '../generated/resolvers-types.js';

/** One step of a followed company's action plan, kept inside the follow item (at most MAX_ACTION_ITEMS). */
export type ActionItemRecord = {
  id: string;
  theme: Theme;
  title: string;
  status: ActionItemStatus;
  /** Calendar day, Paris time. */
  dueOn?: string;
  createdAt: string;
  updatedAt: string;
};

/** A connecteur following a company (item `CFOLLOW#<companyId>` / `FOLLOWER#<connecteurId>`). */
export type FollowRecord = {
  companyId: string;
  connecteurId: string;
  status: FollowStatus;
  proposedAt: string;
  proposalMessage?: string;
  /** Last time the PME consented; kept after a revocation for the record. */
  acceptedAt?: string;
  declinedAt?: string;
  revokedAt?: string;
  actionPlan: ActionItemRecord[];
  /** When the first action item was written: with the diagnostic, it starts the 6-month follow-up clock. */
  actionPlanStartedAt?: string;
  /** Day of the latest meeting recorded with a note. */
  lastMeetingOn?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
};

/** What was said at a meeting (item `CFOLLOW#<companyId>` / `NOTE#<connecteurId>#<meetingOn>#<id>`). */
export type MeetingNoteRecord = {
  id: string;
  companyId: string;
  connecteurId: string;
  meetingOn: string;
  text: string;
  /** Visible to the company's PME users too. */
  shared: boolean;
  createdAt: string;
};

/** Enough of a company's latest diagnostic to list it, compute what is due and take it out of the peer aggregates. */
export type LatestDiagnosticSummary = {
  id: string;
  submittedAt: string;
  level: MaturityLevel;
  /** The diagnostics domain's `Contribution` (it writes this summary with its peer aggregates). */
  questionnaireVersion: string;
  overallScore: number;
  themeScores: { theme: MaturityTheme; score: number }[];
  facts: { nafSection: string; sizeBand: SizeBand; regionCode: string };
};

/**
 * A company's side of the workspace (item `CWORK#<companyId>` / `STATE`): its latest diagnostic, its consent to be
 * contacted by connecteurs of its département and how many connecteurs follow it. A company is a lead of its
 * département exactly when it consented, did a diagnostic and follows no connecteur; the lead index entry is
 * written with the item, under its version.
 */
export type CompanyWorkspaceRecord = {
  companyId: string;
  departementCode: string;
  regionCode: string;
  contactConsent: boolean;
  contactConsentChangedAt?: string;
  activeFollowers: number;
  latestDiagnostic?: LatestDiagnosticSummary;
  /** 0 while the item does not exist yet. */
  version: number;
};
