import type { PlanRecord } from './planRecord';
import { formatDate } from '../../../shared/format';
import { planDates } from '../../../shared/conference/planDates';
import { useUpdate } from '../../store/conferenceStore';
import { setPlanField } from '../../../shared/conference/commands/plan';
import { DateField } from '../../components/DateField';

/** The next dates, computed from the conference date, editable, and flagged when later than the limit. */
export function PlanDatesPanel({ c }: { c: PlanRecord }) {
  const update = useUpdate();
  return (
    <section className="plan-section" aria-labelledby="plan-dates-h">
      <h3 id="plan-dates-h">Next dates</h3>
      <div className="plan-dates">
        {planDates(c).map((d) => (
          <div key={d.key} className={`plan-date-card${d.late || d.beforeConference || d.notWorkingDay ? ' plan-date-late' : ''}`}>
            <DateField
              label={d.label}
              value={d.value}
              invalid={d.late || d.beforeConference || d.notWorkingDay}
              describedBy={`plan-date-rule-${d.key}`}
              onChange={(v) => update((draft) => setPlanField(draft, d.key, v))}
            />
            <p id={`plan-date-rule-${d.key}`} className="plan-muted">
              {d.limit ? `Latest: ${formatDate(d.limit)} (${d.rule}).` : `No limit from this meeting (${d.rule}).`}
              {d.late && <strong className="plan-error"> Later than the limit.</strong>}
              {d.beforeConference && <strong className="plan-error"> Not after this meeting.</strong>}
              {d.notWorkingDay && <strong className="plan-error"> A weekend or bank holiday.</strong>}
              {d.warning && <span> {d.warning}</span>}
            </p>
            {d.limit && d.value !== d.limit && (
              <button type="button" onClick={() => update((draft) => setPlanField(draft, d.key, d.limit!))}>
                Use {formatDate(d.limit)}
              </button>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
