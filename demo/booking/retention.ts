/** Deletes old bookings and call-backs at start and then every hour (data minimisation, GDPR art. 5). */
import type { BookingStore } from './store.ts';

const hour = 60 * 60 * 1000;

/** Runs the clean-up now and hourly; returns a function that stops it. The timer never keeps node alive. */
export function scheduleRetention(store: BookingStore, retentionDays: number, now: () => number, log: (line: string) => void): () => void {
  const run = () => {
    try {
      const { appointments, callbacks } = store.deleteExpired(now(), retentionDays);
      if (appointments || callbacks) log(`[vejviser] Slettede ${appointments} bookinger og ${callbacks} opkaldsønsker ældre end ${retentionDays} dage.`);
    } catch (error) {
      console.error('[vejviser] Oprydning i bookingdatabasen fejlede', error);
    }
  };
  run();
  const timer = setInterval(run, hour);
  timer.unref();
  return () => clearInterval(timer);
}
