import type { AgendaStep } from '../../../shared/model';

// Entry point owned by the family screen work; replaced by the real screen.
export function FamilyControls(_props: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  return <h2>Family screen</h2>;
}
