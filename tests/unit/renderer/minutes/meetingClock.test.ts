import { describe, it, expect } from 'vitest';
import { meetingClock, timestampNode } from '../../../../renderer/features/minutes/meetingClock';

describe('meetingClock', () => {
  const at = (h: number, m: number) => new Date(2026, 2, 2, h, m, 30);
  it('gives the time of day as HH:mm and no elapsed time before the meeting starts', () => {
    expect(meetingClock(null, at(9, 5))).toEqual({ time: '09:05', elapsed: null });
    expect(meetingClock({ meeting: { agenda: [], exclusions: [], purpose: '' } }, at(14, 0))).toEqual({ time: '14:00', elapsed: null });
  });
  it('counts whole minutes since the meeting started', () => {
    const startedAt = new Date(2026, 2, 2, 10, 0, 0).toISOString();
    const c = { meeting: { agenda: [], exclusions: [], purpose: '', startedAt } };
    expect(meetingClock(c, at(10, 42))).toEqual({ time: '10:42', elapsed: 42 });
    expect(meetingClock(c, at(9, 59)).elapsed).toBeNull();
    expect(timestampNode(c, at(11, 3))).toEqual({ type: 'timestamp', attrs: { time: '11:03', elapsed: 63 } });
  });
});
