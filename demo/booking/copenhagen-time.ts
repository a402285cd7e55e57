/**
 * Wall-clock time in Copenhagen, where Borgerservice keeps its hours. Hours are written in local time
 * ("10:00 on Monday") but bookings are stored and compared as instants (ms since the epoch), so every
 * conversion between the two goes through here and gets the offset right on both sides of a
 * daylight-saving change (+01:00 in winter, +02:00 in summer).
 */
import type { Weekday } from '../../knowledge/compiler/compiled.ts';

export const timeZone = 'Europe/Copenhagen';

const minute = 60_000;
export const day = 24 * 60 * minute;

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** The Copenhagen date ("2026-11-23"), time ("10:00") and UTC offset in minutes at an instant. */
export function localClock(instant: number): { date: string; time: string; offsetMinutes: number } {
  const parts: Record<string, string> = {};
  for (const { type, value } of clockFormat.formatToParts(new Date(instant))) parts[type] = value;
  const wallSeenAsUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const wholeSeconds = Math.floor(instant / 1000) * 1000;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    offsetMinutes: Math.round((wallSeenAsUtc - wholeSeconds) / minute),
  };
}

/** The wall-clock time read as if it were UTC: the instant before the offset is applied. */
function wallAsUtc(date: string, time: string): number {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return Date.UTC(year, month - 1, dayOfMonth, hours, minutes);
}

/** The instant of a Copenhagen wall-clock time, e.g. instantAt('2026-11-23', '10:00'). */
export function instantAt(date: string, time: string): number {
  const naive = wallAsUtc(date, time);
  // Guess with the offset at the naive instant, then correct with the offset at the guess: two steps
  // settle on the right side of a DST change (opening hours never fall in the missing 02:00–03:00 hour).
  const guess = naive - localClock(naive).offsetMinutes * minute;
  return naive - localClock(guess).offsetMinutes * minute;
}

const two = (value: number) => String(value).padStart(2, '0');

/** "+01:00" for 60 minutes east of UTC. */
function offsetSuffix(offsetMinutes: number): string {
  const offset = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${two(Math.floor(offset / 60))}:${two(offset % 60)}`;
}

/** ISO 8601 with the Copenhagen offset: "2026-11-23T10:00:00+01:00". */
export function isoInCopenhagen(instant: number): string {
  const { date, time, offsetMinutes } = localClock(instant);
  return `${date}T${time}:00${offsetSuffix(offsetMinutes)}`;
}

/** Offsets already looked up, per date and span; a date's offset never changes. Bounded, as dates come from requests. */
const steadyOffsets = new Map<string, number | undefined>();

/** The offset between `from` and `to` on a date, or undefined if it changes in between. */
function steadyOffset(date: string, from: string, to: string): number | undefined {
  const key = `${date} ${from} ${to}`;
  if (steadyOffsets.has(key)) return steadyOffsets.get(key);
  const atFrom = localClock(instantAt(date, from)).offsetMinutes;
  const offset = localClock(instantAt(date, to)).offsetMinutes === atFrom ? atFrom : undefined;
  if (steadyOffsets.size >= 10_000) steadyOffsets.clear();
  steadyOffsets.set(key, offset);
  return offset;
}

/**
 * Converts many wall-clock times between `from` and `to` on one date, as instants and ISO strings.
 * Asking the time-zone database is the slow part of listing slots, so it is asked once per date and
 * span: when the offset is the same at both ends (always, for opening hours: Danish clocks change at
 * night), the rest is arithmetic; otherwise every time is looked up on its own.
 */
export function wallClockOn(date: string, from: string, to: string): (time: string) => { ms: number; iso: string } {
  const offsetMinutes = steadyOffset(date, from, to);
  if (offsetMinutes === undefined) {
    return (time) => {
      const ms = instantAt(date, time);
      return { ms, iso: isoInCopenhagen(ms) };
    };
  }
  const suffix = offsetSuffix(offsetMinutes);
  return (time) => ({ ms: wallAsUtc(date, time) - offsetMinutes * minute, iso: `${date}T${time}:00${suffix}` });
}

/** Compact UTC form for iCalendar: "20261123T090000Z". */
export function icsUtc(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Whether text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, dayOfMonth] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth;
}

/** The date `days` after a YYYY-MM-DD date (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, dayOfMonth + days)).toISOString().slice(0, 10);
}

const weekdays: Weekday[] = ['soen', 'man', 'tir', 'ons', 'tor', 'fre', 'loer'];

/** The weekday of a YYYY-MM-DD date, in the knowledge's own short Danish names. */
export function weekdayOf(date: string): Weekday {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return weekdays[new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay()];
}

const dayNames: Record<Weekday, string> = {
  man: 'mandag', tir: 'tirsdag', ons: 'onsdag', tor: 'torsdag', fre: 'fredag', loer: 'lørdag', soen: 'søndag',
};
const monthNames = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "mandag 23. november": written out by hand so the words never depend on the ICU data installed. */
export function danishDate(date: string): string {
  const [, month, dayOfMonth] = date.split('-').map(Number);
  return `${dayNames[weekdayOf(date)]} ${dayOfMonth}. ${monthNames[month - 1]}`;
}

/** "09:00" → "9", "12:30" → "12.30" (Danish style). */
export function danishClock(time: string): string {
  const [hours, minutes] = time.split(':');
  return minutes === '00' ? String(Number(hours)) : `${Number(hours)}.${minutes}`;
}

/** Minutes since midnight of "HH:MM", and back. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
export const timeOf = (minutes: number): string => `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
