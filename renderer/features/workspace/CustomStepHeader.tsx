import { useState } from 'react';
import type { AgendaStep } from '../../../shared/model';
import { useUpdate } from '../../store/conferenceStore';
import { removeStep, renameStep } from '../../../shared/conference/commands/meeting';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/Field';

/** An ad-hoc step the chair added: it can be renamed or removed (its minutes go with it, after asking). */
export function CustomStepHeader({ step, onRemoved }: { step: AgendaStep; onRemoved: () => void }) {
  const update = useUpdate();
  const [confirm, setConfirm] = useState(false);
  const rename = (title: string) => update((d) => renameStep(d, step.id, title));
  return (
    <div className="custom-step">
      <h2>{step.title || 'Untitled step'}</h2>
      <div className="field-row">
        <TextField label="Step title" value={step.title} maxLength={200} onChange={(e) => rename(e.target.value)} />
        <button type="button" className="danger" onClick={() => setConfirm(true)}>
          Remove this step
        </button>
      </div>
      <ConfirmDialog
        open={confirm}
        title={`Remove “${step.title || 'Untitled step'}”?`}
        confirmLabel="Remove step"
        danger
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          update((d) => removeStep(d, step.id));
          onRemoved();
        }}
      >
        <p>The step and any minutes written under it will be removed.</p>
      </ConfirmDialog>
    </div>
  );
}
