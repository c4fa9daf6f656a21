import type { AgendaStep } from '../../../shared/model';
import { STEP_SCREENS } from '../registry';
import { StepMinutes } from '../minutes/StepMinutes';
import { CustomStepHeader } from './CustomStepHeader';

/** A meeting step: its own screen, then the minutes the minute-taker keeps for it. */
export function StepPage({ step, onRemoved }: { step: AgendaStep; onRemoved: () => void }) {
  const Screen = STEP_SCREENS[step.key];
  return (
    <>
      {step.key === 'custom' && <CustomStepHeader step={step} onRemoved={onRemoved} />}
      <Screen step={step} />
      <StepMinutes step={step} />
    </>
  );
}
