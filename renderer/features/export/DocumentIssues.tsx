import { useId, useState } from 'react';
import { formatInstant } from '../../../shared/format';
import { isFinal, startCorrection, versionOf, type IssuedDocument } from '../../../shared/conference/documentIssue';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { markMinutesFinal } from '../../../shared/conference/commands/documents';
import { ConfirmDialog } from '../../components/ConfirmDialog';

const NAME: Record<IssuedDocument, string> = { minutes: 'Minutes', plan: 'Plan' };

/**
 * Each document's own state and version: the minutes are marked final here, the plan after its
 * checks on the Plan step. A final document is corrected by starting its next version, with a
 * reason kept in the record and printed in the full record.
 */
export function DocumentIssues() {
  const c = useConferenceParts((x) => ({ corrections: x.corrections, minutesFinal: x.minutesFinal, plan: x.plan, documentVersion: x.documentVersion, planVersion: x.planVersion, audit: x.audit }));
  const update = useUpdate();
  const id = useId();
  const [confirmFinal, setConfirmFinal] = useState(false);
  const [correcting, setCorrecting] = useState<IssuedDocument | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const correct = () => {
    if (!correcting) return;
    if (!reason.trim()) return setProblem('Say what is being corrected and why: it is kept with the record and printed in the full record.');
    update((d) => void startCorrection(d, correcting, reason, new Date()));
    setCorrecting(null);
    setReason('');
    setProblem(null);
  };

  return (
    <section className="document-issues" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Versions</h3>
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Version</th>
            <th scope="col">State</th>
            <th scope="col">Corrections</th>
          </tr>
        </thead>
        <tbody>
          {(['plan', 'minutes'] as const).map((doc) => {
            const list = c.corrections.filter((x) => x.document === doc);
            return (
              <tr key={doc}>
                <th scope="row">{NAME[doc]}</th>
                <td>{versionOf(c, doc)}</td>
                <td>{isFinal(c, doc) ? 'Final' : 'Draft: every page says DRAFT'}</td>
                <td>
                  {list.length ? (
                    <ul className="export-files">
                      {list.map((x) => (
                        <li key={x.version}>
                          Version {x.version}, {formatInstant(x.at)}: {x.reason}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    'None'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="export-actions">
        {!c.minutesFinal && (
          <button type="button" onClick={() => setConfirmFinal(true)}>
            Mark minutes final
          </button>
        )}
        {!c.plan.final && <p className="muted">The plan is marked final on the Plan step, once its checks pass.</p>}
        {(['minutes', 'plan'] as const)
          .filter((doc) => isFinal(c, doc))
          .map((doc) => (
            <button key={doc} type="button" onClick={() => setCorrecting(doc)}>
              Correct the {doc}…
            </button>
          ))}
      </div>
      <ConfirmDialog
        open={confirmFinal}
        title="Mark the minutes final?"
        confirmLabel="Mark final"
        onCancel={() => setConfirmFinal(false)}
        onConfirm={() => {
          setConfirmFinal(false);
          update(markMinutesFinal);
        }}
      >
        <p>The minutes can then no longer be edited, and documents exported from now on do not carry the DRAFT mark. A later correction makes a new version, with its reason.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={correcting !== null}
        title={`Correct the ${correcting ?? 'document'}?`}
        confirmLabel={`Start version ${correcting ? versionOf(c, correcting) + 1 : ''}`}
        onCancel={() => {
          setCorrecting(null);
          setProblem(null);
        }}
        onConfirm={correct}
      >
        <p>
          This starts version {correcting ? versionOf(c, correcting) + 1 : ''}: a draft again until you mark it final, with the new version in its file
          names. Everyone who had the last version needs the new one.
        </p>
        <label className="decision-field" htmlFor={`${id}-reason`}>
          What is corrected, and why
        </label>
        <textarea id={`${id}-reason`} value={reason} maxLength={10_000} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} onChange={(e) => setReason(e.target.value)} />
        {problem && (
          <p id={`${id}-problem`} role="alert" className="note error">
            {problem}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
