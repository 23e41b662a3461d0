import { TZDate } from '@date-fns/tz';

/**
 * Paris time, the one conversion module of the web app: every time of day a user reads or types is Europe/Paris
 * time, whatever the browser's time zone (a connecteur in Réunion publishes slots in Paris time, and reads them so).
 */
export const PARIS = 'Europe/Paris';

/** The words forms put next to a time field. */
export const PARIS_TIME_HINT = 'Heure de Paris (métropole)';

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: PARIS,
});

const timeFormat = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short', timeZone: PARIS });

const dayFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: PARIS,
});

/** An instant of the API (`DateTime` scalar) as Paris time, e.g. "26 novembre 2026 à 10:30". */
export const formatDateTime = (instant: string): string => dateTimeFormat.format(new Date(instant));

/** The time of day of an instant, Paris time, e.g. "10:30". */
export const formatTime = (instant: string): string => timeFormat.format(new Date(instant));

/** The Paris day of an instant, e.g. "26 novembre 2026". */
export const formatParisDay = (instant: string): string => dayFormat.format(new Date(instant));

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A day ("2026-12-04", as a date field gives it) and a time of day ("10:30", as a time field gives it), read as
 * Paris time, as an instant of the API (ISO 8601, UTC). Undefined when either is malformed. A time skipped by the
 * spring change (02:30 on the last Sunday of March) is read one hour later, as the clocks did.
 */
export function parisInstant(day: string, time: string): string | undefined {
  const d = DAY.exec(day);
  const t = TIME.exec(time);
  if (!d || !t) return undefined;
  const [, y, m, dd] = d.map(Number) as [number, number, number, number];
  const [, h, min, s = 0] = t.map((v) => (v === undefined ? undefined : Number(v))) as [
    number,
    number,
    number,
    number | undefined,
  ];
  if (m < 1 || m > 12 || dd < 1 || dd > 31 || h > 23 || min > 59 || s > 59) return undefined;
  return new Date(new TZDate(y, m - 1, dd, h, min, s, PARIS).getTime()).toISOString();
}

/** The first instant of a Paris day. */
export const parisDayStart = (day: string): string | undefined => parisInstant(day, '00:00');

/** The last millisecond of a Paris day (the next day's midnight, minus 1 ms: days of 23 or 25 hours included). */
export function parisDayEnd(day: string): string | undefined {
  const d = DAY.exec(day);
  if (!d) return undefined;
  const [, y, m, dd] = d.map(Number) as [number, number, number, number];
  const next = new TZDate(y, m - 1, dd + 1, 0, 0, 0, PARIS).getTime();
  return new Date(next - 1).toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a date field and a time field, Paris time: { day: "2026-12-04", time: "10:30" }. */
export function parisFields(instant: string | Date): { day: string; time: string } {
  const paris = new TZDate(new Date(instant).getTime(), PARIS);
  return {
    day: `${paris.getFullYear()}-${pad(paris.getMonth() + 1)}-${pad(paris.getDate())}`,
    time: `${pad(paris.getHours())}:${pad(paris.getMinutes())}`,
  };
}

/** Today in Paris ("2026-12-04"), e.g. the `min` of a date field. */
export const parisToday = (now: Date = new Date()): string => parisFields(now).day;

/** A Paris day plus a number of years ("2026-12-04" + 2 → "2028-12-04"; 29 February → 28 February). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${pad(m)}-${pad(Math.min(d, last))}`;
}
