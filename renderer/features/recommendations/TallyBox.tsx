import { CATEGORIES, CATEGORY_LABELS } from '../../../shared/model';
import type { RecommendationTally } from '../../../shared/conference/recommendations';

/** The count per child: plan against no plan, and how many named each category. */
export function TallyBox({ tally, childName, headingLevel = 3 }: { tally: RecommendationTally; childName: string; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section className="tally" aria-label={`Recommendation tally for ${childName}`}>
      <H className="tally-title">Recommendations for {childName}</H>
      <dl className="tally-grid">
        <div><dt>Plan</dt><dd>{tally.plan}</dd></div>
        <div><dt>No plan</dt><dd>{tally.noPlan}</dd></div>
        {CATEGORIES.map((k) => (
          <div key={k}><dt>{CATEGORY_LABELS[k]}</dt><dd>{tally.byCategory[k]}</dd></div>
        ))}
      </dl>
      {tally.waiting.length ? <p className="note">Still to say ({tally.waiting.length}): {tally.waiting.map((a) => a.name).join(', ')}.</p> : <p className="note">Every professional present has given a recommendation.</p>}
      {tally.incomplete ? <p className="note warn">{tally.incomplete} incomplete {tally.incomplete === 1 ? 'recommendation is' : 'recommendations are'} not counted.</p> : null}
    </section>
  );
}
