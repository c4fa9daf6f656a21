import type { ConferenceSummary } from '../../../shared/model';
import { addCalendarDays, weekday } from '../../../shared/calendar';
import { dueFromSummary } from '../../../shared/conference/circulation';
import { formatDate, todayIso } from '../../../shared/format';
import { useSettings } from '../../api/useSettings';

/**
 * Business support's view: across every conference on this computer, the outline plans and
 * minutes overdue or due by the end of this week, oldest first. Worked out from the list's own
 * index (no record is opened), with the timescales under Settings.
 */
export function DueThisWeek({ conferences, onOpen }: { conferences: ConferenceSummary[]; onOpen: (id: string) => void }) {
  const settings = useSettings();
  const today = todayIso();
  const sunday = addCalendarDays(today, (7 - weekday(today)) % 7);
  const rows = conferences
    .flatMap((c) => dueFromSummary(c, settings, today).map((d) => ({ c, ...d })))
    .filter((r) => r.overdue || r.due <= sunday)
    .sort((a, b) => a.due.localeCompare(b.due));
  return (
    <section className="due-this-week" aria-labelledby="due-h">
      <h2 id="due-h">Due this week</h2>
      {rows.length === 0 ? (
        <p className="muted">Nothing overdue or due to go out this week.</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Conference</th>
              <th scope="col">Due by</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.c.id}-${r.what}`} className={r.overdue ? 'is-overdue' : undefined}>
                <td>{r.what}</td>
                <td>
                  <button type="button" className="link" onClick={() => onOpen(r.c.id)}>
                    {(r.c.childNames.filter((n) => n.trim()).join(', ') || r.c.familyName || 'Unnamed') + `, ${formatDate(r.c.date)}`}
                  </button>
                </td>
                <td>{formatDate(r.due)}</td>
                <td>
                  <strong>{r.overdue ? 'Overdue' : 'Due'}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
