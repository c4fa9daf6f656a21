import { useEffect, useId, useState } from 'react';
import { CATEGORIES, CATEGORY_LABELS, OUTCOME_LABELS, type Category, type ConferenceKind, type Decision, type Outcome } from '../../../shared/model';
import { formatInstant } from '../../../shared/format';
import { checkDecision, outcomeNeedsCategory, outcomesFor, type DecisionContext, type DecisionProblem } from '../../../shared/conference/decision';

interface Draft {
  outcome: Outcome | '';
  categories: Category[];
  categoryReason: string;
  reasons: string;
  endingReason: string;
}

const fromDecision = (d: Decision | undefined): Draft => ({
  outcome: d?.outcome ?? '',
  categories: d ? [...d.categories] : [],
  categoryReason: d?.categoryReason ?? '',
  reasons: d?.reasons ?? '',
  endingReason: d?.endingReason ?? '',
});

/**
 * The chair's decision for one child. Held as a draft until "Record decision", which checks it:
 * the record only ever holds a decision the rules accept, stamped with when it was made.
 */
export function DecisionForm(props: { kind: ConferenceKind; childName: string; decision: Decision | undefined; context: DecisionContext; onRecord(d: Omit<Decision, 'childId'>): void }) {
  const id = useId();
  const { kind, decision, context } = props;
  const [draft, setDraft] = useState<Draft>(() => fromDecision(decision));
  const [problems, setProblems] = useState<DecisionProblem[]>([]);
  const [justRecorded, setJustRecorded] = useState(false);
  useEffect(() => setDraft(fromDecision(decision)), [decision]);

  const outcomes = outcomesFor(kind);
  const needsCategory = draft.outcome !== '' && outcomeNeedsCategory(draft.outcome);
  const problemFor = (f: DecisionProblem['field']) => problems.find((p) => p.field === f);
  const changed = JSON.stringify(draft) !== JSON.stringify(fromDecision(decision));

  function set(patch: Partial<Draft>) {
    setJustRecorded(false);
    setDraft((d) => ({ ...d, ...patch }));
  }

  function record() {
    if (draft.outcome === '') {
      setProblems([{ field: 'outcome', message: 'Choose the outcome.' }]);
      return;
    }
    const candidate = {
      outcome: draft.outcome,
      categories: needsCategory ? draft.categories : [],
      ...(needsCategory && draft.categories.length > 1 ? { categoryReason: draft.categoryReason } : {}),
      reasons: draft.reasons,
      ...(draft.outcome === 'end' ? { endingReason: draft.endingReason } : {}),
    };
    const found = checkDecision(candidate, kind, context);
    setProblems(found);
    if (found.length) {
      document.getElementById(`${id}-${found[0]!.field}`)?.focus();
      return;
    }
    props.onRecord({ ...candidate, decidedAt: new Date().toISOString() });
    setJustRecorded(true);
  }

  const err = (f: DecisionProblem['field']) => {
    const p = problemFor(f);
    return p ? <p id={`${id}-${f}-err`} role="alert" className="note error">{p.message}</p> : null;
  };

  return (
    <section className="decision-form" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Decision for {props.childName}</h3>
      {decision?.decidedAt ? (
        <p className="decision-status" role="status">
          Recorded {formatInstant(decision.decidedAt)}: {OUTCOME_LABELS[decision.outcome]}
          {decision.categories.length ? ` (${decision.categories.map((k) => CATEGORY_LABELS[k]).join(', ')})` : ''}.
          {changed ? ' You have changes not yet recorded.' : ''}
        </p>
      ) : (
        <p className="note">Not yet recorded.</p>
      )}
      <fieldset className="decision-outcomes" aria-describedby={problemFor('outcome') ? `${id}-outcome-err` : undefined}>
        <legend>Outcome</legend>
        {outcomes.map((o, i) => (
          <label key={o} className="decision-option">
            <input
              id={i === 0 ? `${id}-outcome` : undefined}
              type="radio"
              name={`${id}-outcome`}
              checked={draft.outcome === o}
              onChange={() => set({ outcome: o })}
            />
            {OUTCOME_LABELS[o]}
          </label>
        ))}
        {err('outcome')}
      </fieldset>
      {needsCategory ? (
        <fieldset className="decision-cats" aria-describedby={problemFor('categories') ? `${id}-categories-err` : undefined}>
          <legend>Category</legend>
          {CATEGORIES.map((k, i) => (
            <label key={k} className="inline">
              <input
                id={i === 0 ? `${id}-categories` : undefined}
                type="checkbox"
                checked={draft.categories.includes(k)}
                onChange={() => set({ categories: draft.categories.includes(k) ? draft.categories.filter((x) => x !== k) : [...draft.categories, k] })}
              />
              {CATEGORY_LABELS[k]}
            </label>
          ))}
          {err('categories')}
        </fieldset>
      ) : null}
      {needsCategory && draft.categories.length > 1 ? (
        <label className="decision-field">
          Why more than one category applies
          <textarea
            id={`${id}-categoryReason`}
            value={draft.categoryReason}
            aria-invalid={problemFor('categoryReason') ? true : undefined}
            aria-describedby={problemFor('categoryReason') ? `${id}-categoryReason-err` : undefined}
            onChange={(e) => set({ categoryReason: e.target.value })}
          />
          {err('categoryReason')}
        </label>
      ) : null}
      {draft.outcome === 'end' ? (
        <label className="decision-field">
          Why the plan is ending
          <textarea
            id={`${id}-endingReason`}
            value={draft.endingReason}
            aria-invalid={problemFor('endingReason') ? true : undefined}
            aria-describedby={problemFor('endingReason') ? `${id}-endingReason-err` : undefined}
            onChange={(e) => set({ endingReason: e.target.value })}
          />
          {err('endingReason')}
        </label>
      ) : null}
      <label className="decision-field">
        Reasons for the decision
        <textarea
          id={`${id}-reasons`}
          value={draft.reasons}
          aria-invalid={problemFor('reasons') ? true : undefined}
          aria-describedby={problemFor('reasons') ? `${id}-reasons-err` : undefined}
          onChange={(e) => set({ reasons: e.target.value })}
        />
        {err('reasons')}
      </label>
      <button type="button" className="primary" onClick={record}>
        {decision?.decidedAt ? 'Record changed decision' : 'Record decision'}
      </button>
      {justRecorded && !changed ? <span className="note" role="status"> Decision recorded.</span> : null}
    </section>
  );
}
