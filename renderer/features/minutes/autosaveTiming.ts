/**
 * How often unbroken typing in the minutes is sent to be saved. The promise to the chair: no
 * word typed more than a second before a crash is lost, counted from the key, not from the save.
 * A key waits for the max-wait timer, then possibly for a save already in flight, then for its
 * own save's round trip, so the timer gets what is left of the second after two round trips.
 */
export const MINUTES_LOSS_LIMIT_MS = 1_000;
/** Slack for timers firing late on a busy machine. */
const MARGIN_MS = 100;
/** Never sooner than this: saving a long document many times a second would make typing lag. */
const FLOOR_MS = 200;
/** Until a round trip has been measured. */
const ASSUMED_ROUND_TRIP_MS = 150;

/** The max-wait for the next burst of typing, from the slowest of the recent save round trips. */
export function minutesMaxWaitMs(recentRoundTripsMs: readonly number[]): number {
  const slowest = recentRoundTripsMs.length > 0 ? Math.max(...recentRoundTripsMs) : ASSUMED_ROUND_TRIP_MS;
  return Math.round(Math.min(MINUTES_LOSS_LIMIT_MS - MARGIN_MS - 2 * ASSUMED_ROUND_TRIP_MS, Math.max(FLOOR_MS, MINUTES_LOSS_LIMIT_MS - MARGIN_MS - 2 * slowest)));
}

/** Keeps the last few round trips (a slow disk shows at once; one slow save is not forgotten at once). */
export function rememberRoundTrip(recent: number[], ms: number, keep = 5): void {
  recent.push(ms);
  if (recent.length > keep) recent.splice(0, recent.length - keep);
}
