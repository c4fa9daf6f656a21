import { memo, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { agencyLabel } from '../../../shared/format';
import { checkScore } from '../../../shared/conference/scaling';
import { scoreForKey, type KeyPress } from './scoreKeys';
import { useRecord } from './useRecord';

export interface ScoreRowActions {
  setScore(attendeeId: string, score: number, reason?: string): void;
  clearScore(attendeeId: string): void;
  setReason(attendeeId: string, reason: string): void;
  /** Move focus to the score box `delta` rows away. */
  moveFocus(fromRow: number, delta: number): void;
}

interface Props {
  row: number;
  attendeeId: string;
  childId: string;
  childName: string;
  previous?: number;
  showPrevious: boolean;
  actions: ScoreRowActions;
}

/**
 * One person's score for one child. The row selects its own person and score from the store, and
 * its props are ids and numbers, so a keystroke elsewhere (another row, the minutes) does not
 * render it again.
 */
export const ScoreRow = memo(function ScoreRow({ row, attendeeId, childId, childName, previous, showPrevious, actions }: Props) {
  const attendee = useRecord((c) => c.attendees.find((a) => a.id === attendeeId));
  const score = useRecord((c) => c.scaling.scores.find((s) => s.attendeeId === attendeeId && s.childId === childId));
  const id = useId();
  const [text, setText] = useState(score ? String(score.score) : '');
  const [error, setError] = useState<string | null>(null);
  const [pendingReason, setPendingReason] = useState('');
  const lastKey = useRef<KeyPress | null>(null);

  // The record is the truth: when the score changes elsewhere (another tab, undo, restart), show it.
  useEffect(() => {
    if (score) {
      setText(String(score.score));
      setError(null);
    }
  }, [score?.score]); // eslint-disable-line react-hooks/exhaustive-deps

  function commit(n: number) {
    setText(String(n));
    setError(null);
    actions.setScore(attendeeId, n, score ? undefined : pendingReason || undefined);
    if (!score) setPendingReason('');
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const press = { key: e.key, at: performance.now() };
    const previous = lastKey.current;
    lastKey.current = press;
    const n = scoreForKey(e.currentTarget.value, press, previous);
    if (n !== null) {
      e.preventDefault();
      commit(n);
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'Enter') {
      e.preventDefault();
      actions.moveFocus(row, 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      actions.moveFocus(row, -1);
    }
  }

  function onChange(value: string) {
    setText(value);
    if (value.trim() === '') {
      setError(null);
      if (score) {
        // Keep the sentence: a score cleared to be re-entered should not lose its reason.
        setPendingReason(score.reason);
        actions.clearScore(attendeeId);
      }
      return;
    }
    const check = checkScore(value);
    if (check.ok) commit(check.score);
    else setError(check.message);
  }

  // Taken off People while the panel renders: the panel drops the row next.
  if (!attendee) return null;
  const reason = score ? score.reason : pendingReason;
  const who = attendee.name || 'Unnamed attendee';
  return (
    <tr className={error ? 'score-row score-row-invalid' : 'score-row'}>
      <th scope="row" className="score-who">
        {who}
        <span className="score-role">{[attendee.role, agencyLabel(attendee.agency)].filter(Boolean).join(', ')}</span>
      </th>
      <td className="score-cell">
        <input
          className="score-input"
          data-score-row={row}
          data-attendee={attendeeId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          aria-label={`Score from ${who} for ${childName}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          onKeyDown={onKeyDown}
          onChange={(e) => onChange(e.target.value)}
          onFocus={(e) => e.currentTarget.select()}
        />
        {error ? <p id={`${id}-err`} role="alert" className="note error score-error">{error}</p> : null}
      </td>
      <td className="reason-cell">
        <input
          className="reason-input"
          type="text"
          value={reason}
          aria-label={`Why ${who} gave that score for ${childName}`}
          aria-describedby={!score && pendingReason ? `${id}-pending` : undefined}
          onChange={(e) => (score ? actions.setReason(attendeeId, e.target.value) : setPendingReason(e.target.value))}
        />
        {!score && pendingReason ? <span id={`${id}-pending`} className="note"> Kept once a score is given.</span> : null}
      </td>
      {showPrevious ? <td className="score-prev">{previous ?? '–'}</td> : null}
    </tr>
  );
});
