import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startInactivity } from '../../widget/src/model/inactivity.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the counter inactivity reset', () => {
  it('warns 30 seconds ahead by default and resets after two minutes', () => {
    const onReset = vi.fn();
    const timer = startInactivity(onReset);
    vi.advanceTimersByTime(89_000);
    expect(timer.warning.value).toBeUndefined();
    vi.advanceTimersByTime(1_000);
    expect(timer.warning.value).toBe(30);
    vi.advanceTimersByTime(10_000);
    expect(timer.warning.value).toBe(20);
    expect(onReset).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20_000);
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(timer.warning.value).toBeUndefined();
    timer.stop();
  });

  it('starts the count again on activity, and once more for the next citizen after a reset', () => {
    const onReset = vi.fn();
    const timer = startInactivity(onReset, 60_000, 20_000);
    vi.advanceTimersByTime(39_000);
    timer.activity();
    vi.advanceTimersByTime(39_000);
    expect(timer.warning.value).toBeUndefined();
    vi.advanceTimersByTime(61_000);
    expect(onReset).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(onReset).toHaveBeenCalledTimes(2);
    timer.stop();
  });

  it('extends with one press on the warning, while stray activity leaves the warning showing', () => {
    const onReset = vi.fn();
    const timer = startInactivity(onReset, 60_000, 20_000);
    vi.advanceTimersByTime(45_000);
    expect(timer.warning.value).toBe(15);
    timer.activity();
    expect(timer.warning.value).toBeDefined();
    timer.extend();
    expect(timer.warning.value).toBeUndefined();
    vi.advanceTimersByTime(59_000);
    expect(onReset).not.toHaveBeenCalled();
    timer.stop();
  });

  it('never warns less than 20 seconds ahead (WCAG 2.2.1), and never at once', () => {
    const timer = startInactivity(() => {}, 60_000, 5_000);
    vi.advanceTimersByTime(40_000);
    expect(timer.warning.value).toBe(20);
    timer.stop();
    const short = startInactivity(() => {}, 10_000);
    vi.advanceTimersByTime(9_000);
    expect(short.warning.value).toBeUndefined(); // 10 s is raised to the shortest, 30 s
    vi.advanceTimersByTime(1_000);
    expect(short.warning.value).toBe(20);
    short.stop();
  });
});
