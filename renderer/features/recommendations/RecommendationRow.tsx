import { memo, useId } from 'react';
import { CATEGORIES, CATEGORY_LABELS, type Attendee, type Category, type Recommendation } from '../../../shared/model';
import { agencyLabel } from '../../../shared/format';
import { checkRecommendation } from '../../../shared/conference/recommendations';

export interface RecommendationActions {
  setPlan(attendeeId: string, plan: boolean): void;
  toggleCategory(attendeeId: string, category: Category): void;
  setReason(attendeeId: string, reason: string): void;
}

/** One professional's recommendation for one child: plan or not, and under which category. */
export const RecommendationRow = memo(function RecommendationRow(props: {
  attendee: Attendee;
  childName: string;
  rec: Recommendation | undefined;
  actions: RecommendationActions;
}) {
  const id = useId();
  const { attendee, rec, actions, childName } = props;
  const who = attendee.name || 'Unnamed attendee';
  const problems = rec ? checkRecommendation(rec) : [];
  const catProblem = problems.find((p) => p.field === 'categories');
  const reasonProblem = problems.find((p) => p.field === 'categoryReason');
  const choice = rec ? (rec.plan ? 'plan' : 'no-plan') : '';
  return (
    <li className={`rec-row${problems.length ? ' rec-row-invalid' : ''}`}>
      <fieldset className="rec-fieldset">
        <legend className="rec-who">
          {who} <span className="score-role">{[attendee.role, agencyLabel(attendee.agency)].filter(Boolean).join(', ')}</span>
          <span className="visually-hidden"> — recommendation for {childName}</span>
        </legend>
        <div className="rec-choice" role="radiogroup" aria-label={`Recommendation from ${who} for ${childName}`}>
          <label className="inline">
            <input type="radio" name={`${id}-plan`} checked={choice === 'plan'} onChange={() => actions.setPlan(attendee.id, true)} />
            Plan
          </label>
          <label className="inline">
            <input type="radio" name={`${id}-plan`} checked={choice === 'no-plan'} onChange={() => actions.setPlan(attendee.id, false)} />
            No plan
          </label>
        </div>
        {rec?.plan ? (
          <div className="rec-cats" role="group" aria-label={`Categories recommended by ${who} for ${childName}`} aria-describedby={catProblem ? `${id}-cat` : undefined}>
            {CATEGORIES.map((k) => (
              <label key={k} className="inline">
                <input type="checkbox" checked={rec.categories.includes(k)} onChange={() => actions.toggleCategory(attendee.id, k)} />
                {CATEGORY_LABELS[k]}
              </label>
            ))}
          </div>
        ) : null}
        {rec?.plan && rec.categories.length > 1 ? (
          <label className="rec-reason">
            Why more than one category
            <input
              type="text"
              value={rec.categoryReason ?? ''}
              aria-invalid={reasonProblem ? true : undefined}
              aria-describedby={reasonProblem ? `${id}-reason` : undefined}
              onChange={(e) => actions.setReason(attendee.id, e.target.value)}
            />
          </label>
        ) : null}
        {catProblem ? <p id={`${id}-cat`} role="alert" className="note error">{catProblem.message} Not counted until then.</p> : null}
        {reasonProblem ? <p id={`${id}-reason`} role="alert" className="note error">{reasonProblem.message} Not counted until then.</p> : null}
      </fieldset>
    </li>
  );
});
