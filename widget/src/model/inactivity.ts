/**
 * The counter's inactivity reset: after `resetAfterMs` without activity the screen
 * starts over for the next citizen; `warnMs` before that a warning says so and one press extends
 * the time (WCAG 2.2.1 Timing adjustable: at least 20 seconds' warning). No DOM: the counter panel
 * reports activity and renders `warning`; tests drive it with fake timers.
 */
import { signal, type Signal } from '@preact/signals-core';

/** The default: two minutes without activity, with a warning 30 seconds before. */
export const defaultInactivity = { resetAfterMs: 120_000, warnMs: 30_000 };

/** The timer's state and actions. */
export interface Inactivity {
  /** Seconds left when the warning shows, else undefined. */
  warning: Signal<number | undefined>;
  /** Something happened (a key, a tap, typing): start the count again, unless the warning shows. */
  activity(): void;
  /** "Fortsæt" on the warning: hide it and start the count again. */
  extend(): void;
  /** Stops the timer for good (the widget is removed). */
  stop(): void;
}

/** The shortest time a municipality can set: a warning of 20 seconds needs some quiet before it. */
export const shortestResetMs = 30_000;

/**
 * Starts counting. `onReset` runs when time is up; the count then starts again for the next
 * citizen. The warning never gets less than 20 seconds, whatever the settings, and never takes
 * more than half the time.
 */
export function startInactivity(onReset: () => void, resetAfter = defaultInactivity.resetAfterMs, warnMs = defaultInactivity.warnMs): Inactivity {
  const resetAfterMs = Math.max(resetAfter, shortestResetMs);
  const warnFor = Math.max(20_000, Math.min(warnMs, resetAfterMs / 2));
  const warning = signal<number | undefined>(undefined);
  let deadline = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  const clear = () => {
    clearTimeout(timer);
    clearInterval(ticker);
    ticker = undefined;
  };
  const secondsLeft = () => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  const schedule = () => {
    clear();
    warning.value = undefined;
    deadline = Date.now() + resetAfterMs;
    timer = setTimeout(() => {
      warning.value = secondsLeft();
      // Counting down in whole seconds for the visible text; the live region announces only the start.
      ticker = setInterval(() => {
        if (secondsLeft() === 0) {
          clear();
          warning.value = undefined;
          onReset();
          schedule();
        } else {
          warning.value = secondsLeft();
        }
      }, 1000);
    }, resetAfterMs - warnFor);
  };
  schedule();
  return {
    warning,
    activity() {
      // While the warning shows, only its own button extends: a stray touch should not hide it unseen.
      if (warning.value === undefined) schedule();
    },
    extend: schedule,
    stop: clear,
  };
}
