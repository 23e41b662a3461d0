/**
 * Calendar days in Paris (Europe/Paris, UTC+1 in winter, UTC+2 in summer): day rules (a label's last day, its
 * three-year limit) are counted in the days people live in, not in UTC days.
 */

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const hourFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The calendar day in Paris of an instant, `YYYY-MM-DD`. */
export const parisDay = (at: Date): string => dayFormat.format(at);

/** The day after a calendar day. */
export function nextDay(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The instant a Paris calendar day starts (its local midnight). */
export function startOfParisDay(day: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  // Paris is UTC+1 or UTC+2: find the offset in force at that local midnight.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(midnightUtc - offsetHours * 3600_000);
    const local = hourFormat.format(candidate);
    if (local.startsWith(day) && local.endsWith('00')) return candidate;
  }
  throw new Error(`no Paris midnight found for ${day}`);
}

/** The instant after a Paris calendar day: the next local midnight. */
export const endOfParisDay = (day: string): Date => startOfParisDay(nextDay(day));

/** The same calendar day `years` later (29 February gives 28 February in a common year). */
export function addParisYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return new Date(Date.UTC(y + years, m - 1, Math.min(d, lastOfMonth))).toISOString().slice(0, 10);
}
