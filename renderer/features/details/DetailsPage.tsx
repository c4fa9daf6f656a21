import { CONFERENCE_KINDS, CONFERENCE_KIND_LABELS, HARM_CONTEXTS, HARM_CONTEXT_LABELS, MEETING_FORMATS, MEETING_FORMAT_LABELS, type ConferenceKind, type Details, type HarmContext } from '../../../shared/model';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { setDetail } from '../../../shared/conference/commands/details';
import { switchKind } from '../../../shared/conference/switchKind';
import { MeetingTimeliness } from './MeetingTimeliness';
import { DateField } from '../../components/DateField';
import { SelectField, TextField } from '../../components/Field';
import { ChildrenEditor } from './ChildrenEditor';
import { FamilyMembersEditor } from './FamilyMembersEditor';
import './details.css';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The conference's particulars: what kind of meeting, when and where, who chairs, and the family. */
export function DetailsPage() {
  const c = useConferenceParts((x) => ({ details: x.details }));
  const update = useUpdate();
  const d = c.details;
  const set = <K extends keyof Details>(key: K, value: Details[K]) => update((draft) => setDetail(draft, key, value));

  const changeKind = (kind: ConferenceKind) => update((draft) => switchKind(draft, kind));

  return (
    <div className="details-page">
      <h2>Details</h2>
      <section aria-labelledby="meeting-h">
        <h3 id="meeting-h">The meeting</h3>
        <div className="field-row">
          <SelectField label="Kind of meeting" value={d.kind} onChange={(e) => changeKind(e.target.value as ConferenceKind)}>
            {CONFERENCE_KINDS.map((k) => (
              <option key={k} value={k}>{CONFERENCE_KIND_LABELS[k]}</option>
            ))}
          </SelectField>
          <DateField label="Date" value={d.date} required onChange={(v) => v && set('date', v)} />
          <TimeField value={d.startTime} onChange={(v) => set('startTime', v)} />
        </div>
        <div className="field-row">
          {(d.kind === 'initial' || d.kind === 'pre-birth') && (
            <DateField label="Strategy discussion" hint="The conference is due within 15 working days of it" value={d.strategyDiscussionDate} onChange={(v) => set('strategyDiscussionDate', v)} />
          )}
          {d.kind === 'transfer-in' && (
            <DateField label="Told the family had moved in" hint="The conference is due within 15 working days of it" value={d.transferNotifiedDate} onChange={(v) => set('transferNotifiedDate', v)} />
          )}
          <SelectField label="Where the harm comes from" hint="Separate from the kind of meeting: an extra-familial harm review is still a review" value={d.harmContext} onChange={(e) => set('harmContext', e.target.value as HarmContext)}>
            {HARM_CONTEXTS.map((h) => (
              <option key={h} value={h}>{HARM_CONTEXT_LABELS[h]}</option>
            ))}
          </SelectField>
        </div>
        <div className="field-row">
          <SelectField label="Format" value={d.format} onChange={(e) => set('format', e.target.value as Details['format'])}>
            {MEETING_FORMATS.map((f) => (
              <option key={f} value={f}>{MEETING_FORMAT_LABELS[f]}</option>
            ))}
          </SelectField>
          <TextField label={d.format === 'virtual' ? 'Video meeting (name, not the link)' : 'Venue'} value={d.venue} maxLength={500} onChange={(e) => set('venue', e.target.value)} />
        </div>
        <div className="field-row">
          <TextField label="Chair" value={d.chair} maxLength={500} onChange={(e) => set('chair', e.target.value)} />
          <TextField label="Minute-taker" value={d.minuteTaker} maxLength={500} onChange={(e) => set('minuteTaker', e.target.value)} />
        </div>
        <div className="field-row">
          <TextField label="Local authority" value={d.localAuthority} maxLength={500} onChange={(e) => set('localAuthority', e.target.value)} />
          <TextField label="Family name" hint="Used in the list and in file names" value={d.familyName} maxLength={500} onChange={(e) => set('familyName', e.target.value)} />
        </div>
        <MeetingTimeliness />
      </section>
      <ChildrenEditor />
      <FamilyMembersEditor />
    </div>
  );
}

function TimeField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  // Keep the text as typed; only a real HH:mm reaches the record.
  return (
    <TextField
      label="Start time"
      hint="HH:mm, 24-hour"
      defaultValue={value}
      size={6}
      onChange={(e) => TIME.test(e.target.value) && onChange(e.target.value)}
      onBlur={(e) => {
        if (!TIME.test(e.target.value)) e.target.value = value;
      }}
    />
  );
}

