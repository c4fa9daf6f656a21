import type { AgendaStep } from '../../../shared/model';

// Entry point owned by the conference (meeting) work; replaced by the real screen.
export function DecisionStep(_props: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  return <h2>Decision</h2>;
}
