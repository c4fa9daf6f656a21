import { describe, expect, it } from 'vitest';
import { MINUTES_LOSS_LIMIT_MS, minutesMaxWaitMs, rememberRoundTrip } from '../../../../renderer/features/minutes/autosaveTiming';

/**
 * Unbroken typing (a key every 66 ms, 15 a second) against saves taking `roundTrip(n)` ms, as
 * useMinutesAutosave schedules them: the max-wait timer starts at the first key not yet in a
 * save, a save waits for one still in flight, and each measured round trip (the wait included)
 * feeds the next max-wait. Returns the longest time from a key to the save that holds it.
 */
function worstLoss(roundTrip: (n: number) => number, maxWait = minutesMaxWaitMs): number {
  const recent: number[] = [];
  const keys = Array.from({ length: 150 }, (_, i) => i * 66);
  let worst = 0;
  let inFlightUntil = 0;
  let next = 0; // the first key not yet in a save
  for (let n = 0; next < keys.length; n++) {
    const firstKey = keys[next]!;
    const fires = firstKey + maxWait(recent);
    let last = next;
    while (last + 1 < keys.length && keys[last + 1]! <= fires) last++;
    const done = Math.max(fires, inFlightUntil) + roundTrip(n);
    rememberRoundTrip(recent, done - fires);
    worst = Math.max(worst, done - firstKey);
    inFlightUntil = done;
    next = last + 1;
  }
  return worst;
}

describe('minutes autosave timing', () => {
  it.each([5, 50, 150, 250])('a key is on disk within a second of being typed, with %i ms saves', (ms) => {
    expect(worstLoss(() => ms)).toBeLessThanOrEqual(MINUTES_LOSS_LIMIT_MS);
  });

  it('and with round trips that jump about (a busy disk)', () => {
    expect(worstLoss((n) => [20, 240, 60, 200, 15, 230][n % 6]!)).toBeLessThanOrEqual(MINUTES_LOSS_LIMIT_MS);
  });

  it('the fixed one-second max-wait it replaces did not keep that promise', () => {
    expect(worstLoss(() => 50, () => 1_000)).toBeGreaterThan(MINUTES_LOSS_LIMIT_MS);
  });

  it('never saves more often than every 200 ms, however slow the disk', () => {
    expect(minutesMaxWaitMs([2_000])).toBe(200);
    expect(minutesMaxWaitMs([])).toBeLessThanOrEqual(600);
  });
});
