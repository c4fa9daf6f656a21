import { useCallback, useMemo, useRef } from 'react';
import type { Attendee, Child, Scaling, Score } from '../../../shared/model';
import { childLabel, formatDate } from '../../../shared/format';
import { spreadOf, describeSpread, formatMedian, isFamilySide, previousScoresFor, scalers, summariseChild } from '../../../shared/conference/scaling';
import { clearScore, recordScore, setScoreReason } from '../../../shared/conference/commands/scaling';
import { useUpdate } from '../../store/conferenceStore';
import { DotPlot } from './DotPlot';
import { TrajectoryChart } from './TrajectoryChart';
import { trajectory } from '../../../shared/conference/trajectory';
import { ScoreRow, type ScoreRowActions } from './ScoreRow';
import { useRecord, useRecordList } from './useRecord';

/** This child's scores from a flat list of attendee ids and numbers, without their reasons (the plot and summary show none). */
function scoresFrom(numbers: readonly (string | number)[], childId: string): Score[] {
  const out: Score[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) out.push({ attendeeId: String(numbers[i]), childId, score: Number(numbers[i + 1]), reason: '' });
  return out;
}

/** One child's scaling: the plot and summary beside the rows where scores are entered. */
export function ChildScalingPanel({ child }: { child: Child }) {
  const update = useUpdate();
  const tableRef = useRef<HTMLTableElement>(null);
  const name = childLabel(child);
  const childId = child.id;
  const attendees = useRecord((c) => c.attendees);
  const anchors = useRecord((c) => c.scaling.anchors);
  const showFamilyScores = useRecord((c) => c.scaling.showFamilyScores);
  const previousScaling = useRecord((c) => c.scaling.previous);
  const history = useRecord((c) => c.history);
  const date = useRecord((c) => c.details.date);
  const kind = useRecord((c) => c.details.kind);
  // Only the numbers: a reason typed a letter at a time changes none of them, so the plot, the
  // summary and the panel do not render again for it (the row it is typed in does).
  const numbers = useRecordList((c) => c.scaling.scores.flatMap((s) => (s.childId === childId ? [s.attendeeId, s.score] : [])));
  const scaling = useMemo<Scaling>(
    () => ({ anchors, showFamilyScores, scores: scoresFrom(numbers, childId), ...(previousScaling ? { previous: previousScaling } : {}) }),
    [anchors, showFamilyScores, numbers, childId, previousScaling],
  );
  const summary = summariseChild({ attendees, scaling }, childId);
  const people = useMemo(() => {
    const all = scalers({ attendees });
    return { pros: all.filter((a) => !isFamilySide(a)), family: all.filter(isFamilySide) };
  }, [attendees]);
  const isReview = Boolean(previousScaling);
  const previous = previousScoresFor(scaling, { id: childId, name });
  const previousByName = new Map(previous.map((p) => [p.name.trim().toLowerCase(), p.score]));

  const actions = useMemo<ScoreRowActions>(
    () => ({
      setScore: (attendeeId, score, reason) => update((d) => void recordScore(d, attendeeId, childId, score, reason)),
      clearScore: (attendeeId) => update((d) => void clearScore(d, attendeeId, childId)),
      setReason: (attendeeId, reason) => update((d) => void setScoreReason(d, attendeeId, childId, reason)),
      moveFocus: (from, delta) => {
        const next = tableRef.current?.querySelector<HTMLInputElement>(`[data-score-row="${from + delta}"]`);
        next?.focus();
      },
    }),
    [update, childId],
  );
  const focusFirstMissing = useCallback((a: Attendee) => {
    tableRef.current?.querySelector<HTMLInputElement>(`[data-attendee="${a.id}"]`)?.focus();
  }, []);

  let row = 0;
  // Each row is given ids, not the record's objects: it selects its own person and score.
  const rowsFor = (list: Attendee[]) =>
    list.map((a) => (
      <ScoreRow
        key={a.id}
        row={row++}
        attendeeId={a.id}
        childId={childId}
        childName={name}
        previous={previousByName.get(a.name.trim().toLowerCase())}
        showPrevious={isReview}
        actions={actions}
      />
    ));
  const cols = isReview ? 4 : 3;
  const hiddenFamily = !showFamilyScores && summary.family.count > 0;

  return (
    <div className="scaling-panel">
      <div className="scaling-side">
        <DotPlot
          childName={name}
          entries={summary.shown}
          anchors={anchors}
          previous={previousScaling && previous.length ? { date: previousScaling.conferenceDate, scores: previous } : undefined}
        />
        {history?.meetings.length ? <TrajectoryChart childName={name} points={trajectory({ history, details: { date, kind }, attendees, scaling }, childId)} /> : null}
        <dl className="scaling-summary" aria-label={`Summary for ${name}`}>
          <div><dt>Median</dt><dd>{formatMedian(summary.headline.median)}</dd></div>
          <div><dt>Range</dt><dd>{summary.headline.count ? `${summary.headline.min}–${summary.headline.max}` : '–'}</dd></div>
          <div><dt>Scored</dt><dd>{summary.all.count} of {summary.all.count + summary.notScaled.length}</dd></div>
          <div><dt>Professionals</dt><dd>{describeSpread(summary.professional)}</dd></div>
          <div><dt>Family</dt><dd>{describeSpread(summary.family)}{hiddenFamily ? ' Not shown in the plot.' : ''}</dd></div>
          {previousScaling ? (
            <div><dt>Previous ({formatDate(previousScaling.conferenceDate)})</dt><dd>{previous.length ? describeSpread(spreadOf(previous.map((p) => p.score))) : 'No scores for this child.'}</dd></div>
          ) : null}
        </dl>
        <div className="scaling-missing">
          <h3>Not yet scaled ({summary.notScaled.length})</h3>
          {summary.notScaled.length ? (
            <ul>
              {summary.notScaled.map((a) => (
                <li key={a.id}>
                  <button type="button" className="link" onClick={() => focusFirstMissing(a)}>{a.name || 'Unnamed attendee'}</button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="note">Everyone present has scaled {name}.</p>
          )}
          {summary.orphaned.length ? (
            <p className="note">{summary.orphaned.length} score(s) from people no longer marked present are kept but not counted.</p>
          ) : null}
        </div>
      </div>
      <table className="score-table" ref={tableRef}>
        <caption className="visually-hidden">Scores for {name}</caption>
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">Score (0–10)</th>
            <th scope="col">Why, in one sentence</th>
            {isReview ? <th scope="col">Previous</th> : null}
          </tr>
        </thead>
        <tbody>
          {rowsFor(people.pros)}
          {people.family.length ? (
            <tr className="score-group">
              <th scope="colgroup" colSpan={cols}>Family and supporters{hiddenFamily ? ' (scores recorded, not shown in the plot)' : ''}</th>
            </tr>
          ) : null}
          {rowsFor(people.family)}
        </tbody>
      </table>
      {people.pros.length + people.family.length === 0 ? (
        <p className="note warn">Nobody is marked present yet. Record attendance at the welcome step, then everyone present can scale.</p>
      ) : null}
    </div>
  );
}
