import { useId } from 'react';
import type { PlanRecord } from './planRecord';
import { canMarkFinal, type PlanFlag } from '../../../shared/conference/planChecks';
import { wasIssued } from '../../../shared/conference/documentIssue';
import { useUpdate } from '../../store/conferenceStore';
import { markPlanFinal, reopenPlan, setPlanField } from '../../../shared/conference/commands/plan';

/** Marking the plan final: blocked while checks are flagged, unless the chair overrides with a reason. */
export function PlanFinal({ c, flags }: { c: PlanRecord; flags: PlanFlag[] }) {
  const update = useUpdate();
  const reasonId = useId();
  const p = c.plan;
  const verdict = canMarkFinal(flags, p.finalOverrideReason);

  if (p.final) {
    return (
      <section className="plan-section plan-final-done" aria-labelledby="plan-final-h">
        <h3 id="plan-final-h">Plan is final</h3>
        {p.finalOverrideReason && flags.length > 0 && <p>Marked final with {flags.length} check(s) overridden. Reason: {p.finalOverrideReason}</p>}
        {wasIssued(c, 'plan') ? (
          <p>Version {c.planVersion} has been exported. To change it, choose “Correct the plan…” on the Export page: that starts version {c.planVersion + 1}, with the reason kept.</p>
        ) : (
          <button type="button" onClick={() => update((d) => void reopenPlan(d))}>
            Reopen the plan for changes
          </button>
        )}
      </section>
    );
  }
  return (
    <section className="plan-section" aria-labelledby="plan-final-h">
      <h3 id="plan-final-h">Mark the plan final</h3>
      {flags.length === 0 ? (
        <p className="plan-ok">Every check passes.</p>
      ) : (
        <>
          <p>As chair you may go ahead with flagged checks if you record why (a few words at least).</p>
          <span className="plan-field plan-wide">
            <label htmlFor={reasonId}>Reason for overriding the checks</label>
            <textarea id={reasonId} rows={2} value={p.finalOverrideReason ?? ''} onChange={(e) => update((d) => setPlanField(d, 'finalOverrideReason', e.target.value))} />
          </span>
        </>
      )}
      <button
        type="button"
        className="primary"
        aria-disabled={!verdict.ok}
        aria-describedby="plan-final-why"
        onClick={() => {
          if (verdict.ok) update((d) => void markPlanFinal(d));
        }}
      >
        {verdict.ok && verdict.overridden ? 'Override the checks and mark final' : 'Mark plan as final'}
      </button>
      <p id="plan-final-why" className="plan-muted" role="status">
        {verdict.ok ? '' : verdict.message}
      </p>
    </section>
  );
}
