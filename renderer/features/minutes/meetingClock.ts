import type { Conference } from '../../../shared/model';
import { RICH } from '../../../shared/model';

/** The meeting clock: the time of day as HH:mm, and minutes since the meeting started (if it has). */
export function meetingClock(c: Pick<Conference, 'meeting'> | null, now = new Date()): { time: string; elapsed: number | null } {
  const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  const started = c?.meeting.startedAt ? Date.parse(c.meeting.startedAt) : NaN;
  const elapsed = Number.isFinite(started) && now.getTime() >= started ? Math.floor((now.getTime() - started) / 60_000) : null;
  return { time, elapsed };
}

export function timestampNode(c: Pick<Conference, 'meeting'> | null, now = new Date()) {
  return { type: RICH.timestamp, attrs: meetingClock(c, now) };
}
