import type { AgendaStep } from '../../../shared/model';

// Entry point owned by the conference (prepare) work; replaced by the real screen.
export function PurposeStep(_props: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  return <h2>Purpose and confidentiality</h2>;
}
