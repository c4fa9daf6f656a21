import type { AgendaStep } from '../../../shared/model';
import { STEP_SCREENS } from '../registry';
import { StepMinutes } from '../minutes/StepMinutes';
import { CustomStepHeader } from './CustomStepHeader';
import { ChairOnly } from '../collab/ChairOnly';

/** A meeting step: its own screen, then the minutes the minute-taker keeps for it. */
export function StepPage({ step, onRemoved }: { step: AgendaStep; onRemoved: () => void }) {
  const Screen = STEP_SCREENS[step.key];
  return (
    <>
      {step.key === 'custom' && <CustomStepHeader step={step} onRemoved={onRemoved} />}
      {step.key === 'decision' ? (
        <ChairOnly what="The decision">
          <Screen step={step} />
        </ChairOnly>
      ) : (
        <Screen step={step} />
      )}
      <StepMinutes step={step} />
    </>
  );
}
