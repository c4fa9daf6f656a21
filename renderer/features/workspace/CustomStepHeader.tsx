import { useState } from 'react';
import type { AgendaStep } from '../../../shared/model';
import { useUpdate } from '../../store/conferenceStore';
import { removeStep, renameStep } from '../../../shared/conference/commands/meeting';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/Field';
import { useIsMinuteTaker } from '../collab/useIsMinuteTaker';

/**
 * An ad-hoc step the chair added: it can be renamed or removed (its minutes go with it, after
 * asking). On the minute-taker's laptop in a session only the chair removes steps (roles.ts), so
 * the button is not offered there.
 */
export function CustomStepHeader({ step, onRemoved }: { step: AgendaStep; onRemoved: () => void }) {
  const update = useUpdate();
  const minuteTaker = useIsMinuteTaker();
  const [confirm, setConfirm] = useState(false);
  const rename = (title: string) => update((d) => renameStep(d, step.id, title));
  return (
    <div className="custom-step">
      <h2>{step.title || 'Untitled step'}</h2>
      <div className="field-row">
        <TextField label="Step title" value={step.title} maxLength={200} onChange={(e) => rename(e.target.value)} />
        {minuteTaker ? null : (
          <button type="button" className="danger" onClick={() => setConfirm(true)}>
            Remove this step
          </button>
        )}
      </div>
      {minuteTaker ? (
        <p className="note" role="note">
          Only the chair removes a step, on the chair&rsquo;s laptop.
        </p>
      ) : null}
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
