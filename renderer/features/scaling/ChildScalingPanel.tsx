import { useCallback, useMemo, useRef } from 'react';
import type { Attendee, Child, Conference } from '../../../shared/model';
import { childLabel, formatDate } from '../../../shared/format';
import { spreadOf, describeSpread, formatMedian, isFamilySide, previousScoresFor, putReason, putScore, removeScore, scalers, summariseChild } from '../../../shared/conference/scaling';
import { useUpdate } from '../../store/conferenceStore';
import { DotPlot } from './DotPlot';
import { TrajectoryChart } from './TrajectoryChart';
import { trajectory } from '../../../shared/conference/trajectory';
import { ScoreRow, type ScoreRowActions } from './ScoreRow';

/** One child's scaling: the plot and summary beside the rows where scores are entered. */
export function ChildScalingPanel({ c, child }: { c: Conference; child: Child }) {
  const update = useUpdate();
  const tableRef = useRef<HTMLTableElement>(null);
  const name = childLabel(child);
  const summary = summariseChild(c, child.id);
  const people = useMemo(() => {
    const all = scalers(c);
    return { pros: all.filter((a) => !isFamilySide(a)), family: all.filter(isFamilySide) };
  }, [c.attendees]); // eslint-disable-line react-hooks/exhaustive-deps
  const isReview = Boolean(c.scaling.previous);
  const previous = previousScoresFor(c.scaling, { id: child.id, name });
  const previousByName = new Map(previous.map((p) => [p.name.trim().toLowerCase(), p.score]));
  const scoreOf = new Map(c.scaling.scores.filter((s) => s.childId === child.id).map((s) => [s.attendeeId, s]));

  const childId = child.id;
  const actions = useMemo<ScoreRowActions>(
    () => ({
      setScore: (attendeeId, score, reason) => update((d) => putScore(d.scaling.scores, attendeeId, childId, score, reason)),
      clearScore: (attendeeId) => update((d) => removeScore(d.scaling.scores, attendeeId, childId)),
      setReason: (attendeeId, reason) => update((d) => void putReason(d.scaling.scores, attendeeId, childId, reason)),
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
  const rowsFor = (list: Attendee[]) =>
    list.map((a) => (
      <ScoreRow
        key={a.id}
        row={row++}
        attendee={a}
        childName={name}
        score={scoreOf.get(a.id)}
        previous={previousByName.get(a.name.trim().toLowerCase())}
        showPrevious={isReview}
        actions={actions}
      />
    ));
  const cols = isReview ? 4 : 3;
  const hiddenFamily = !c.scaling.showFamilyScores && summary.family.count > 0;

  return (
    <div className="scaling-panel">
      <div className="scaling-side">
        <DotPlot
          childName={name}
          entries={summary.shown}
          anchors={c.scaling.anchors}
          previous={c.scaling.previous && previous.length ? { date: c.scaling.previous.conferenceDate, scores: previous } : undefined}
        />
        {c.history?.meetings.length ? <TrajectoryChart childName={name} points={trajectory(c, child.id)} /> : null}
        <dl className="scaling-summary" aria-label={`Summary for ${name}`}>
          <div><dt>Median</dt><dd>{formatMedian(summary.headline.median)}</dd></div>
          <div><dt>Range</dt><dd>{summary.headline.count ? `${summary.headline.min}–${summary.headline.max}` : '–'}</dd></div>
          <div><dt>Scored</dt><dd>{summary.all.count} of {summary.all.count + summary.notScaled.length}</dd></div>
          <div><dt>Professionals</dt><dd>{describeSpread(summary.professional)}</dd></div>
          <div><dt>Family</dt><dd>{describeSpread(summary.family)}{hiddenFamily ? ' Not shown in the plot.' : ''}</dd></div>
          {c.scaling.previous ? (
            <div><dt>Previous ({formatDate(c.scaling.previous.conferenceDate)})</dt><dd>{previous.length ? describeSpread(spreadOf(previous.map((p) => p.score))) : 'No scores for this child.'}</dd></div>
          ) : null}
        </dl>
        <div className="scaling-missing">
          <h3>Not yet scaled ({summary.notScaled.length})</h3>
          {summary.notScaled.length ? (
            <ul>
              {summary.notScaled.map((a) => (
                <li key={a.id}>
                  <button type="button" className="cs-linkish" onClick={() => focusFirstMissing(a)}>{a.name || 'Unnamed attendee'}</button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="cs-note">Everyone present has scaled {name}.</p>
          )}
          {summary.orphaned.length ? (
            <p className="cs-note">{summary.orphaned.length} score(s) from people no longer marked present are kept but not counted.</p>
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
        <p className="cs-warn">Nobody is marked present yet. Record attendance at the welcome step, then everyone present can scale.</p>
      ) : null}
    </div>
  );
}
