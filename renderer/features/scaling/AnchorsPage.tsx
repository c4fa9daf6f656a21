import { useId, useState } from 'react';
import type { AgendaStep } from '../../../shared/model';
import { formatDate, formatInstant } from '../../../shared/format';
import { anchorsWritten } from '../../../shared/conference/scaling';
import { confirmAnchors, copyPreviousAnchors, reopenAnchors, setAnchor } from '../../../shared/conference/commands/scaling';
import { useUpdate } from '../../store/conferenceStore';
import { useRecord } from './useRecord';
import './scaling.css';

const EXAMPLE_ZERO = 'The children cannot stay at home: it is not safe enough for them to live with their parents.';
const EXAMPLE_TEN = 'Everyone is confident the children are safe enough for the child protection plan to end.';

/**
 * The chair says what 0 and 10 mean for this family before anyone scales, so every score is on
 * the same line. Confirming fixes them; changing them later closes scaling until re-confirmed.
 */
export function AnchorsPage(props: { step?: AgendaStep; headingLevel?: 2 | 3 }) {
  const update = useUpdate();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const anchors = useRecord((c) => c.scaling.anchors);
  const anchorsConfirmedAt = useRecord((c) => c.scaling.anchorsConfirmedAt);
  const previous = useRecord((c) => c.scaling.previous);
  const scored = useRecord((c) => c.scaling.scores.length);
  const confirmed = Boolean(anchorsConfirmedAt);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';

  function confirm() {
    if (!anchorsWritten(anchors)) {
      setError('Write what both 0 and 10 mean before confirming.');
      return;
    }
    setError(null);
    update((d) => void confirmAnchors(d, new Date().toISOString()));
  }

  return (
    <section className="anchors" aria-labelledby={`${id}-h`}>
      <Heading id={`${id}-h`}>Scale anchors</Heading>
      <p className="note">
        Before anyone scales, say what 0 and 10 mean for this family. Everyone then scores each child's safety on the same line.
        Scaling opens once the anchors are confirmed.
      </p>
      <div className="anchors-example" aria-label="Example anchors">
        <strong>For example:</strong> 0 = {EXAMPLE_ZERO} 10 = {EXAMPLE_TEN}
      </div>
      {previous && !confirmed ? (
        <p className="note">
          The previous conference ({formatDate(previous.conferenceDate)}) used: 0 = “{previous.anchors.zero}”; 10 = “{previous.anchors.ten}”.{' '}
          <button type="button" className="small" onClick={() => update(copyPreviousAnchors)}>
            Use the previous anchors
          </button>
        </p>
      ) : null}
      <div className="anchors-fields">
        <label className="anchors-field">
          <span>What 0 means for this family</span>
          <textarea
            value={anchors.zero}
            readOnly={confirmed}
            aria-describedby={error ? `${id}-err` : undefined}
            onChange={(e) => update((d) => setAnchor(d, 'zero', e.target.value))}
          />
        </label>
        <label className="anchors-field">
          <span>What 10 means for this family</span>
          <textarea
            value={anchors.ten}
            readOnly={confirmed}
            aria-describedby={error ? `${id}-err` : undefined}
            onChange={(e) => update((d) => setAnchor(d, 'ten', e.target.value))}
          />
        </label>
      </div>
      {error ? <p id={`${id}-err`} className="note error" role="alert">{error}</p> : null}
      {confirmed ? (
        <p className="anchors-confirmed">
          <span role="status">Anchors confirmed at {formatInstant(anchorsConfirmedAt)}. Scaling is open.</span>{' '}
          <button
            type="button"
            onClick={() => update(reopenAnchors)}
            aria-describedby={scored ? `${id}-change` : undefined}
          >
            Change anchors
          </button>
          {scored ? <span id={`${id}-change`} className="note"> Scaling closes until you confirm again; the {scored} scores given so far are kept.</span> : null}
        </p>
      ) : (
        <button type="button" className="primary" onClick={confirm}>
          Confirm anchors
        </button>
      )}
    </section>
  );
}
