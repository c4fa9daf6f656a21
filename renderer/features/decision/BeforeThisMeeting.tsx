import { CATEGORY_LABELS, CONFERENCE_KIND_LABELS, OUTCOME_LABELS } from '../../../shared/model';
import { formatDate } from '../../../shared/format';
import { currentPlan } from '../../../shared/conference/currentPlan';
import { trajectory } from '../../../shared/conference/trajectory';
import { useConferenceParts } from '../../store/conferenceStore';
import { TrajectoryChart } from '../scaling/TrajectoryChart';

/**
 * A review or core group starts from where the plan stands: the last decision and its category,
 * who disagreed, what the child said, and how the scores have moved since the first meeting.
 */
export function BeforeThisMeeting({ childId, childName }: { childId: string; childName: string }) {
  const c = useConferenceParts((x) => ({ history: x.history, attendees: x.attendees, scaling: x.scaling, details: x.details }));
  const meetings = c.history?.meetings ?? [];
  if (!meetings.length) return null;
  const plan = currentPlan(c, childId);
  const last = plan?.meeting;
  const decision = last?.decisions.find((d) => d.childId === childId);
  const dissent = last?.dissent.filter((d) => d.childId === childId) ?? [];
  const words = [...meetings].reverse().find((m) => m.childViews.some((v) => !v.childId || v.childId === childId));
  return (
    <section className="before-meeting" aria-label={`Before this meeting: ${childName}`}>
      <h3>Before this meeting</h3>
      {plan && last && decision ? (
        <>
          <p>
            {CONFERENCE_KIND_LABELS[last.kind]}, {formatDate(last.date)}: <strong>{OUTCOME_LABELS[decision.outcome]}</strong>
            {plan.categories.length ? ` under ${plan.categories.map((k) => CATEGORY_LABELS[k]).join(' and ')}` : ''}.
          </p>
          {decision.reasons.trim() ? <p className="before-meeting-quote">Reasons then: {decision.reasons}</p> : null}
          {dissent.length ? (
            <ul aria-label="Who disagreed then">
              {dissent.map((d, i) => (
                <li key={i}>
                  {d.name}
                  {d.agency ? ` (${d.agency})` : ''} disagreed: {d.reason}
                </li>
              ))}
            </ul>
          ) : (
            <p>Nobody recorded disagreement.</p>
          )}
        </>
      ) : (
        <p>No decision for {childName} is recorded at the earlier meetings this one follows.</p>
      )}
      {words ? (
        <div>
          <h4>What {childName} said ({formatDate(words.date)})</h4>
          <ul>
            {words.childViews
              .filter((v) => !v.childId || v.childId === childId)
              .map((v, i) => (
                <li key={i}>
                  {v.by ? `${v.by}: ` : ''}“{v.text}”
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      <TrajectoryChart childName={childName} points={trajectory(c, childId)} />
    </section>
  );
}
