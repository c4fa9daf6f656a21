import { useId } from 'react';
import type { Anchors } from '../../../shared/model';
import { describeSpread, formatMedian, spreadOf, type ScoredEntry } from '../../../shared/conference/scaling';

const W = 640;
const PAD = 28;
const STACK_MAX = 6; // beyond this, a number says how many more: forty people on one score must not push the page down
const R = 6;

const x = (score: number) => PAD + (score * (W - 2 * PAD)) / 10;
const shorten = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

/**
 * The scores on the 0–10 line, anchors at the ends, median and range marked. An image to the eye,
 * a sentence and a table to a screen reader.
 */
export function DotPlot(props: {
  childName: string;
  entries: readonly ScoredEntry[];
  anchors: Anchors;
  previous?: { date: string; scores: readonly { name: string; score: number }[] };
}) {
  const id = useId();
  const { entries, anchors, previous } = props;
  const spread = spreadOf(entries.map((e) => e.score.score));
  const prevSpread = previous ? spreadOf(previous.scores.map((p) => p.score)) : null;
  const stacks = new Map<number, ScoredEntry[]>();
  for (const e of entries) stacks.set(e.score.score, [...(stacks.get(e.score.score) ?? []), e]);
  const prevCounts = new Map<number, number>();
  for (const p of previous?.scores ?? []) prevCounts.set(p.score, (prevCounts.get(p.score) ?? 0) + 1);

  const prevRow = previous && previous.scores.length ? 26 : 0;
  const top = 10 + STACK_MAX * (2 * R + 2) + 14;
  const axisY = top + prevRow;
  const H = axisY + 58;
  const summary =
    `Scores for ${props.childName} on a line from 0 (${anchors.zero}) to 10 (${anchors.ten}). ${describeSpread(spread)}` +
    (prevSpread && prevSpread.count ? ` Previous conference: ${describeSpread(prevSpread)}` : '');

  return (
    <figure className="dotplot">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${W} ${H}`} width="100%" preserveAspectRatio="xMidYMid meet">
        {spread.count > 0 ? (
          <rect x={x(spread.min!)} y={axisY - 3} width={Math.max(2, x(spread.max!) - x(spread.min!))} height={6} className="dotplot-range" />
        ) : null}
        <line x1={x(0)} x2={x(10)} y1={axisY} y2={axisY} className="dotplot-axis" />
        {Array.from({ length: 11 }, (_, s) => (
          <g key={s}>
            <line x1={x(s)} x2={x(s)} y1={axisY - 4} y2={axisY + 4} className="dotplot-axis" />
            <text x={x(s)} y={axisY + 18} textAnchor="middle" className="dotplot-tick">{s}</text>
          </g>
        ))}
        <text x={x(0) - PAD + 2} y={axisY + 36} className="dotplot-anchor">0 = {shorten(anchors.zero, 40)}</text>
        <text x={x(10) + PAD - 2} y={axisY + 52} textAnchor="end" className="dotplot-anchor">10 = {shorten(anchors.ten, 40)}</text>
        {[...stacks.entries()].map(([score, list]) =>
          list.slice(0, STACK_MAX).map((e, k) =>
            k === STACK_MAX - 1 && list.length > STACK_MAX ? (
              <text key={e.attendee.id} x={x(score)} y={top - 6 - k * (2 * R + 2) + 4} textAnchor="middle" className="dotplot-more">
                +{list.length - STACK_MAX + 1}
              </text>
            ) : (
              <circle
                key={e.attendee.id}
                cx={x(score)}
                cy={top - 8 - k * (2 * R + 2)}
                r={R}
                className={e.familySide ? 'dotplot-dot dotplot-family' : 'dotplot-dot'}
              />
            ),
          ),
        )}
        {spread.median !== undefined ? (
          <g className="dotplot-median">
            <line x1={x(spread.median)} x2={x(spread.median)} y1={8} y2={axisY + 6} />
            <text x={x(spread.median) + 4} y={16}>median {formatMedian(spread.median)}</text>
          </g>
        ) : null}
        {[...prevCounts.entries()].map(([score, n]) => (
          <g key={`p${score}`} className="dotplot-prev">
            <rect x={x(score) - 5} y={top + 4} width={10} height={10} />
            {n > 1 ? <text x={x(score) + 8} y={top + 13}>{n}</text> : null}
          </g>
        ))}
      </svg>
      <figcaption className="dotplot-legend">
        <span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" className="dotplot-dot" /></svg> professional</span>
        <span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" className="dotplot-dot dotplot-family" /></svg> family or supporter</span>
        {prevRow ? <span><svg width="12" height="12" aria-hidden="true"><rect x="1" y="1" width="10" height="10" className="dotplot-prev-key" /></svg> previous conference</span> : null}
        <span>bar: range</span>
      </figcaption>
      <table className="visually-hidden" aria-labelledby={`${id}-cap`}>
        <caption id={`${id}-cap`}>Scores for {props.childName}</caption>
        <thead>
          <tr><th scope="col">Score</th><th scope="col">Who</th>{previous ? <th scope="col">Previous conference</th> : null}</tr>
        </thead>
        <tbody>
          {Array.from({ length: 11 }, (_, s) => (
            <tr key={s}>
              <th scope="row">{s}</th>
              <td>{(stacks.get(s) ?? []).map((e) => e.attendee.name).join(', ') || 'nobody'}</td>
              {previous ? <td>{previous.scores.filter((p) => p.score === s).map((p) => p.name).join(', ') || 'nobody'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
