import { endOfParisDay } from '../shared/paris-time.js';

/**
 * Running counters: every workflow write ADDs to them in its own transaction, so indicators are read from one item
 * per region (or connecteur) and never recomputed from the records.
 */
export type CounterTarget = { kind: 'region'; code: string } | { kind: 'connecteur'; id: string };
export type CounterChange = { target: CounterTarget; add: Record<string, number> };

/** The national totals are a region of their own. */
export const NATIONAL = 'FR';

/** A change counted for a region and for the whole country. */
export const regionAndNation = (regionCode: string, add: Record<string, number>): CounterChange[] => [
  { target: { kind: 'region', code: regionCode }, add },
  { target: { kind: 'region', code: NATIONAL }, add },
];

export const forConnecteur = (id: string, add: Record<string, number>): CounterChange => ({
  target: { kind: 'connecteur', id },
  add,
});

const targetId = (t: CounterTarget) => (t.kind === 'region' ? `R#${t.code}` : `C#${t.id}`);

/** One change per target (a transaction touches an item once), zero additions dropped. */
export function mergeCounterChanges(changes: CounterChange[]): CounterChange[] {
  const merged = new Map<string, CounterChange>();
  for (const change of changes) {
    const id = targetId(change.target);
    const into = merged.get(id) ?? { target: change.target, add: {} };
    for (const [name, value] of Object.entries(change.add)) into.add[name] = (into.add[name] ?? 0) + value;
    merged.set(id, into);
  }
  return [...merged.values()]
    .map((c) => ({ ...c, add: Object.fromEntries(Object.entries(c.add).filter(([, v]) => v !== 0)) }))
    .filter((c) => Object.keys(c.add).length > 0);
}

/** First-answer times are counted in whole hours, in one bucket per hour up to this many. */
export const FIRST_ANSWER_MAX_HOURS = 2000;
export const firstAnswerBucket = (hours: number) =>
  `fa${Math.min(FIRST_ANSWER_MAX_HOURS, Math.max(0, Math.floor(hours)))}`;

/** The median of a histogram of whole hours (the lower middle value for an even count), or null when empty. */
export function medianHours(counters: Record<string, number>): number | null {
  const buckets = Object.entries(counters)
    .filter(([name, count]) => /^fa\d+$/.test(name) && count > 0)
    .map(([name, count]) => ({ hours: Number(name.slice(2)), count }))
    .sort((a, b) => a.hours - b.hours);
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return null;
  const rank = Math.ceil(total / 2);
  let seen = 0;
  for (const b of buckets) {
    seen += b.count;
    if (seen >= rank) return b.hours;
  }
  return null;
}

/** A granted label is counted under its last day of validity (`lu<YYYYMMDD>`); a revocation takes it back. */
export const labelBucket = (validUntil: string) => `lu${validUntil.replaceAll('-', '')}`;

/** Labels valid at `now`: the buckets whose last day (Paris time) is not over yet. */
export function labelsValidAt(counters: Record<string, number>, now: Date): number {
  let valid = 0;
  for (const [name, count] of Object.entries(counters)) {
    const match = /^lu(\d{4})(\d{2})(\d{2})$/.exec(name);
    if (match && endOfParisDay(`${match[1]}-${match[2]}-${match[3]}`).getTime() > now.getTime())
      valid += count;
  }
  return valid;
}

/** A rate with three decimals, or null when nothing was counted. */
export const rate = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;

/** What the counters read of a connecteur (the connecteurs domain's record has these fields). */
export type CountedConnecteur = {
  regionCode: string;
  labelHistory: readonly { status: string; validUntil?: string }[];
};

/** What one connecteur adds to its home region: itself, and each granted (not revoked) label under its last day. */
function connecteurContribution(c: CountedConnecteur): Record<string, number> {
  const add: Record<string, number> = { connecteursDeclared: 1 };
  for (const label of c.labelHistory)
    if (label.status === 'GRANTED' && label.validUntil)
      add[labelBucket(label.validUntil)] = (add[labelBucket(label.validUntil)] ?? 0) + 1;
  return add;
}

/** The counters a connecteur's registration (no previous) or change moves: its old contribution out, the new in. */
export function connecteurCounterChanges(
  previous: CountedConnecteur | undefined,
  next: CountedConnecteur,
): CounterChange[] {
  const out = previous
    ? regionAndNation(
        previous.regionCode,
        Object.fromEntries(Object.entries(connecteurContribution(previous)).map(([k, v]) => [k, -v])),
      )
    : [];
  return mergeCounterChanges([...out, ...regionAndNation(next.regionCode, connecteurContribution(next))]);
}
