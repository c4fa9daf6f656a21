import { useId } from 'react';
import type { AgendaStep } from '../../../shared/model';
import { useUpdate } from '../../store/conferenceStore';
import { setStepFamilyView } from '../../../shared/conference/commands/meeting';
import { StepReleaseChoice } from './StepReleaseChoice';

const SCORE_OPTIONS = [
  { value: 'hidden', label: 'Hidden' },
  { value: 'anonymous', label: 'Without names' },
  { value: 'named', label: 'With names' },
] as const;

/** What the family screen shows on this step, and whether its notes go in the family's copy. Saved with the conference (step.family). */
export function FamilyStepSettings({ step }: { step: AgendaStep }) {
  const update = useUpdate();
  const id = useId();
  const change = (family: Parameters<typeof setStepFamilyView>[2]) => update((draft) => setStepFamilyView(draft, step.id, family));
  return (
    <details className="family-step-settings">
      <summary>Family screen for this step</summary>
      <div className="family-step-settings-body">
        <label>
          <input type="checkbox" checked={step.family.show} onChange={(e) => change({ show: e.target.checked })} /> Show “{step.title}” to the family
        </label>
        <label htmlFor={`${id}-scores`}>Scores on the family screen</label>
        <select id={`${id}-scores`} value={step.family.scores} onChange={(e) => change({ scores: e.target.value as AgendaStep['family']['scores'] })}>
          {SCORE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <StepReleaseChoice step={step} />
      </div>
    </details>
  );
}
