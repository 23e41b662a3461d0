import type { MaturityTheme, PeerScope, SizeBand } from '../generated/resolvers-types.js';
import { MIN_CONTRIBUTORS } from '../shared/disclosure.js';
import { regionByCode } from '../shared/geography.js';
import { MATURITY_THEMES } from './questionnaire.js';
import type { Contribution, DiagnosticRecord, PeerAggregateRecord } from './records.js';

/** Peers are compared within one questionnaire version, in these groups. */
export type PeerGroup = { version: string; scope: PeerScope; group: string };

export const PEER_SCOPES = [
  'SECTOR',
  'SIZE_BAND',
  'REGION',
  'SAME_PROFILE',
  'NATIONAL',
] as const satisfies readonly PeerScope[];

export function peerGroupsOf(c: Contribution): PeerGroup[] {
  const { nafSection, sizeBand, regionCode } = c.facts;
  const groups: Record<PeerScope, string> = {
    SECTOR: nafSection,
    SIZE_BAND: sizeBand,
    REGION: regionCode,
    SAME_PROFILE: `${nafSection}.${sizeBand}.${regionCode}`,
    NATIONAL: 'FR',
  };
  return PEER_SCOPES.map((scope) => ({ version: c.questionnaireVersion, scope, group: groups[scope] }));
}

export const groupId = (g: PeerGroup) => `${g.version}#${g.scope}#${g.group}`;

/** `changes`: how many diagnostics entered or left (a replacement, one in and one out, is one change). */
export type AggregateDelta = PeerGroup & PeerAggregateRecord & { changes: number };

/**
 * What to ADD to each peer group when diagnostics enter (+1) or leave (−1) the aggregates, merged per group
 * (a transaction touches an item once) and without the groups left unchanged.
 */
export function aggregateDeltas(changes: { contribution: Contribution; sign: 1 | -1 }[]): AggregateDelta[] {
  const deltas = new Map<string, AggregateDelta>();
  const moves = new Map<string, { in: number; out: number }>();
  for (const { contribution, sign } of changes) {
    for (const group of peerGroupsOf(contribution)) {
      const id = groupId(group);
      const delta = deltas.get(id) ?? {
        ...group,
        count: 0,
        sumOverall: 0,
        sumThemes: {},
        buckets: {},
        changes: 0,
      };
      const move = moves.get(id) ?? { in: 0, out: 0 };
      if (sign > 0) move.in += 1;
      else move.out += 1;
      moves.set(id, move);
      delta.changes = Math.max(move.in, move.out);
      delta.count += sign;
      delta.sumOverall += sign * contribution.overallScore;
      for (const t of contribution.themeScores)
        delta.sumThemes[t.theme] = (delta.sumThemes[t.theme] ?? 0) + sign * t.score;
      delta.buckets[contribution.overallScore] = (delta.buckets[contribution.overallScore] ?? 0) + sign;
      deltas.set(id, delta);
    }
  }
  return [...deltas.values()]
    .map((d) => ({
      ...d,
      sumThemes: Object.fromEntries(Object.entries(d.sumThemes).filter(([, v]) => v !== 0)),
      buckets: Object.fromEntries(Object.entries(d.buckets).filter(([, v]) => v !== 0)),
    }))
    .filter((d) => d.count !== 0 || d.sumOverall !== 0 || Object.keys(d.buckets).length > 0);
}

export type PeerPosition = {
  /** Other diagnostics in the group (this one excluded); 0 while fewer than MIN_CONTRIBUTORS. */
  peerCount: number;
  averageScore: number | null;
  /** Share of the other diagnostics that scored strictly less, 0–1. */
  shareBelow: number | null;
  themeAverages: { theme: MaturityTheme; average: number | null }[];
};

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

const undisclosed = (): PeerPosition => ({
  peerCount: 0,
  averageScore: null,
  shareBelow: null,
  themeAverages: MATURITY_THEMES.map((theme) => ({ theme, average: null })),
});

