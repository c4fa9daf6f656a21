import { useState } from 'react';
import { api } from '../../api/api';
import { useConferenceStore } from '../../store/conferenceStore';
import { useCollab } from './collabStore';
import './collab.css';

const STATE_TEXT = {
  off: 'Not shared',
  waiting: 'Waiting for the minute-taker\u2019s laptop',
  connected: 'Minute-taker connected',
  reconnecting: 'Reconnecting to the chair\u2019s laptop',
  stopped: 'Not accepting new joins',
} as const;

/**
 * The chair's side of a session with the minute-taker's laptop (issue #17): start it, show the
 * address and code to read out, the comparison string both screens must show, and end it.
 */
export function CollabControls() {
  const status = useCollab((s) => s.status);
  const conferenceId = useConferenceStore((s) => s.conference?.id);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = status.state !== 'off' && status.conferenceId === conferenceId;
  if (status.role === 'minute-taker') return null;

  async function host() {
    setError(null);
    if (!conferenceId) return;
    await useConferenceStore.getState().flush();
    const r = await api().collabHost({ id: conferenceId });
    if (!r.ok) setError(r.error.message);
  }

  async function end() {
    setError(null);
    const r = await api().collabLeave({});
    if (!r.ok) setError(r.error.message);
  }

  return (
    <div className="collab-controls">
      <button type="button" aria-expanded={open} aria-controls="collab-panel" onClick={() => setOpen((o) => !o)}>
        Minute-taker&rsquo;s laptop{mine ? `: ${STATE_TEXT[status.state].toLowerCase()}` : ''}
      </button>
      {open && (
        <section id="collab-panel" className="collab-panel" aria-label="Minute-taker's laptop">
          {!mine ? (
            <>
              <p>Let a minute-taker record on their own laptop, on this network. Nothing readable crosses the network, and no server is used.</p>
              <button type="button" className="primary" onClick={() => void host()}>
                Let the minute-taker join
              </button>
            </>
          ) : (
            <>
              <p role="status">{STATE_TEXT[status.state]}{status.peerName ? ` (${status.peerName})` : ''}.</p>
              {status.state === 'waiting' && status.code && (
                <dl className="collab-codes">
                  <dt>Address</dt>
                  <dd data-testid="collab-address">{status.address}</dd>
                  <dt>Code</dt>
                  <dd data-testid="collab-code">{status.code}</dd>
                </dl>
              )}
              {status.comparison && (
                <p>
                  Both screens must show <strong data-testid="collab-comparison">{status.comparison}</strong>. If the minute-taker&rsquo;s shows anything else, end the session now.
                </p>
              )}
              {status.message && <p className="note warn">{status.message}</p>}
              <button type="button" onClick={() => void end()}>
                End the session
              </button>
            </>
          )}
          {error && (
            <p className="banner error" role="alert">
              {error}
            </p>
          )}
        </section>
      )}
    </div>
  );
}

/** The minute-taker's banner: whose session this is, what stays with the chair, and the link's state. */
export function MinuteTakerBanner() {
  const status = useCollab((s) => s.status);
  // Leaving is refused while what was typed cannot be saved here (a full disk): say why.
  const [error, setError] = useState<string | null>(null);
  if (status.role !== 'minute-taker') return null;

  async function leave() {
    setError(null);
    const r = await api().collabLeave({});
    if (!r.ok) setError(r.error.message);
  }

  return (
    <div className="banner info ws-banner collab-banner" role="status">
      You are the minute-taker{status.peerName ? ` in ${status.peerName}\u2019s session` : ''}: {STATE_TEXT[status.state].toLowerCase()}.
      {status.comparison ? <> Check the chair&rsquo;s screen shows <strong data-testid="collab-comparison">{status.comparison}</strong>.</> : null} The decision, the family screen and exports stay with the chair.
      {status.message ? <> {status.message}</> : null}{' '}
      <button type="button" className="link" onClick={() => void leave()}>
        Leave the session
      </button>
      {error ? <span role="alert"> {error}</span> : null}
    </div>
  );
}
