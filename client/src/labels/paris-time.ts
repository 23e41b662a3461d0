// The web app's Paris calendar: the server's own module (functions/shared/paris-time.ts, date-fns in Europe/Paris),
// imported, never copied, plus the forms the pages need (the API's DateTime strings, French words).
import {
  addParisYears,
  endOfParisDay,
  frenchDateTime,
  frenchDay,
  isCalendarDay,
  parisDay,
  PARIS_TIME_ZONE,
  startOfParisDay,
} from '../../../functions/shared/paris-time.js';

export { addParisYears, isCalendarDay, parisDay };

const timeFormat = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short', timeZone: PARIS_TIME_ZONE });
const monthFormat = new Intl.DateTimeFormat('fr-FR', {
  month: 'short',
  year: 'numeric',
  timeZone: PARIS_TIME_ZONE,
});

/** "Depuis le 3 novembre" starts at midnight in Paris (the agents' time), as the API's DateTime. */
export const parisDayStartsAt = (day: string): string => startOfParisDay(day).toISOString();

/** The last instant of a Paris day, as the API's DateTime: a call closes at the end of its last day. */
export const parisDayEndsAt = (day: string): string =>
  new Date(endOfParisDay(day).getTime() - 1).toISOString();

/**
 * A calendar date of the API (`Date` scalar, "2028-06-30") as "30 juin 2028"; an instant (`DateTime`) as the
 * Paris day it falls in (00:30 in Paris on 1 January is already 1 January).
 */
export const formatDate = (dateOrInstant: string): string =>
  frenchDay(isCalendarDay(dateOrInstant) ? startOfParisDay(dateOrInstant) : dateOrInstant);

/** An instant of the API (`DateTime` scalar) as Paris time, e.g. "26 novembre 2026 à 10:30". */
export const formatDateTime = (instant: string): string => frenchDateTime(instant);

/** The time of day of an instant, Paris time, e.g. "10:30". */
export const formatTime = (instant: string): string => timeFormat.format(new Date(instant));

/** The month of an instant, Paris time, e.g. "nov. 2026". */
export const formatMonth = (instant: string): string => monthFormat.format(new Date(instant));
