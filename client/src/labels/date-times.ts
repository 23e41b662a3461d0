import { TZDate } from '@date-fns/tz';
import { addParisYears, isCalendarDay, parisDay, parisDayEndsAt, parisDayStartsAt } from './paris-time';

/**
 * Times of day as the forms read and write them, Paris time whatever the browser's time zone (a connecteur in
 * Réunion publishes slots in Paris time, and reads them so); the calendar itself is labels/paris-time.ts, the
 * server's own module.
 */
export { formatDateTime, formatTime } from './paris-time';

const PARIS = 'Europe/Paris';

/** The words forms put next to a time field. */
export const PARIS_TIME_HINT = 'Heure de Paris (métropole)';

const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A day ("2026-12-04", as a date field gives it) and a time of day ("10:30", as a time field gives it), read as
 * Paris time, as an instant of the API (ISO 8601, UTC). Undefined when either is malformed. A time skipped by the
 * spring change (02:30 on the last Sunday of March) is read one hour later, as the clocks did.
 */
export function parisInstant(day: string, time: string): string | undefined {
  const t = TIME.exec(time);
  if (!isCalendarDay(day) || !t) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, min, s] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return undefined;
  return new Date(new TZDate(y, m - 1, d, h, min, s, PARIS).getTime()).toISOString();
}

/** The first instant of a Paris day, or undefined for a malformed day. */
export const parisDayStart = (day: string): string | undefined =>
  isCalendarDay(day) ? parisDayStartsAt(day) : undefined;

/** The last millisecond of a Paris day (days of 23 or 25 hours included), or undefined for a malformed day. */
export const parisDayEnd = (day: string): string | undefined =>
  isCalendarDay(day) ? parisDayEndsAt(day) : undefined;

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a date field and a time field, Paris time: { day: "2026-12-04", time: "10:30" }. */
export function parisFields(instant: string | Date): { day: string; time: string } {
  const paris = new TZDate(new Date(instant).getTime(), PARIS);
  return { day: parisDay(new Date(instant)), time: `${pad(paris.getHours())}:${pad(paris.getMinutes())}` };
}

/** Today in Paris ("2026-12-04"), e.g. the `min` of a date field. */
export const parisToday = (now: Date = new Date()): string => parisDay(now);

/** A Paris day plus a number of years ("2026-12-04" + 2 → "2028-12-04"; 29 February → 28 February). */
export const addYears = addParisYears;
