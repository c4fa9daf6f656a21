import { ATTENDANCE, ATTENDANCE_LABELS, type Attendee } from '../../../shared/model';
import { markAttendance, setLeftAt, setRemote } from '../../../shared/conference/commands/people';
import { setMeetingField } from '../../../shared/conference/commands/meeting';
import { agencyLabel, childLabel, formatDate } from '../../../shared/format';
import { BeforeThisMeeting } from '../decision/BeforeThisMeeting';
import { quorum } from '../../../shared/conference/quorum';
import { describeAttendee } from '../../../shared/conference/people';
import { useSettings } from '../../api/useSettings';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { CheckField, TextAreaField } from '../../components/Field';
import './attendance.css';

/** Welcome and introductions: who is here, who sent apologies, quorum, and whether the family saw the reports. */
export function AttendanceStep() {
  const c = useConferenceParts((x) => ({ attendees: x.attendees, reports: x.reports, history: x.history, details: x.details, children: x.children, quorumOverrideReason: x.meeting.quorumOverrideReason, reportsSeenByFamily: x.meeting.reportsSeenByFamily }));
  const update = useUpdate();
  const settings = useSettings();
  const q = quorum(c.attendees, settings.quorumOtherAgencies, { healthAsOneAgency: settings.quorumHealthAsOneAgency });
  const received = c.reports.filter((r) => r.receivedDate);

  return (
    <div className="attendance-step">
      <h2>Welcome and introductions</h2>
      {c.history?.meetings.length ? (
        <details className="plan-stands" open={c.details.kind === 'core-group'}>
          <summary>Where the plan stands for each child</summary>
          {c.children.map((child) => (
            <BeforeThisMeeting key={child.id} childId={child.id} childName={childLabel(child)} />
          ))}
        </details>
      ) : null}
      <p className={`quorum ${q.quorate ? 'ok' : 'not'}`} role="status">
        {q.summary}
      </p>
      {!q.quorate && (
        <TextAreaField
          label="Reason to go ahead without quorum"
          hint="Required before any decision is recorded; it goes in the minutes"
          value={c.quorumOverrideReason ?? ''}
          maxLength={100_000}
          rows={2}
          onChange={(e) => update((d) => setMeetingField(d, 'quorumOverrideReason', e.target.value))}
        />
      )}
      {c.attendees.length === 0 ? (
        <p className="muted">Add people on “People and invitations” first.</p>
      ) : (
        <table className="grid">
          <caption className="visually-hidden">Attendance</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Attendance</th>
              <th scope="col">Left at</th>
              <th scope="col">Remote</th>
            </tr>
          </thead>
          <tbody>
            {c.attendees.map((a) => (
              <tr key={a.id}>
                <th scope="row" dir="auto">{a.name || 'Unnamed'}</th>
                <td>{describeAttendee(a, c)}</td>
                <td>
                  <select aria-label={`Attendance for ${a.name || 'unnamed person'}`} value={a.attendance} onChange={(e) => update((d) => markAttendance(d, a.id, e.target.value as Attendee['attendance']))}>
                    {ATTENDANCE.map((x) => (
                      <option key={x} value={x}>{ATTENDANCE_LABELS[x]}</option>
                    ))}
                  </select>
                </td>
                <td>
                  {a.attendance === 'left-early' && (
                    <input aria-label={`Time ${a.name || 'they'} left (HH:mm)`} defaultValue={a.leftAt ?? ''} size={6} placeholder="HH:mm" onChange={(e) => update((d) => setLeftAt(d, a.id, e.target.value))} />
                  )}
                </td>
                <td>
                  <input type="checkbox" aria-label={`${a.name || 'They'} joined remotely`} checked={a.remote} onChange={(e) => update((d) => setRemote(d, a.id, e.target.checked))} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Reports</h3>
      <p>
        {received.length} of {c.reports.filter((r) => r.expected).length} expected reports received
        {received.length ? `: ${received.map((r) => `${agencyLabel(r.agency)} (${formatDate(r.receivedDate)})`).join(', ')}` : ''}.
      </p>
      <CheckField label="The family has seen the reports before the meeting" checked={Boolean(c.reportsSeenByFamily)} onChange={(e) => update((d) => setMeetingField(d, 'reportsSeenByFamily', e.target.checked))} />
    </div>
  );
}
