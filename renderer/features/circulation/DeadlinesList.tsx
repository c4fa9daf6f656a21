import type { Deadline } from '../../../shared/conference/circulation';
import { formatDate } from '../../../shared/format';

const STATE_WORDS: Record<Deadline['state'], string> = { done: 'Done', overdue: 'Overdue', due: 'Due', 'not-yet': 'Not yet' };

/** The after-meeting deadlines, each with its state in words (never colour alone). */
export function DeadlinesList({ deadlines }: { deadlines: Deadline[] }) {
  return (
    <table className="grid deadlines">
      <caption>Deadlines after the meeting</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">By</th>
          <th scope="col">State</th>
          <th scope="col">Progress</th>
        </tr>
      </thead>
      <tbody>
        {deadlines.map((d) => (
          <tr key={d.key} className={`deadline-${d.state}`}>
            <th scope="row">{d.what}</th>
            <td>{d.due ? formatDate(d.due) : '–'}</td>
            <td>
              <strong>{STATE_WORDS[d.state]}</strong>
            </td>
            <td>{d.progress}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
