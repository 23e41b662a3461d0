import { frenchDateTime, frenchDay, parisDay, startOfParisDay, type ParisDay } from '../shared/paris-time.js';
import type { ProgramRules } from './records.js';

type Window = Pick<ProgramRules, 'opensAt' | 'closesAt'>;

/**
 * A call for projects in Paris days: deposits are accepted from `opensAt` (included) to `closesAt` (excluded). The
 * first day is the Paris day of the opening; the last day is the Paris day of the last instant before the closing
 * (a call closing at midnight in Paris ends the day before).
 */
export const firstDayOf = (w: Window): ParisDay => parisDay(w.opensAt);
export const lastDayOf = (w: Window): ParisDay => parisDay(new Date(Date.parse(w.closesAt) - 1));

/** Whether deposits are accepted at an instant. */
export const isCallOpen = (w: Window, at: Date): boolean =>
  Date.parse(w.opensAt) <= at.getTime() && at.getTime() < Date.parse(w.closesAt);

const isParisMidnight = (iso: string) => startOfParisDay(parisDay(iso)).getTime() === Date.parse(iso);
/** Just before a Paris midnight (a form sending 23:59:59.999 for "until the end of that day"). */
const isEndOfParisDay = (iso: string) => isParisMidnight(new Date(Date.parse(iso) + 1).toISOString());

/** The window's bounds in French with Paris dates: whole days when the bounds fall on midnight. */
function describe(w: Window): { opens: string; until: string } {
  const opens = isParisMidnight(w.opensAt)
    ? `le ${frenchDay(w.opensAt)}`
    : `le ${frenchDateTime(w.opensAt)} (heure de Paris)`;
  const lastDay = frenchDay(`${lastDayOf(w)}T12:00:00Z`);
  const until =
    isParisMidnight(w.closesAt) || isEndOfParisDay(w.closesAt)
      ? `jusqu’au ${lastDay} inclus`
      : `jusqu’au ${frenchDateTime(w.closesAt)} (heure de Paris)`;
  return { opens, until };
}

/**
 * Descriptions by window, computed once per window and instance: every file of a page is judged against its
 * programme's window, and the Paris-calendar arithmetic costs about 0.3 ms each time (docs/performance.md).
 */
const descriptions = new Map<string, { opens: string; until: string }>();
const DESCRIPTIONS_KEPT = 1_000;

function describedOnce(w: Window): { opens: string; until: string } {
  const key = `${w.opensAt}|${w.closesAt}`;
  let described = descriptions.get(key);
  if (!described) {
    if (descriptions.size >= DESCRIPTIONS_KEPT) descriptions.clear();
    described = describe(w);
    descriptions.set(key, described);
  }
  return described;
}

/** The call window judged at an instant, in French with Paris dates: whole days when the bounds fall on midnight. */
export function callWindowCheck(w: Window, at: Date): { passed: boolean; message: string } {
  const { opens, until } = describedOnce(w);
  const time = at.getTime();
  if (time < Date.parse(w.opensAt))
    return { passed: false, message: `L’appel à projets n’ouvre que ${opens} ; dépôts ${until}.` };
  if (time >= Date.parse(w.closesAt))
    return { passed: false, message: `L’appel à projets est clos : les dépôts étaient acceptés ${until}.` };
  return { passed: true, message: `Dépôt dans la période de l’appel (${until}).` };
}
