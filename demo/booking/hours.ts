/** Which hours apply on a given date: the weekly hours, unless an exception (a holiday) replaces them. */
import type { HoursException, HoursLine } from '../../knowledge/compiler/compiled.ts';
import { weekdayOf } from './copenhagen-time.ts';

/** An open interval on one date, local "HH:MM" times. */
export interface Interval { opens: string; closes: string }

/**
 * The intervals a date is open. An exception applies to the whole day: with opens/closes it replaces
 * the weekly hours, without them the day is closed (municipality.yaml says so for both opening and
 * phone hours).
 */
export function intervalsOn(date: string, lines: HoursLine[], exceptions: HoursException[]): Interval[] {
  const exception = exceptions.find((candidate) => candidate.date === date);
  if (exception) return exception.opens && exception.closes ? [{ opens: exception.opens, closes: exception.closes }] : [];
  const weekday = weekdayOf(date);
  return lines
    .filter((line) => line.days.includes(weekday))
    .map(({ opens, closes }) => ({ opens, closes }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
}
