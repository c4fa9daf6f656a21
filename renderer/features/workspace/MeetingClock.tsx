import { useEffect, useState } from 'react';

function elapsed(fromIso: string | undefined, now: number): string {
  if (!fromIso) return '0:00';
  const s = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`;
}

/** Ticks once a second in its own small component, so the rest of the screen does not re-render. */
export function MeetingClock({ startedAt, stepStartedAt, endedAt }: { startedAt?: string; stepStartedAt?: string; endedAt?: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt || endedAt) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [startedAt, endedAt]);
  if (!startedAt) return <span className="clock muted">Meeting not started</span>;
  const until = endedAt ? Date.parse(endedAt) : now;
  return (
    <span className="clock" aria-label="Meeting clock">
      <span>Meeting {elapsed(startedAt, until)}</span>
      <span className="muted"> · this step {elapsed(stepStartedAt ?? startedAt, until)}</span>
    </span>
  );
}
