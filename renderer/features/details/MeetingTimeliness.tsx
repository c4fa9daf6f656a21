import { meetingTimeliness } from '../../../shared/conference/timeliness';
import { useConferenceParts } from '../../store/conferenceStore';

/** Whether this meeting is within its time limits, in words, beside the dates that decide it. */
export function MeetingTimeliness() {
  const c = useConferenceParts((x) => ({ details: x.details, history: x.history, children: x.children }));
  const checks = meetingTimeliness(c);
  if (!checks.length) return null;
  return (
    <ul className="timeliness" aria-label="Timescales">
      {checks.map((check) => (
        <li key={check.message} className={`timeliness-${check.status}`}>
          {check.message}
        </li>
      ))}
    </ul>
  );
}
