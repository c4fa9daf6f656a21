import { useEffect, useRef, useState } from 'react';
import { CONFERENCE_KINDS, CONFERENCE_KIND_LABELS, type ConferenceKind, type ConferenceSummary } from '../../../shared/model';
import { formatDate, todayIso } from '../../../shared/format';
import { api } from '../../api/api';
import { DateField } from '../../components/DateField';
import { SelectField, TextField } from '../../components/Field';

const FOLLOWS_ON: ConferenceKind[] = ['review', 'core-group'];

/** Starts a conference; a review or core group can carry the plan, map and scores over from an earlier one. */
export function NewConferenceDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [kind, setKind] = useState<ConferenceKind>('initial');
  const [date, setDate] = useState<string | undefined>(todayIso());
  const [startTime, setStartTime] = useState('10:00');
  const [familyName, setFamilyName] = useState('');
  const [followOn, setFollowOn] = useState('');
  const [earlier, setEarlier] = useState<ConferenceSummary[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
    if (open) void api().listConferences({}).then((r) => r.ok && setEarlier(r.value.conferences));
  }, [open]);

  async function create() {
    if (!date) return setError('Enter the date of the meeting.');
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(startTime)) return setError('Enter the start time as HH:mm, for example 10:00.');
    const settings = await api().getSettings({});
    const r = await api().createConference({
      details: { kind, date, startTime, familyName: familyName.trim(), localAuthority: settings.ok ? settings.value.localAuthority : '' },
      followOn: FOLLOWS_ON.includes(kind) && followOn ? followOn : undefined,
    });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setFamilyName('');
    setFollowOn('');
    onCreated(r.value.id);
  }

  return (
    <dialog ref={ref} className="confirm new-conference" aria-labelledby="new-h" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      {open && (
        <form method="dialog" onSubmit={(e) => { e.preventDefault(); void create(); }}>
          <h2 id="new-h">New conference</h2>
          <SelectField label="Kind of meeting" value={kind} onChange={(e) => setKind(e.target.value as ConferenceKind)}>
            {CONFERENCE_KINDS.map((k) => (
              <option key={k} value={k}>{CONFERENCE_KIND_LABELS[k]}</option>
            ))}
          </SelectField>
          <div className="field-row">
            <DateField label="Date" value={date} onChange={setDate} required />
            <TextField label="Start time" hint="HH:mm, 24-hour" value={startTime} onChange={(e) => setStartTime(e.target.value)} size={6} />
          </div>
          <TextField label="Family name" hint="Used in the list and in file names" value={familyName} onChange={(e) => setFamilyName(e.target.value)} />
          {FOLLOWS_ON.includes(kind) && (
            <SelectField label="Follows on from" hint="Carries over the children, people, map, plan and scores" value={followOn} onChange={(e) => setFollowOn(e.target.value)}>
              <option value="">Nothing: start empty</option>
              {earlier.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.childNames.join(', ') || c.familyName || 'Unnamed'}: {CONFERENCE_KIND_LABELS[c.kind]}, {formatDate(c.date)}
                </option>
              ))}
            </SelectField>
          )}
          {error && <p className="banner error" role="alert">{error}</p>}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>Cancel</button>
            <button type="submit" className="primary">Create conference</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
