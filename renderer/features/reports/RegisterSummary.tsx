import { useEffect, useRef } from 'react';
import type { AgencyReport, Conference } from '../../../shared/model';
import { registerEntryForReport } from '../../../shared/conference/commands/reports';
import { useUpdate } from '../../store/conferenceStore';
import { editRestrictedEntry } from '../../../shared/conference/commands/restricted';
import { TextAreaField } from '../../components/Field';

/**
 * Beside a report that holds restricted information: its entry in the restricted register, for the
 * chair to say what the information is. Focused when the entry has just been started, so the
 * register never keeps an entry that says nothing.
 */
export function RegisterSummary({ c, report, name, focus, onFocused }: { c: Pick<Conference, 'restricted'>; report: AgencyReport; name: string; focus: string | null; onFocused: () => void }) {
  const update = useUpdate();
  const entry = registerEntryForReport(c, report);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!entry || focus !== entry.id) return;
    ref.current?.querySelector('textarea')?.focus();
    onFocused();
  }, [entry, focus, onFocused]);
  if (!entry) {
    return <p className="report-flags">Choose the agency, then say on Restricted information what the family cannot be told.</p>;
  }
  const index = c.restricted.findIndex((e) => e.id === entry.id) + 1;
  return (
    <div ref={ref} className="report-register">
      <TextAreaField
        label={`What the ${name} report holds that the family cannot be told`}
        hint={`Kept as restricted entry ${index} on Restricted information, never shown to the family${entry.summary.trim() ? '' : '. Not written yet'}`}
        value={entry.summary}
        maxLength={100_000}
        rows={2}
        onChange={(e) => update((d) => editRestrictedEntry(d, entry.id, { summary: e.target.value }))}
      />
    </div>
  );
}
