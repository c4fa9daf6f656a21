import { useId, useState } from 'react';
import { newId, type Attendee, type Dissent } from '../../../shared/model';
import { agencyLabel, attendeeLabel } from '../../../shared/format';
import { checkDissent, type DissentProblem } from '../../../shared/conference/decision';

const SOMEONE_ELSE = '__other__';

/** Disagreement with the decision: who, their agency, and why. Kept with the child's decision. */
export function DissentSection(props: {
  childName: string;
  entries: readonly Dissent[];
  attendees: readonly Attendee[];
  onAdd(d: Omit<Dissent, 'childId'>): void;
  onRemove(id: string): void;
}) {
  const id = useId();
  const [who, setWho] = useState('');
  const [name, setName] = useState('');
  const [agency, setAgency] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<DissentProblem[]>([]);
  const attendee = props.attendees.find((a) => a.id === who);

  function chooseWho(value: string) {
    setWho(value);
    const a = props.attendees.find((x) => x.id === value);
    if (a) setAgency(agencyLabel(a.agency));
  }

  function add() {
    const entry = { attendeeId: attendee?.id, name: attendee ? attendee.name : name.trim(), reason: reason.trim() };
    const found = who === '' ? [{ field: 'name' as const, message: 'Say who disagrees.' }, ...checkDissent({ ...entry, name: '' }).filter((p) => p.field === 'reason')] : checkDissent(entry);
    setProblems(found);
    if (found.length) return;
    props.onAdd({ id: newId(), ...(entry.attendeeId ? { attendeeId: entry.attendeeId } : {}), name: entry.name, agency: agency.trim(), reason: entry.reason });
    setWho('');
    setName('');
    setAgency('');
    setReason('');
  }
  const problem = (f: DissentProblem['field']) => problems.find((p) => p.field === f);

  return (
    <section className="dissent" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Dissent ({props.entries.length})</h3>
      {props.entries.length ? (
        <ul className="dissent-list" aria-label={`Dissent from the decision for ${props.childName}`}>
          {props.entries.map((d) => (
            <li key={d.id}>
              <strong>{d.name}</strong>
              {d.agency ? ` (${d.agency})` : ''}: {d.reason}{' '}
              <button type="button" className="small" aria-label={`Remove dissent from ${d.name}`} onClick={() => props.onRemove(d.id)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="note">Nobody has disagreed with the decision for {props.childName}.</p>
      )}
      <fieldset className="dissent-form">
        <legend>Record dissent</legend>
        <label className="decision-field">
          Who disagrees
          <select value={who} onChange={(e) => chooseWho(e.target.value)} aria-invalid={problem('name') && who === '' ? true : undefined}>
            <option value="">Choose…</option>
            {props.attendees.map((a) => <option key={a.id} value={a.id}>{attendeeLabel(a)}</option>)}
            <option value={SOMEONE_ELSE}>Someone else (type their name)</option>
          </select>
        </label>
        {who === SOMEONE_ELSE ? (
          <label className="decision-field">
            Their name
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={problem('name') ? true : undefined} />
          </label>
        ) : null}
        {problem('name') ? <p role="alert" className="note error">{problem('name')!.message}</p> : null}
        <label className="decision-field">
          Their agency
          <input type="text" value={agency} onChange={(e) => setAgency(e.target.value)} />
        </label>
        <label className="decision-field">
          Why they disagree
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={problem('reason') ? true : undefined} />
        </label>
        {problem('reason') ? <p role="alert" className="note error">{problem('reason')!.message}</p> : null}
        <button type="button" onClick={add}>Add dissent</button>
      </fieldset>
    </section>
  );
}
