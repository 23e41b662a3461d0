import type { MaturityLevel } from '../generated/resolvers-types.js';
import type { DiagnosticFacts } from './inputs.js';
import type { ThemeScoreRecord } from './scoring.js';

/** The stored shape of a diagnostic (item `DIAG#<id>` / `DIAG`). Answers and scores never change once submitted. */
export type DiagnosticRecord = {
  /** Random and unguessable: holding it is what lets an anonymous taker read the result. */
  id: string;
  questionnaireVersion: string;
  answers: { questionId: string; choiceIds: string[] }[];
  facts: DiagnosticFacts;
  themeScores: ThemeScoreRecord[];
  overallScore: number;
  level: MaturityLevel;
  submittedAt: string;
  /** The signed-in taker, if any. */
  submittedBySub?: string;
  /** Set at submission by a PME with a company, or when the result is claimed; never changes afterwards. */
  companyId?: string;
  claimedAt?: string;
  /**
   * Whether it is in the peer aggregates: every diagnostic is when submitted; a company's older one leaves them
   * when a newer one arrives (one company, one voice).
   */
  counted: boolean;
};

/** What the peer aggregates need of a diagnostic to add or remove it. */
export type Contribution = Pick<DiagnosticRecord, 'questionnaireVersion' | 'overallScore' | 'themeScores'> & {
  facts: Pick<DiagnosticFacts, 'nafSection' | 'sizeBand' | 'regionCode'>;
};

/** A peer group's running sums (item `DIAGAGG#<version>#<scope>#<group>` / `AGG`), updated with ADD on every write. */
export type PeerAggregateRecord = {
  count: number;
  sumOverall: number;
  sumThemes: Partial<Record<string, number>>;
  /** Number of counted diagnostics per overall score (0–100); missing scores are 0. */
  buckets: Partial<Record<number, number>>;
  /** How many changes the group has had (running aggregate), or had when published (snapshot). */
  revision?: number;
  /** When the snapshot was published (item `…` / `PUB`); absent on a running aggregate. */
  publishedAt?: string;
};
