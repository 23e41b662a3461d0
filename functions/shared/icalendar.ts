/**
 * A minimal iCalendar (RFC 5545) generator for one event: what an appointment's notification attaches so the
 * recipient's calendar adds it (METHOD:REQUEST) or removes it (METHOD:CANCEL, same UID, higher SEQUENCE). Times are
 * UTC (`…Z`), so no VTIMEZONE is needed; lines end with CRLF and are folded at 75 octets; text is escaped.
 */
export type CalendarEvent = {
  /** Stable across the event's updates: the calendar matches a cancellation to its booking by it. */
  uid: string;
  startsAt: string;
  endsAt: string;
  summary: string;
  description?: string;
  /** When this version was made (DTSTAMP). */
  stamp: string;
  /** 0 at booking; a cancellation carries a higher one. */
  sequence: number;
  cancelled?: boolean;
};

/** 2026-12-10T09:00:00.000Z → 20261210T090000Z */
export const icsTime = (at: string): string =>
  new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export const icsText = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The whole calendar object, CRLF line endings. */
export function icsOf(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Croissance Connectee//Rendez-vous//FR',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.cancelled ? 'CANCEL' : 'REQUEST'}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsTime(event.stamp)}`,
    `DTSTART:${icsTime(event.startsAt)}`,
    `DTEND:${icsTime(event.endsAt)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${icsText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${icsText(event.description)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
