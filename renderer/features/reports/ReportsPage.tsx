import type { AgendaStep } from '../../../shared/model';

// Entry point owned by the conference (prepare) work; replaced by the real screen.
export function ReportsPage(_props: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  return <h2>Agency reports</h2>;
}
