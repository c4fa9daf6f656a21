import { useState, type FormEvent } from 'react';
import { api } from '../../api/api';
import { TextField } from '../../components/Field';
import { useConferenceStore } from '../../store/conferenceStore';
import './collab.css';

/**
 * The minute-taker's way in (issue #17): the address and code the chair's screen shows. The
 * conference arrives from the chair's laptop, is stored on this one, and opens.
 */
export function JoinAsMinuteTaker() {
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function join(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!address.trim() || !code.trim()) {
      setError('Type both the address and the code shown on the chair\u2019s screen.');
      return;
    }
    setBusy(true);
    const r = await api().collabJoin({ address: address.trim(), code: code.trim() });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    const opened = r.value.conferenceId ? await useConferenceStore.getState().open(r.value.conferenceId) : { ok: false as const, message: 'The chair\u2019s app sent no conference.' };
    if (!opened.ok) setError(opened.message);
  }

  return (
    <section className="collab-join" aria-labelledby="collab-join-h">
      <h2 id="collab-join-h">Join as the minute-taker</h2>
      <p className="muted">On the chair&rsquo;s laptop, the chair chooses &ldquo;Minute-taker&rsquo;s laptop&rdquo; in the conference. Type what it shows.</p>
      <form onSubmit={join} className="collab-join-form">
        <TextField label="Address of the chair's laptop" placeholder="192.168.1.20:53817" value={address} onChange={(e) => setAddress(e.target.value)} autoComplete="off" spellCheck={false} />
        <TextField label="Code" inputMode="numeric" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} />
        <button type="submit" disabled={busy}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </form>
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
