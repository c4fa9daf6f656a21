import { useState } from 'react';
import { newId, type Recipient, type SentRecord } from '../../../shared/model';
import { formatDate, formatInstant, todayIso } from '../../../shared/format';
import { COPY_WORDS, deadlines, recipientProblem, recipients, usualCopy } from '../../../shared/conference/circulation';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { addRecipient as addRecipientTo, recordSent as logSent, saveRecipient } from '../../../shared/conference/commands/circulation';
import { useSettings } from '../../api/useSettings';
import { SelectField, TextField } from '../../components/Field';
import { DeadlinesList } from './DeadlinesList';
import './circulation.css';

/**
 * After the meeting: when the plan and the minutes are due out, who receives which copy, and a
 * log of what was sent to whom. Sending itself happens outside the app (secure email, post); the
 * log records it, and only for a document that was exported in that copy and version.
 */
export function CirculationPage() {
  const c = useConferenceParts((x) => ({ details: x.details, attendees: x.attendees, circulation: x.circulation, documentVersion: x.documentVersion, planVersion: x.planVersion }));
  const update = useUpdate();
  const settings = useSettings();
  const list = recipients(c);
  const [how, setHow] = useState('Secure email');
  const [message, setMessage] = useState<string | null>(null);
  const attendee = (r: Recipient) => c.attendees.find((a) => a.id === r.attendeeId);

  const save = (next: Recipient) => update((d) => saveRecipient(d, next));
  const addRecipient = () => update((d) => addRecipientTo(d, newId()));
  const recordSent = (r: Recipient, document: SentRecord['document']) => {
    if (r.copy === 'none') return;
    const send = { id: newId(), recipientId: r.id, document, how, now: new Date().toISOString() };
    let refused: string | null = null;
    update((d) => void (refused = logSent(d, send)));
    setMessage(refused);
  };
  const sent = c.circulation?.sent ?? [];

  return (
    <div className="circulation-page">
      <h2>Circulation</h2>
      <DeadlinesList deadlines={deadlines(c, settings, todayIso())} />

      <h3 id="recipients-h">Distribution list</h3>
      <p className="muted">Professionals get the full record and the family their copy. Change a copy only with a reason; it is kept with the list.</p>
      <TextField label="How documents are sent" hint="Recorded with each send, for example Secure email or Post" value={how} maxLength={200} onChange={(e) => setHow(e.target.value)} />
      {message && (
        <p className="banner error" role="alert">
          {message}
        </p>
      )}
      <ul className="card-list" aria-labelledby="recipients-h">
        {list.map((r, i) => {
          const who = attendee(r);
          const problem = recipientProblem(r, who);
          const label = r.name.trim() || `Recipient ${i + 1}`;
          const last = (document: SentRecord['document']) => sent.filter((s) => s.recipientId === r.id && s.document === document).at(-1);
          return (
            <li key={r.id} className="card" aria-label={`Recipient: ${label}`}>
              {who ? (
                <h4>
                  {r.name} {r.agency ? <span className="muted">({r.agency})</span> : null}
                </h4>
              ) : (
                <div className="field-row">
                  <TextField label={`Name of recipient ${i + 1}`} value={r.name} maxLength={500} onChange={(e) => save({ ...r, name: e.target.value })} />
                  <TextField label={`Agency of ${label}`} value={r.agency} maxLength={500} onChange={(e) => save({ ...r, agency: e.target.value })} />
                </div>
              )}
              <SelectField label={`Copy for ${label}`} value={r.copy} onChange={(e) => save({ ...r, copy: e.target.value as Recipient['copy'] })} error={problem ?? undefined}>
                <option value="full">Full record</option>
                <option value="family">Family copy</option>
                <option value="none">No copy</option>
              </SelectField>
              {(who ? r.copy !== usualCopy(who) : false) || r.exceptionReason ? (
                <TextField label={`Why ${label} gets ${COPY_WORDS[r.copy]}`} value={r.exceptionReason ?? ''} maxLength={2_000} onChange={(e) => save({ ...r, exceptionReason: e.target.value || undefined })} />
              ) : null}
              {r.copy !== 'none' && (
                <div className="card-actions">
                  {(['plan', 'minutes'] as const).map((document) => {
                    const was = last(document);
                    return (
                      <span key={document} className="circulation-send">
                        <button type="button" disabled={problem !== null} onClick={() => recordSent(r, document)}>
                          Record the {document} as sent to {label}
                        </button>
                        {was ? <span className="muted"> Last sent {formatInstant(was.at)} (v{was.version}, {was.how})</span> : null}
                      </span>
                    );
                  })}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={addRecipient}>
        Add a recipient who was not at the meeting
      </button>

      <h3 id="sent-h">Sent</h3>
      {sent.length === 0 ? (
        <p className="muted">Nothing recorded as sent yet.</p>
      ) : (
        <table className="grid" aria-label="Sent">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">To</th>
              <th scope="col">Document</th>
              <th scope="col">Copy</th>
              <th scope="col">How</th>
            </tr>
          </thead>
          <tbody>
            {[...sent].reverse().map((s) => (
              <tr key={s.id}>
                <td>{formatInstant(s.at)}</td>
                <td>{list.find((r) => r.id === s.recipientId)?.name || 'Removed recipient'}</td>
                <td>
                  {s.document === 'plan' ? 'Plan' : 'Minutes'} v{s.version}
                </td>
                <td>{s.copy === 'full' ? 'Full record' : 'Family copy'}</td>
                <td>{s.how}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">Meeting held {formatDate(c.details.date)}. Timescales are set under Settings.</p>
    </div>
  );
}
