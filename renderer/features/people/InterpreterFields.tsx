import { useId } from 'react';
import type { Attendee } from '../../../shared/model';
import { interpretable, interpreterGaps } from '../../../shared/conference/people';
import { setInterpretsFor, setInterpreterLanguage } from '../../../shared/conference/commands/people';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { TextField } from '../../components/Field';

/** An interpreter's language and the people they interpret for, with what is still missing said in words. */
export function InterpreterFields({ a, name }: { a: Attendee; name: string }) {
  const c = useConferenceParts((x) => ({ attendees: x.attendees }));
  const update = useUpdate();
  const gapsId = useId();
  const people = interpretable(c, a.id);
  const gaps = interpreterGaps(a, c);
  return (
    <div className="people-interpreter">
      <TextField
        label={`Language ${name} interprets`}
        hint="For example: Polish, British Sign Language"
        value={a.language ?? ''}
        maxLength={200}
        onChange={(e) => update((d) => setInterpreterLanguage(d, a.id, e.target.value))}
      />
      <fieldset className="people-interprets-for" aria-describedby={gaps.length ? gapsId : undefined}>
        <legend>{`${name} interprets for`}</legend>
        {people.length === 0 && <p className="muted">Add the people they interpret for first.</p>}
        {people.map((p) => (
          <label key={p.id} className="check">
            <input type="checkbox" checked={(a.interpretsFor ?? []).includes(p.id)} onChange={(e) => update((d) => setInterpretsFor(d, a.id, p.id, e.target.checked))} /> {p.name || 'Unnamed person'}
          </label>
        ))}
      </fieldset>
      {gaps.length > 0 && (
        <ul className="people-gaps" id={gapsId} aria-label={`Still to record for ${name}`}>
          {gaps.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
