import type { TrajectoryPoint } from '../../../shared/conference/trajectory';
import { describeTrajectory } from '../../../shared/conference/trajectory';
import { formatMedian } from '../../../shared/conference/scaling';

const W = 640;
const H = 180;
const PAD = { left: 36, right: 20, top: 14, bottom: 46 };

/**
 * A child's professional scores across the plan's life: each meeting's median as a point, its
 * range as a bar, joined in date order. An image to the eye; a sentence and a table to a screen
 * reader and the keyboard.
 */
export function TrajectoryChart({ childName, points }: { childName: string; points: readonly TrajectoryPoint[] }) {
  if (points.length === 0) return null;
  const step = points.length > 1 ? (W - PAD.left - PAD.right) / (points.length - 1) : 0;
  const x = (i: number) => (points.length > 1 ? PAD.left + i * step : W / 2);
  const y = (score: number) => PAD.top + ((10 - score) * (H - PAD.top - PAD.bottom)) / 10;
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(i)},${y(p.median)}`).join(' ');
  const label = `Scores for ${childName} across meetings: ${describeTrajectory(points)}`;
  return (
    <figure className="trajectory">
      <figcaption>How safe professionals scored {childName}, meeting by meeting</figcaption>
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width="100%" preserveAspectRatio="xMidYMid meet">
        {[0, 5, 10].map((s) => (
          <g key={s}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} className="trajectory-grid" />
            <text x={PAD.left - 8} y={y(s) + 4} textAnchor="end" className="trajectory-tick">{s}</text>
          </g>
        ))}
        <path d={path} className="trajectory-line" />
        {points.map((p, i) => (
          <g key={`${p.date}-${i}`}>
            <line x1={x(i)} x2={x(i)} y1={y(p.max)} y2={y(p.min)} className="trajectory-range" />
            <circle cx={x(i)} cy={y(p.median)} r={p.current ? 7 : 5} className={p.current ? 'trajectory-point is-current' : 'trajectory-point'} />
            <text x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle" className="trajectory-tick">{p.label.replace(' (this meeting)', '').split(' ')[0]}</text>
            <text x={x(i)} y={H - PAD.bottom + 34} textAnchor="middle" className="trajectory-tick">{p.current ? 'now' : p.label.split(' ').slice(1).join(' ')}</text>
          </g>
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>Scores for {childName} across meetings</caption>
        <thead>
          <tr>
            <th scope="col">Meeting</th>
            <th scope="col">Median</th>
            <th scope="col">Range</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={`${p.date}-${i}`}>
              <th scope="row">{p.label}</th>
              <td>{formatMedian(p.median)}</td>
              <td>{p.min === p.max ? p.min : `${p.min} to ${p.max}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
