import type { AgendaStep } from '../../../shared/model';

// Entry point owned by the conference (prepare) work; replaced by the real screen.
export function ContributionsStep(_props: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  return <h2>Reports and updates</h2>;
}
