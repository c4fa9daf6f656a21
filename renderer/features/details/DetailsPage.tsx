import type { AgendaStep } from '../../../shared/model';

// Entry point owned by the renderer shell work; replaced by the real screen.
export function DetailsPage(_props: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  return <h2>Details</h2>;
}
