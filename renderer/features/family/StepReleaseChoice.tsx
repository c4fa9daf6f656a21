import { useState } from 'react';
import type { AgendaStep } from '../../../shared/model';
import { stepAccess } from '../../../shared/family/familyAccess';
import { formatDate } from '../../../shared/format';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { chooseStepRelease } from '../../../shared/conference/commands/meeting';

/**
 * Whether this step's notes go in the family's copy of the minutes, where shared/family's rule
 * says the chair must decide. Releasing asks first, in words; either choice is recorded with the
 * time, so the record shows who saw what and why.
 */
export function StepReleaseChoice({ step }: { step: AgendaStep }) {
  // In the header on every step: only what decides this step's access, not the whole record.
  const conference = useConferenceParts((c) => ({ meeting: c.meeting, attendees: c.attendees }));
  const update = useUpdate();
  const [asking, setAsking] = useState(false);
  const access = stepAccess(conference, step);
  if (access.release === 'not-needed') return <p className="family-release">Its notes go in the family’s copy of the minutes (restricted passages left out).</p>;

  const choose = (choice: 'released' | 'kept-out') => {
    const now = new Date().toISOString();
    update((draft) => void chooseStepRelease(draft, step.id, choice, now));
  };
  const when = step.family.release ? ` on ${formatDate(step.family.release.at.slice(0, 10))}` : '';
  const status =
    access.release === 'not-allowed'
      ? 'Its notes stay out of the family’s copy and cannot be released: information was heard that cannot be shared with someone excluded.'
      : access.release === 'released'
        ? `You released its notes to the family’s copy${when}.`
        : access.release === 'kept-out'
          ? `You kept its notes out of the family’s copy${when}.`
          : 'Its notes stay out of the family’s copy until you decide.';
  const heading = step.key === 'custom' ? step.title.trim() || 'this step' : access.title;

  return (
    <div className="family-release" role="group" aria-label="This step in the family’s copy">
      <p>{status}</p>
      <ul>
        {access.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {access.release !== 'not-allowed' && (
        <div className="family-release-actions">
          {access.release !== 'released' && (
            <button type="button" onClick={() => setAsking(true)}>
              Release to the family’s copy…
            </button>
          )}
          {access.release !== 'kept-out' && (
            <button type="button" onClick={() => choose('kept-out')}>
              Keep out of the family’s copy
            </button>
          )}
        </div>
      )}
      <ConfirmDialog
        open={asking}
        title="Release this step’s notes to the family?"
        confirmLabel="Release to the family"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          choose('released');
          setAsking(false);
        }}
      >
        <p>
          The notes of “{heading}” will be in the minutes the family receive
          {step.key === 'custom' ? <>, under the heading “{heading}”</> : null}. Passages marked restricted stay out.
        </p>
        <p>It was kept out because:</p>
        <ul>
          {access.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </div>
  );
}
