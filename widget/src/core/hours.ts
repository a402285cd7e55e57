/** Opening hours: formatting for people and "open now?" in Danish time. */
import type { HoursException, HoursLine, Weekday } from '../../../knowledge/compiler/compiled.ts';
import { phrasesFor, type Lang } from './phrases.ts';

const weekdays: Weekday[] = ['man', 'tir', 'ons', 'tor', 'fre', 'loer', 'soen'];

/**
 * "mandag–onsdag kl. 10–15, torsdag kl. 10–17" (or in English "Monday–Wednesday 10:00–15:00");
 * three or more consecutive days become a range.
 */
export function formatHours(lines: HoursLine[], lang: Lang = 'da'): string {
  const { days: dayNames, and, clock, at } = phrasesFor(lang);
  return lines.map(({ days, opens, closes }) => {
    const sorted = [...days].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
    const consecutive = sorted.every((day, i) => i === 0 || weekdays.indexOf(day) === weekdays.indexOf(sorted[i - 1]) + 1);
    const span = sorted.length > 2 && consecutive
      ? `${dayNames[sorted[0]]}–${dayNames[sorted[sorted.length - 1]]}`
      : sorted.map((day) => dayNames[day]).join(and);
    return `${span} ${at(`${clock(opens)}–${clock(closes)}`)}`;
  }).join(', ');
}

/** The date, weekday and "HH:MM" of `at` on the Copenhagen clock, whatever the device's time zone. */
function copenhagenClock(at: Date): { date: string; day: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit',
    weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = weekdays[['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'))];
  return { date: `${part('year')}-${part('month')}-${part('day')}`, day, time: `${part('hour')}:${part('minute')}` };
}

/** The opening intervals of one date: an exception (a holiday) replaces the weekly hours. */
function intervalsOn(date: string, day: Weekday, lines: HoursLine[], exceptions: HoursException[]): [string, string][] {
  const exception = exceptions.find((candidate) => candidate.date === date);
  if (exception) return exception.opens && exception.closes ? [[exception.opens, exception.closes]] : [];
  return lines.filter((line) => line.days.includes(day)).map((line) => [line.opens, line.closes]);
}

/** Whether `at` falls within the hours, holidays and other exceptions included. */
export function isOpen(lines: HoursLine[], at: Date, exceptions: HoursException[] = []): boolean {
  const { date, day, time } = copenhagenClock(at);
  return intervalsOn(date, day, lines, exceptions).some(([opens, closes]) => opens <= time && time < closes);
}

/** When it next opens after `at`, as "i dag kl. 9", "i morgen kl. 9" or "mandag kl. 9"; undefined if not within a week. */
export function nextOpening(lines: HoursLine[], at: Date, exceptions: HoursException[] = [], lang: Lang = 'da'): string | undefined {
  const { time } = copenhagenClock(at);
  const words = phrasesFor(lang);
  for (let ahead = 0; ahead < 8; ahead++) {
    // Steps of 24 hours always land on the next calendar day, also across daylight-saving changes.
    const { date, day } = copenhagenClock(new Date(at.getTime() + ahead * 86_400_000));
    const opens = intervalsOn(date, day, lines, exceptions)
      .map(([start]) => start)
      .filter((start) => ahead > 0 || start > time)
      .sort()[0];
    if (opens) return `${ahead === 0 ? words.today : ahead === 1 ? words.tomorrow : words.days[day]} ${words.at(words.clock(opens))}`;
  }
  return undefined;
}

/** Open now or not, in words a citizen can act on: "åbent i dag til 15" or "lukket – åbner mandag kl. 9". */
export function openingStatus(lines: HoursLine[], at: Date, exceptions: HoursException[] = [], lang: Lang = 'da'): { open: boolean; text: string } {
  const { date, day, time } = copenhagenClock(at);
  const words = phrasesFor(lang);
  const current = intervalsOn(date, day, lines, exceptions).find(([opens, closes]) => opens <= time && time < closes);
  if (current) return { open: true, text: words.openUntil(words.clock(current[1])) };
  const next = nextOpening(lines, at, exceptions, lang);
  return { open: false, text: next ? words.closedUntil(next) : words.closed };
}
