/**
 * Bookable slots: every `durationMinutes` from opening time, as long as the whole appointment ends by
 * closing time. Which of them are free is the store's business; this module only knows the grid.
 */
import type { CompiledMunicipality } from '../../knowledge/compiler/compiled.ts';
import { addDays, minutesOf, timeOf, wallClockOn } from './copenhagen-time.ts';
import { intervalsOn } from './hours.ts';

export type BookingService = CompiledMunicipality['bookingServices'][number];
type Borgerservice = CompiledMunicipality['borgerservice'];

/** One slot: ISO strings with the Copenhagen offset for the API, instants for comparing. */
export interface Slot { start: string; end: string; startMs: number; endMs: number }

/** Every slot of a service on one date, booked or not, past or not. */
export function slotsOn(date: string, service: BookingService, borgerservice: Borgerservice): Slot[] {
  const slots: Slot[] = [];
  for (const { opens, closes } of intervalsOn(date, borgerservice.openingHours, borgerservice.exceptions)) {
    const local = wallClockOn(date, opens, closes);
    const last = minutesOf(closes) - service.durationMinutes;
    for (let at = minutesOf(opens); at <= last; at += service.durationMinutes) {
      const start = local(timeOf(at));
      const end = local(timeOf(at + service.durationMinutes));
      slots.push({ start: start.iso, end: end.iso, startMs: start.ms, endMs: end.ms });
    }
  }
  return slots;
}

/** Slots of a service over `days` dates from `from` that start after `now` and are not in `booked`. */
export function freeSlots(options: {
  service: BookingService;
  borgerservice: Borgerservice;
  from: string;
  days: number;
  now: number;
  booked: ReadonlySet<number>;
}): Slot[] {
  const { service, borgerservice, from, days, now, booked } = options;
  const free: Slot[] = [];
  for (let offset = 0; offset < days; offset++) {
    for (const slot of slotsOn(addDays(from, offset), service, borgerservice)) {
      if (slot.startMs > now && !booked.has(slot.startMs)) free.push(slot);
    }
  }
  return free;
}
