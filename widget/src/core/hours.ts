/** Opening hours: formatting for people and "open now?" in Danish time. */
import type { HoursLine, Weekday } from '../../../knowledge/compiler/compiled.ts';

const weekdays: Weekday[] = ['man', 'tir', 'ons', 'tor', 'fre', 'loer', 'soen'];
const dayNames: Record<Weekday, string> = { man: 'man', tir: 'tir', ons: 'ons', tor: 'tor', fre: 'fre', loer: 'lør', soen: 'søn' };

/** "09:00" → "9", "09:30" → "9.30" (Danish style). */
function clock(time: string): string {
  const [hours, minutes] = time.split(':');
  return minutes === '00' ? String(Number(hours)) : `${Number(hours)}.${minutes}`;
}

/** "man–ons 10–15, tor 10–17" from hours lines; consecutive days are shown as a range. */
export function formatHours(lines: HoursLine[]): string {
  return lines.map(({ days, opens, closes }) => {
    const sorted = [...days].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
    const consecutive = sorted.every((day, i) => i === 0 || weekdays.indexOf(day) === weekdays.indexOf(sorted[i - 1]) + 1);
    const span = sorted.length > 2 && consecutive
      ? `${dayNames[sorted[0]]}–${dayNames[sorted[sorted.length - 1]]}`
      : sorted.map((day) => dayNames[day]).join(', ');
    return `${span} ${clock(opens)}–${clock(closes)}`;
  }).join(', ');
}

/** Whether `at` falls within the hours, read on the Copenhagen clock whatever the device's zone. */
export function isOpen(lines: HoursLine[], at: Date): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = weekdays[['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'))];
  const now = `${part('hour')}:${part('minute')}`;
  return lines.some((line) => line.days.includes(day) && line.opens <= now && now < line.closes);
}
