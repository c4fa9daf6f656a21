import { ACTION_STATUSES, ACTION_STATUS_LABELS, AGENCIES, AGENCY_LABELS, MAP_ITEM_KIND_LABELS, type PlanAction } from '../../../shared/model';
import type { PlanRecord } from './planRecord';
import { agencyLabel, todayIso } from '../../../shared/format';
import { checkAction } from '../../../shared/conference/planChecks';
import { useUpdate } from '../../store/conferenceStore';
import { DateField } from '../../components/DateField';
import { PlainWords } from './PlainWords';
import { ActionCoOwners } from './ActionCoOwners';
import { editAction, removeAction, setFirstOwner, setOngoing } from '../../../shared/conference/commands/plan';
import { ONGOING_FULL } from '../../../shared/conference/planActions';
import { ONLY_THE_CHAIR_LIFTS, useIsMinuteTaker } from '../collab/useIsMinuteTaker';

function ownerValue(a: PlanAction): string {
  if (a.ownerAttendeeId) return `a:${a.ownerAttendeeId}`;
  if (a.ownerAgency) return `g:${a.ownerAgency}`;
  return '';
}

/** One action: what, who, by when, how we will know, what it serves; its flags beside it; progress at core groups. */
export function ActionCard({ c, action, index, reviewing }: { c: PlanRecord; action: PlanAction; index: number; reviewing: boolean }) {
  const update = useUpdate();
  const restrictionLocked = useIsMinuteTaker();
  const set = (change: Parameters<typeof editAction>[2]) => update((d) => editAction(d, action.id, change));
  const flags = checkAction(action, c);
  const has = (f: string) => flags.some((x) => x.field === f);
  const id = (f: string) => `act-${action.id}-${f}`;
  const links = c.map.filter((m) => m.kind === 'danger' || m.kind === 'safety-goal');
  const otherAgencies = [...new Set(c.attendees.map((a) => a.agency).filter((g) => g && !(AGENCIES as readonly string[]).includes(g)))];

  return (
    <li className={`plan-action${action.restricted ? ' plan-action-restricted' : ''}`} aria-labelledby={id('h')}>
      <div className="plan-action-head">
        <h4 id={id('h')}>Action {index + 1}</h4>
        {action.restricted && <span className="restricted-badge">Restricted</span>}
        <label className="plan-check">
          <input type="checkbox" checked={action.restricted} disabled={restrictionLocked && action.restricted} title={restrictionLocked && action.restricted ? ONLY_THE_CHAIR_LIFTS : undefined} onChange={(e) => set({ restricted: e.target.checked })} />
          Restricted (left out of the family’s copy)
        </label>
        {restrictionLocked && action.restricted ? <span className="note">{ONLY_THE_CHAIR_LIFTS}</span> : null}
        <button type="button" className="plan-remove" aria-label={`Remove action ${index + 1}`} onClick={() => update((d) => removeAction(d, action.id))}>
          Remove
        </button>
      </div>
      <div className="plan-action-grid">
        <span className="plan-field plan-wide">
          <label htmlFor={id('what')}>What will happen</label>
          <textarea id={id('what')} rows={2} value={action.what} aria-invalid={has('what') || has('vague') || undefined} aria-describedby={`${id('flags')} ${id('plain')}`} onChange={(e) => set({ what: e.target.value })} />
          <PlainWords text={action.what} id={id('plain')} />
        </span>
        <span className="plan-field">
          <label htmlFor={id('who')}>Who</label>
          <select
            id={id('who')}
            value={ownerValue(action)}
            aria-invalid={has('owner') || undefined}
            onChange={(e) => {
              const v = e.target.value;
              update((d) => setFirstOwner(d, action.id, { attendeeId: v.startsWith('a:') ? v.slice(2) : undefined, agency: v.startsWith('g:') ? v.slice(2) : undefined }));
            }}
          >
            <option value="">Choose…</option>
            <optgroup label="People">
              {c.attendees.map((p) => (
                <option key={p.id} value={`a:${p.id}`}>
                  {p.name}
                  {p.kind === 'professional' ? ` (${agencyLabel(p.agency)})` : ''}
                </option>
              ))}
            </optgroup>
            <optgroup label="Agencies">
              {AGENCIES.map((g) => (
                <option key={g} value={`g:${g}`}>
                  {AGENCY_LABELS[g]}
                </option>
              ))}
              {otherAgencies.map((g) => (
                <option key={g} value={`g:${g}`}>
                  {g}
                </option>
              ))}
            </optgroup>
          </select>
        </span>
        {action.ongoing ? (
          <p className="plan-field plan-ongoing">By when: {ONGOING_FULL}</p>
        ) : (
          <DateField label="By when (dd/mm/yyyy)" value={action.byDate} invalid={has('date')} onChange={(v) => set({ byDate: v })} />
        )}
        <label className="plan-check plan-ongoing-check">
          <input
            type="checkbox"
            checked={Boolean(action.ongoing)}
            onChange={(e) => update((d) => setOngoing(d, action.id, e.target.checked))}
          />
          Ongoing until the plan ends (no end date; reported at each core group)
        </label>
        <span className="plan-wide">
          <ActionCoOwners c={c} action={action} index={index} />
        </span>
        <span className="plan-field plan-wide">
          <label htmlFor={id('measure')}>How we will know it is done</label>
          <textarea id={id('measure')} rows={2} value={action.measure} aria-invalid={has('measure') || undefined} onChange={(e) => set({ measure: e.target.value })} />
        </span>
        <span className="plan-field plan-wide">
          <label htmlFor={id('link')}>Danger statement or safety goal it serves</label>
          <select id={id('link')} value={action.linkedItemId ?? ''} aria-invalid={has('link') || undefined} onChange={(e) => set({ linkedItemId: e.target.value || undefined })}>
            <option value="">Choose…</option>
            {links.map((m) => (
              <option key={m.id} value={m.id}>
                {MAP_ITEM_KIND_LABELS[m.kind]}: {m.text.slice(0, 90) || '(no words yet)'}
              </option>
            ))}
          </select>
        </span>
      </div>
      {(reviewing || action.status !== 'not-started' || action.statusNote || action.reviewedOn) && (
        <fieldset className="plan-progress">
          <legend>Progress (core group review)</legend>
          <span className="plan-field">
            <label htmlFor={id('status')}>Status</label>
            <select id={id('status')} value={action.status} onChange={(e) => set({ status: e.target.value as PlanAction['status'] })}>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ACTION_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </span>
          <span className="plan-field plan-grow">
            <label htmlFor={id('note')}>Note</label>
            <input id={id('note')} value={action.statusNote} aria-invalid={has('status') || undefined} onChange={(e) => set({ statusNote: e.target.value })} />
          </span>
          <DateField label="Reviewed on" value={action.reviewedOn} onChange={(v) => set({ reviewedOn: v })} />
          <button type="button" onClick={() => set({ reviewedOn: todayIso() })}>
            Reviewed today
          </button>
        </fieldset>
      )}
      {flags.length === 0 ? (
        <p className="plan-ok" id={id('flags')}>
          Specific: this action passes every check.
        </p>
      ) : (
        <ul className="plan-flags" id={id('flags')} aria-label={`Checks for action ${index + 1}`}>
          {flags.map((f, i) => (
            <li key={i}>
              {f.message}
              {f.suggestion && <span className="plan-suggest"> {f.suggestion}</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
