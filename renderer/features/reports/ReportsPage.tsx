import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, newId, type AgencyReport, type Settings } from '../../../shared/model';
import { agencyLabel, formatDate, todayIso } from '../../../shared/format';
import { reportDueDays, reportStatus } from '../../../shared/conference/reports';
import { addReport, editReport, markReportRestricted, removeReport } from '../../../shared/conference/commands/reports';
import { RegisterSummary } from './RegisterSummary';
import { api } from '../../api/api';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { DateField } from '../../components/DateField';
import { CheckField, TextAreaField } from '../../components/Field';
import { AgencyField } from '../../components/AgencyField';
import { RestrictedBadge } from '../../components/RestrictedBadge';
import './reports.css';

/** Each invited agency's report: when it is due, whether it came in, and whether the family has seen it. */
export function ReportsPage() {
  const c = useConferenceParts((x) => ({ details: x.details, reports: x.reports, restricted: x.restricted }));
  const update = useUpdate();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => void api().getSettings({}).then((r) => r.ok && setSettings(r.value)), []);
  const days = reportDueDays(c.details.kind, settings);
  const change = (id: string, patch: Parameters<typeof editReport>[2]) => update((d) => editReport(d, id, patch));
  // The register entry just started, whose summary the chair is taken to.
  const [focusEntry, setFocusEntry] = useState<string | null>(null);
  function markRestricted(r: AgencyReport, on: boolean) {
    const entryId = newId();
    let made: string | undefined;
    update((d) => void (made = markReportRestricted(d, r.id, on, entryId)));
    if (made) setFocusEntry(made);
  }

  return (
    <div className="reports-page">
      <h2>Agency reports</h2>
      <p className="muted">
        {days === null
          ? 'Core group meetings do not need agency reports unless you expect one.'
          : `Reports are due ${days} working days before the meeting (${formatDate(c.details.date)}), not counting weekends and bank holidays, and must be shared with the family beforehand.`}
      </p>
      {c.reports.length === 0 && <p className="muted">No reports yet. Adding a professional on “People and invitations” adds their agency here.</p>}
      <ul className="card-list">
        {c.reports.map((r) => {
          const s = reportStatus(r, c.details.kind, c.details.date, settings, todayIso());
          const name = agencyLabel(r.agency) || 'Agency';
          return (
            <li key={r.id} className={`card${s.flags.length ? ' flagged' : ''}`} aria-label={`${name} report`}>
              <h3>
                {name} {r.containsRestricted && <RestrictedBadge />}
              </h3>
              {s.flags.length > 0 && (
                <ul className="report-flags" aria-label={`Attention: ${name} report`}>
                  {s.flags.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              )}
              <div className="field-row">
                <AgencyField label={`Agency for report ${name}`} value={r.agency} onChange={(agency) => change(r.id, { agency })} />
                <DateField label={`${name} report due`} value={s.due ?? undefined} hint={r.dueDateOverride ? 'Set by the chair' : 'Worked out from the meeting date; change it if agreed otherwise'} onChange={(v) => change(r.id, { dueDateOverride: v })} />
                <DateField label={`${name} report received`} value={r.receivedDate} onChange={(v) => change(r.id, { receivedDate: v })} />
              </div>
              <div className="card-actions">
                <CheckField label={`${name} report expected`} checked={r.expected} onChange={(e) => change(r.id, { expected: e.target.checked })} />
                <CheckField label={`${name} report shared with the family`} checked={r.sharedWithFamily} onChange={(e) => change(r.id, { sharedWithFamily: e.target.checked })} />
                <CheckField label={`${name} report holds information the family cannot be told`} checked={r.containsRestricted} onChange={(e) => markRestricted(r, e.target.checked)} />
              </div>
              {r.containsRestricted && <RegisterSummary c={c} report={r} name={name} focus={focusEntry} onFocused={() => setFocusEntry(null)} />}
              <TextAreaField
                label={`What the family may read about the ${name} report`}
                hint={familyNoteHint(r)}
                value={r.familySummary}
                maxLength={100_000}
                rows={2}
                onChange={(e) => change(r.id, { familySummary: e.target.value })}
              />
              <TextAreaField
                label={`Chair's note on the ${name} report (never shown to the family)`}
                value={r.chairNote}
                maxLength={100_000}
                rows={2}
                onChange={(e) => change(r.id, { chairNote: e.target.value })}
              />
              <button type="button" className="danger" onClick={() => update((d) => removeReport(d, r.id))} aria-label={`Remove the ${name} report`}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => update((d) => addReport(d, newId()))}>
        Add a report
      </button>
    </div>
  );
}

/** Says, next to the family's note, whether the family can see it now and why not. */
function familyNoteHint(r: AgencyReport): string {
  if (r.containsRestricted) return 'Not shown to the family: this report holds information they cannot be told.';
  if (!r.sharedWithFamily) return 'Shown on the family screen and in their copy once the report is ticked as shared with them.';
  return 'Shown on the family screen and in their copy of the minutes.';
}
