import { useMemo, useState } from 'react';
import type { AgendaStep, Category } from '../../../shared/model';
import { childLabel } from '../../../shared/format';
import { recommenders, recommendsAndDecides, tallyRecommendations } from '../../../shared/conference/recommendations';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { recommendPlan, setRecommendedCategoryReason, toggleRecommendedCategory } from '../../../shared/conference/commands/decision';
import { ChildTabs, pickChild } from '../scaling/ChildTabs';
import { RecommendationRow, type RecommendationActions } from './RecommendationRow';
import { TallyBox } from './TallyBox';
import './recommendations.css';

/** Every professional present: plan or no plan for each child, and the category. */
export function RecommendationsStep(_props: { step?: AgendaStep }) {
  const c = useConferenceParts((x) => ({ children: x.children, details: x.details, recommendations: x.recommendations, attendees: x.attendees }));
  const update = useUpdate();
  const [chosen, setChosen] = useState<string | null>(null);
  const childId = pickChild(c.children, chosen);
  const child = c.children.find((k) => k.id === childId);

  const actions = useMemo<RecommendationActions>(
    () => ({
      setPlan: (attendeeId, plan) => update((d) => recommendPlan(d, attendeeId, childId, plan)),
      toggleCategory: (attendeeId, k: Category) => update((d) => toggleRecommendedCategory(d, attendeeId, childId, k)),
      setReason: (attendeeId, reason) => update((d) => setRecommendedCategoryReason(d, attendeeId, childId, reason)),
    }),
    [update, childId],
  );

  if (!recommendsAndDecides(c.details.kind)) {
    return (
      <div>
        <h2>Recommendations</h2>
        <p className="note">A core group meeting makes no recommendations: it reviews the plan.</p>
      </div>
    );
  }

  const people = recommenders(c);
  const progress = (id: string) => {
    const t = tallyRecommendations(c, id);
    return `(${t.plan + t.noPlan}/${people.length})`;
  };
  const name = child ? childLabel(child) : '';
  return (
    <div className="rec-step">
      <h2>Recommendations</h2>
      <p className="note">
        Each professional present says whether {c.children.length > 1 ? 'each child' : 'the child'} needs a child protection plan and, if so, under which category.
        One category is the norm; more than one needs a reason.
      </p>
      <ChildTabs idBase="rec" label="Children" items={c.children} selectedId={childId} onSelect={setChosen} progress={progress}>
        {child ? (
          <div className="rec-panel">
            <TallyBox tally={tallyRecommendations(c, child.id)} childName={name} />
            {people.length ? (
              <ul className="rec-list" aria-label={`Recommendations for ${name}`}>
                {people.map((a) => (
                  <RecommendationRow
                    key={a.id}
                    attendee={a}
                    childName={name}
                    rec={c.recommendations.find((r) => r.attendeeId === a.id && r.childId === child.id)}
                    actions={actions}
                  />
                ))}
              </ul>
            ) : (
              <p className="note warn">No professionals are marked present yet. Record attendance at the welcome step.</p>
            )}
          </div>
        ) : null}
      </ChildTabs>
    </div>
  );
}
