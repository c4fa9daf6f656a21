import type { AgendaStep } from '../../../shared/model';

// Entry point owned by the export work; replaced by the real screen.
export function ExportPage(_props: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  return <h2>Export</h2>;
}