/**
 * Where a diagnostic stands in its group, from the group's sums alone (no read of other diagnostics): the published
 * snapshot for readers. The diagnostic itself is taken out when the snapshot counts it (counted, and submitted
 * before the publication). Fewer than MIN_CONTRIBUTORS others: nothing is disclosed, not even their number.
 */
export function positionAmongPeers(
  aggregate: PeerAggregateRecord | undefined,
  self: Pick<DiagnosticRecord, 'overallScore' | 'themeScores' | 'counted'> &
    Partial<Pick<DiagnosticRecord, 'submittedAt'>>,
): PeerPosition {
  const inSnapshot =
    !aggregate?.publishedAt || !self.submittedAt || self.submittedAt <= aggregate.publishedAt;
  const own = self.counted && inSnapshot ? 1 : 0;
  const count = aggregate?.count ?? 0;
  const peerCount = Math.max(0, count - own);
  if (peerCount < MIN_CONTRIBUTORS) return undisclosed();
  let below = 0;
  for (let score = 0; score < self.overallScore; score++) below += aggregate?.buckets[score] ?? 0;
  const average = (sum: number, mine: number) =>
    peerCount > 0 ? oneDecimal((sum - own * mine) / peerCount) : null;
  return {
    peerCount,
    averageScore: average(aggregate?.sumOverall ?? 0, self.overallScore),
    shareBelow: peerCount > 0 ? Math.round((below / peerCount) * 1000) / 1000 : null,
    themeAverages: MATURITY_THEMES.map((theme) => ({
      theme,
      average: average(
        aggregate?.sumThemes[theme] ?? 0,
        self.themeScores.find((t) => t.theme === theme)?.score ?? 0,
      ),
    })),
  };
}

export const NAF_SECTION_NAMES: Record<string, string> = {
  A: 'Agriculture, sylviculture et pêche',
  B: 'Industries extractives',
  C: 'Industrie manufacturière',
  D: 'Production et distribution d’électricité, de gaz, de vapeur et d’air conditionné',
  E: 'Production et distribution d’eau ; assainissement, gestion des déchets et dépollution',
  F: 'Construction',
  G: 'Commerce ; réparation d’automobiles et de motocycles',
  H: 'Transports et entreposage',
  I: 'Hébergement et restauration',
  J: 'Information et communication',
  K: 'Activités financières et d’assurance',
  L: 'Activités immobilières',
  M: 'Activités spécialisées, scientifiques et techniques',
  N: 'Activités de services administratifs et de soutien',
  O: 'Administration publique',
  P: 'Enseignement',
  Q: 'Santé humaine et action sociale',
  R: 'Arts, spectacles et activités récréatives',
  S: 'Autres activités de services',
  T: 'Activités des ménages en tant qu’employeurs',
  U: 'Activités extra-territoriales',
};

export const SIZE_BAND_NAMES: Record<SizeBand, string> = {
  SOLO: 'sans salarié',
  MICRO: '1 à 9 salariés',
  SMALL: '10 à 49 salariés',
  MEDIUM: '50 à 249 salariés',
};

/** A French label for a group, e.g. « Hébergement et restauration, 1 à 9 salariés, Bretagne ». */
export function peerGroupLabel(scope: PeerScope, facts: Contribution['facts']): string {
  const sector = NAF_SECTION_NAMES[facts.nafSection] ?? `Section ${facts.nafSection}`;
  const size = SIZE_BAND_NAMES[facts.sizeBand];
  const region = regionByCode(facts.regionCode)?.name ?? facts.regionCode;
  switch (scope) {
    case 'SECTOR':
      return sector;
    case 'SIZE_BAND':
      return `Entreprises ${size}`;
    case 'REGION':
      return region;
    case 'SAME_PROFILE':
      return `${sector}, ${size}, ${region}`;
    case 'NATIONAL':
      return 'France entière';
  }
}
