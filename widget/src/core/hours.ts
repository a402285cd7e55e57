/** Opening hours: formatting for people and "open now?" in Danish time. */
import type { HoursLine, Weekday } from '../../../knowledge/compiler/compiled.ts';

const weekdays: Weekday[] = ['man', 'tir', 'ons', 'tor', 'fre', 'loer', 'soen'];
// Full day names: "man" read aloud is a pronoun, and abbreviations are hard for many readers.
const dayNames: Record<Weekday, string> = {
  man: 'mandag', tir: 'tirsdag', ons: 'onsdag', tor: 'torsdag', fre: 'fredag', loer: 'lørdag', soen: 'søndag',
};

/** "09:00" → "9", "09:30" → "9.30" (Danish style). */
function clock(time: string): string {
  const [hours, minutes] = time.split(':');
  return minutes === '00' ? String(Number(hours)) : `${Number(hours)}.${minutes}`;
}

/** "mandag–onsdag kl. 10–15, torsdag kl. 10–17"; three or more consecutive days become a range. */
export function formatHours(lines: HoursLine[]): string {
  return lines.map(({ days, opens, closes }) => {
    const sorted = [...days].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
    const consecutive = sorted.every((day, i) => i === 0 || weekdays.indexOf(day) === weekdays.indexOf(sorted[i - 1]) + 1);
    const span = sorted.length > 2 && consecutive
      ? `${dayNames[sorted[0]]}–${dayNames[sorted[sorted.length - 1]]}`
      : sorted.map((day) => dayNames[day]).join(' og ');
    return `${span} kl. ${clock(opens)}–${clock(closes)}`;
  }).join(', ');
}

/** The weekday and "HH:MM" of `at` on the Copenhagen clock, whatever the device's time zone. */
function copenhagenClock(at: Date): { day: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = weekdays[['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'))];
  return { day, time: `${part('hour')}:${part('minute')}` };
}

/** Whether `at` falls within the hours. */
export function isOpen(lines: HoursLine[], at: Date): boolean {
  const { day, time } = copenhagenClock(at);
  return lines.some((line) => line.days.includes(day) && line.opens <= time && time < line.closes);
}

/** When it next opens after `at`, as "i dag kl. 9", "i morgen kl. 9" or "mandag kl. 9"; undefined if never. */
export function nextOpening(lines: HoursLine[], at: Date): string | undefined {
  const { day, time } = copenhagenClock(at);
  const today = weekdays.indexOf(day);
  for (let ahead = 0; ahead < 7; ahead++) {
    const candidate = weekdays[(today + ahead) % 7];
    const opens = lines
      .filter((line) => line.days.includes(candidate) && (ahead > 0 || line.opens > time))
      .map((line) => line.opens)
      .sort()[0];
    if (opens) return `${ahead === 0 ? 'i dag' : ahead === 1 ? 'i morgen' : dayNames[candidate]} kl. ${clock(opens)}`;
  }
  return undefined;
}
