import type { FamilyView } from '../../shared/family/familyView';
import { ItemText } from './Explained';

/** The 0–10 scale with what 0 and 10 mean, and the scores as dots when the chair shows them. */
export function ScaleSection({ scale }: { scale: FamilyView['scale'] }) {
  return (
    <section aria-labelledby="scale-title">
      <h3 id="scale-title">On a scale of 0 to 10</h3>
      <div className="family-anchors">
        <div>
          <span className="family-anchor-number">0</span> means <ItemText item={scale.zero} />
        </div>
        <div>
          <span className="family-anchor-number">10</span> means <ItemText item={scale.ten} />
        </div>
      </div>
      {scale.show === 'hidden' ? (
        <p className="family-note">The scores are not shown yet.</p>
      ) : (
        scale.children.map((child, i) => <DotPlot key={i} childName={child.childName} scores={child.scores} />)
      )}
    </section>
  );
}

function DotPlot({ childName, scores }: { childName: string; scores: FamilyView['scale']['children'][number]['scores'] }) {
  const stacks = new Map<number, number>();
  const placed = scores.map((s) => {
    const level = stacks.get(s.score) ?? 0;
    stacks.set(s.score, level + 1);
    return { ...s, level };
  });
  const height = Math.max(1, ...stacks.values());
  const summary = scores.length
    ? scores.map((s) => (s.name ? `${s.name}: ${s.score}` : String(s.score))).join(', ')
    : 'no scores yet';
  return (
    <figure className="family-dotplot">
      <figcaption>{childName}</figcaption>
      <div className="family-dotplot-area" role="img" aria-label={`Scores for ${childName}: ${summary}`} style={{ ['--rows' as string]: height }}>
        {placed.map((s, i) => (
          <span key={i} className="family-dot" style={{ left: `${s.score * 10}%`, bottom: `${s.level * 3.2}rem` }}>
            <span className="family-dot-score">{s.score}</span>
            {s.name && <span className="family-dot-name">{s.name}</span>}
          </span>
        ))}
      </div>
      <div className="family-axis" aria-hidden="true">
        {Array.from({ length: 11 }, (_, n) => (
          <span key={n} style={{ left: `${n * 10}%` }}>
            {n}
          </span>
        ))}
      </div>
    </figure>
  );
}
