import { describe, expect, it } from 'vitest';
import { foldLine, icsOf, icsText, icsTime } from '../../functions/shared/icalendar.js';

const booking = {
  uid: 'appt-1@croissance-connectee',
  startsAt: '2026-12-10T09:00:00.000Z',
  endsAt: '2026-12-10T10:00:00+00:00',
  summary: 'Rendez-vous, suivi; bilan',
  stamp: '2026-12-01T08:30:15.123Z',
  sequence: 0,
};

describe('the iCalendar object of an appointment (RFC 5545)', () => {
  it('is one VEVENT in UTC, CRLF line endings, with the method its calendar applies', () => {
    const ics = icsOf(booking);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Croissance Connectee//Rendez-vous//FR',
      'CALSCALE:GREGORIAN',
      'METHOD:REQUEST',
    ]);
    expect(lines).toContain('DTSTART:20261210T090000Z');
    expect(lines).toContain('DTEND:20261210T100000Z');
    expect(lines).toContain('DTSTAMP:20261201T083015Z');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('SUMMARY:Rendez-vous\\, suivi\\; bilan');
  });

  it('a cancellation keeps the UID, raises the sequence and says CANCEL', () => {
    const lines = icsOf({ ...booking, sequence: 1, cancelled: true }).split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining(['METHOD:CANCEL', 'STATUS:CANCELLED', 'SEQUENCE:1', `UID:${booking.uid}`]),
    );
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(icsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(icsTime('2027-03-28T01:30:00.000Z')).toBe('20270328T013000Z');
    const long = 'DESCRIPTION:' + 'é'.repeat(80);
    const folded = foldLine(long).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const line of folded) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(long);
  });
});
