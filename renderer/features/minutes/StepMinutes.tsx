import type { AgendaStep } from '../../../shared/model';

// Entry point owned by the minutes and plan work; replaced by the real screen.
export function StepMinutes(_props: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  return <h2>Minutes</h2>;
}
