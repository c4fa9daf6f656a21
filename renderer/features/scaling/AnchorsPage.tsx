import type { AgendaStep } from '../../../shared/model';

// Entry point owned by the conference (meeting) work; replaced by the real screen.
export function AnchorsPage(_props: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  return <h2>Scale anchors</h2>;
}
