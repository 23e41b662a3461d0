/**
 * The Paris calendar: every rule counted in days, dates shown to users and yearly buckets are Europe/Paris days, not
 * UTC ones (a file submitted at 00:30 in Paris on 1 January belongs to the new year). The arithmetic is date-fns
 * computed in Europe/Paris by `@date-fns/tz` (the runtime's IANA data), so both daylight-saving changes are followed
 * without an offset algorithm of our own. The web app imports this same module (`client/src/labels/paris-time.ts`).
 */
import { TZDate, tz } from '@date-fns/tz';
import { addDays, addMonths, addYears } from 'date-fns';

export const PARIS_TIME_ZONE = 'Europe/Paris';

/** A calendar day, `YYYY-MM-DD`. */
export type ParisDay = string;

const inParis = tz(PARIS_TIME_ZONE);
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Built on first use: an Intl formatter loads its locale's data, which a Lambda's cold start does not need.
let frenchDayFormat: Intl.DateTimeFormat | undefined;
let frenchDateTimeFormat: Intl.DateTimeFormat | undefined;

const asDate = (at: Date | string): Date => (typeof at === 'string' ? new Date(at) : at);

// By hand rather than date-fns's `parse` and `format`, whose token tables and English locale are a fortieth of the
// Lambda bundle for one fixed pattern.
const parseDay = (day: string): TZDate | undefined => {
  const match = DAY_PATTERN.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const midnight = new TZDate(year, month, date, PARIS_TIME_ZONE);
  // `Date` rolls 30 February over to March, and reads years 0–99 as 1900–1999: neither is the day written.
  return midnight.getFullYear() === year && midnight.getMonth() === month && midnight.getDate() === date
    ? midnight
    : undefined;
};

/** Whether a text is a calendar day `YYYY-MM-DD` that exists (not `2027-02-30`). */
export const isCalendarDay = (text: string): boolean => parseDay(text) !== undefined;

/** Midnight in Paris of a calendar day; throws on what is not one (`28/03/2027`, `2027-02-30`). */
function parisMidnight(day: ParisDay): TZDate {
  const date = parseDay(day);
  if (!date) throw new Error(`not a calendar day: ${day}`);
  return date;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');
const dayOf = (date: Date): ParisDay => {
  const paris = inParis(date);
  return `${String(paris.getFullYear()).padStart(4, '0')}-${twoDigits(paris.getMonth() + 1)}-${twoDigits(paris.getDate())}`;
};
const instant = (date: Date): Date => new Date(date.getTime());

/** The Paris calendar day of an instant: 2027-03-27T23:30:00Z → "2027-03-28". */
export const parisDay = (at: Date | string): ParisDay => dayOf(asDate(at));

/** The Paris calendar year of an instant. */
export const parisYear = (at: Date | string): number => Number(parisDay(at).slice(0, 4));

/** Paris's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export const parisOffsetMinutes = (at: Date): number => -inParis(at).getTimezoneOffset();

/** `day` plus `days` calendar days (negative: before). */
export const addParisDays = (day: ParisDay, days: number): ParisDay =>
  dayOf(addDays(parisMidnight(day), days));

/** The same calendar day `years` later (29 February gives 28 February in a common year). */
export const addParisYears = (day: ParisDay, years: number): ParisDay =>
  dayOf(addYears(parisMidnight(day), years));

/** The same calendar day `months` later (31 August plus 6 months gives 28 or 29 February). */
export const addParisMonths = (day: ParisDay, months: number): ParisDay =>
  dayOf(addMonths(parisMidnight(day), months));

/** The instant a Paris day starts (its midnight, in UTC): "2027-03-28" → 2027-03-27T23:00:00Z. */
export const startOfParisDay = (day: ParisDay): Date => instant(parisMidnight(day));

/** The instant after a Paris day's last moment (the next day's midnight): a deadline "until that day included". */
export const endOfParisDay = (day: ParisDay): Date => instant(addDays(parisMidnight(day), 1));

/** A Paris day in French words: "28 mars 2027". */
export const frenchDay = (at: Date | string): string =>
  (frenchDayFormat ??= new Intl.DateTimeFormat('fr-FR', {
    timeZone: PARIS_TIME_ZONE,
    dateStyle: 'long',
  })).format(asDate(at));

/** A Paris date and time in French words: "31 décembre 2027 à 23:59". */
export const frenchDateTime = (at: Date | string): string =>
  (frenchDateTimeFormat ??= new Intl.DateTimeFormat('fr-FR', {
    timeZone: PARIS_TIME_ZONE,
    dateStyle: 'long',
    timeStyle: 'short',
  })).format(asDate(at));
