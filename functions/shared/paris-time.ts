/**
 * The Paris calendar: every rule counted in days, dates shown to users and yearly buckets are Europe/Paris days, not
 * UTC ones (a file submitted at 00:30 in Paris on 1 January belongs to the new year). Built on Intl (the Node
 * runtime's IANA data), so both daylight-saving changes are followed without a table of our own.
 */

export const PARIS_TIME_ZONE = 'Europe/Paris';

/** A calendar day, `YYYY-MM-DD`. */
export type ParisDay = string;

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: PARIS_TIME_ZONE,
  timeZoneName: 'longOffset',
});

const frenchDayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS_TIME_ZONE, dateStyle: 'long' });
const frenchDateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS_TIME_ZONE,
  dateStyle: 'long',
  timeStyle: 'short',
});

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const asDate = (at: Date | string): Date => (typeof at === 'string' ? new Date(at) : at);

/** The Paris calendar day of an instant: 2027-03-27T23:30:00Z → "2027-03-28". */
export const parisDay = (at: Date | string): ParisDay => dayFormat.format(asDate(at));

/** The Paris calendar year of an instant. */
export const parisYear = (at: Date | string): number => Number(parisDay(at).slice(0, 4));

/** Paris's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function parisOffsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** `day` plus `days` calendar days (negative: before). */
export function addParisDays(day: ParisDay, days: number): ParisDay {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new Error(`not a calendar day: ${day}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return date.toISOString().slice(0, 10);
}

/** The instant a Paris day starts (its midnight, in UTC): "2027-03-28" → 2027-03-27T23:00:00Z. */
export function startOfParisDay(day: ParisDay): Date {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new Error(`not a calendar day: ${day}`);
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // The offset in force at local midnight: try the offset of the instants around it (changes happen at 2h or 3h).
  for (const guess of [utcMidnight - 60 * 60_000, utcMidnight - 120 * 60_000]) {
    const candidate = new Date(utcMidnight - parisOffsetMinutes(new Date(guess)) * 60_000);
    if (parisDay(candidate) === day && parisDay(new Date(candidate.getTime() - 1)) !== day) return candidate;
  }
  throw new Error(`no Paris midnight found for ${day}`);
}

/** The instant after a Paris day's last moment (the next day's midnight): a deadline "until that day included". */
export const endOfParisDay = (day: ParisDay): Date => startOfParisDay(addParisDays(day, 1));

/** A Paris day in French words: "28 mars 2027". */
export const frenchDay = (at: Date | string): string => frenchDayFormat.format(asDate(at));

/** A Paris date and time in French words: "31 décembre 2027 à 23:59". */
export const frenchDateTime = (at: Date | string): string => frenchDateTimeFormat.format(asDate(at));

/** The same calendar day `years` later (29 February gives 28 February in a common year). */
export function addParisYears(day: ParisDay, years: number): ParisDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return new Date(Date.UTC(y + years, m - 1, Math.min(d, lastOfMonth))).toISOString().slice(0, 10);
}

/** The same calendar day `months` later (31 August plus 6 months gives 28 or 29 February). */
export function addParisMonths(day: ParisDay, months: number): ParisDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastOfMonth))).toISOString().slice(0, 10);
}
