import type { AgendaStep } from '../../../shared/model';
import { formatInstant } from '../../../shared/format';
import { MinutesEditor } from './MinutesEditor';

/** The minutes for the step the chair is on: one small editor per step, remade when the step changes. */
export function StepMinutes({ step }: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  if (!step) return null;
  return (
    <section className="cs-step-minutes" aria-labelledby={`minutes-h-${step.id}`}>
      <h2 id={`minutes-h-${step.id}`}>Minutes: {step.title}</h2>
      {step.startedAt && <p className="cs-mt-started">Step started {formatInstant(step.startedAt).slice(11)}</p>}
      <MinutesEditor key={step.id} step={step} />
    </section>
  );
}
