/**
 * The calendar file for a booking (RFC 5545): CRLF line endings, text escaped, lines folded at 75
 * octets without splitting a UTF-8 character, times in UTC so every calendar shows them right.
 */
import { icsUtc } from './copenhagen-time.ts';

export interface CalendarAppointment {
  id: string;
  code: string;
  serviceName: string;
  startMs: number;
  endMs: number;
  location: string;
  prepare?: string;
  borgerserviceName: string;
  phone: string;
  cancelled: boolean;
}

/** TEXT values escape backslash, semicolon, comma and newline (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Splits a content line into pieces of at most 75 octets; continuation lines start with a space (§3.1). */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    // The leading space of a continuation line counts towards its 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/** The whole VCALENDAR for one appointment. */
export function appointmentCalendar(appointment: CalendarAppointment, now: number): string {
  const description = [
    appointment.prepare,
    `Referencekode: ${appointment.code}`,
    `Vil du aflyse eller flytte tiden, så ring til ${appointment.borgerserviceName} på ${appointment.phone} og oplys koden.`,
  ].filter(Boolean).join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vejviser//Booking//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${appointment.id}@vejviser`,
    `DTSTAMP:${icsUtc(now)}`,
    `DTSTART:${icsUtc(appointment.startMs)}`,
    `DTEND:${icsUtc(appointment.endMs)}`,
    `SUMMARY:${escapeText(`${appointment.serviceName} – ${appointment.borgerserviceName}`)}`,
    `LOCATION:${escapeText(appointment.location)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `STATUS:${appointment.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    // A calendar that imported the confirmed event replaces it when the cancelled one arrives.
    `SEQUENCE:${appointment.cancelled ? 1 : 0}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
