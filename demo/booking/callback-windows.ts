/**
 * Call-back windows: the citizen picks a half day and Borgerservice calls within it. Windows are the
 * morning and the afternoon cut to the phone hours of each date, so a Friday afternoon with phones
 * until 13 becomes 12–13 and a holiday has none.
 */
import type { CompiledMunicipality } from '../../knowledge/compiler/compiled.ts';
import { addDays, danishClock, danishDate, instantAt, isoInCopenhagen, localClock, minutesOf, timeOf } from './copenhagen-time.ts';
import { intervalsOn } from './hours.ts';

type Borgerservice = CompiledMunicipality['borgerservice'];

/** A window as the API lists it, plus instants for storing. */
export interface CallbackWindow { id: string; label: string; start: string; end: string; startMs: number; endMs: number }

/** The halves of a working day Borgerservice calls back in, before cutting to the phone hours. */
const halves = [
  { suffix: 'am', from: '09:00', to: '12:00' },
  { suffix: 'pm', from: '12:00', to: '15:00' },
];

/** How many dates with windows to offer, and how far ahead to look for them (past long holidays). */
const workingDaysOffered = 5;
const lookAheadDays = 30;

/** The windows of one date: each half cut to the phone hours; ids like "2026-11-23-am". */
function windowsOn(date: string, borgerservice: Borgerservice): CallbackWindow[] {
  const phoneHours = intervalsOn(date, borgerservice.phoneHours, borgerservice.exceptions);
  const windows: CallbackWindow[] = [];
  for (const half of halves) {
    // A half can overlap more than one phone interval in theory; the first overlap is the window.
    for (const { opens, closes } of phoneHours) {
      const from = Math.max(minutesOf(half.from), minutesOf(opens));
      const to = Math.min(minutesOf(half.to), minutesOf(closes));
      if (from >= to) continue;
      const startMs = instantAt(date, timeOf(from));
      const endMs = instantAt(date, timeOf(to));
      windows.push({
        id: `${date}-${half.suffix}`,
        label: `${danishDate(date)} kl. ${danishClock(timeOf(from))}–${danishClock(timeOf(to))}`,
        start: isoInCopenhagen(startMs),
        end: isoInCopenhagen(endMs),
        startMs,
        endMs,
      });
      break;
    }
  }
  return windows;
}

/** The windows offered at `now`: those not yet begun, on the next five dates that have any. */
export function callbackWindows(borgerservice: Borgerservice, now: number): CallbackWindow[] {
  const today = localClock(now).date;
  const offered: CallbackWindow[] = [];
  let dates = 0;
  for (let ahead = 0; ahead < lookAheadDays && dates < workingDaysOffered; ahead++) {
    const upcoming = windowsOn(addDays(today, ahead), borgerservice).filter((window) => window.startMs > now);
    if (upcoming.length) dates++;
    offered.push(...upcoming);
  }
  return offered;
}
