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
        scale.children.map((child, i) => (
          <div key={i}>
            <DotPlot childName={child.childName} scores={child.scores} />
            {child.trend ? <p className="family-note">{child.trend}</p> : null}
          </div>
        ))
      )}
    </section>
  );
}

type Scores = FamilyView['scale']['children'][number]['scores'];

/**
 * Anonymous scores stack as dots over their number. Named scores get a row each (name, then
 * the dot on the line), so names never sit on top of each other.
 */
function DotPlot({ childName, scores }: { childName: string; scores: Scores }) {
  const named = scores.some((s) => s.name);
  const summary = scores.length ? scores.map((s) => (s.name ? `${s.name}: ${s.score}` : String(s.score))).join(', ') : 'no scores yet';
  return (
    <figure className="family-dotplot">
      <figcaption>{childName}</figcaption>
      <div role="img" aria-label={`Scores for ${childName}: ${summary}`} className={named ? 'family-dotplot-named' : 'family-dotplot-grid'}>
        {named ? <NamedRows scores={scores} /> : <Stacked scores={scores} />}
        <span className="family-dotplot-name" aria-hidden="true" />
        <div className="family-axis" aria-hidden="true">
          {Array.from({ length: 11 }, (_, n) => (
            <span key={n} style={{ left: `${n * 10}%` }}>
              {n}
            </span>
          ))}
        </div>
      </div>
    </figure>
  );
}

function Dot({ score }: { score: number }) {
  return (
    <span className="family-dot" style={{ left: `${score * 10}%` }}>
      {score}
    </span>
  );
}

function NamedRows({ scores }: { scores: Scores }) {
  return (
    <>
      {scores.map((s, i) => (
        <div key={i} className="family-dotplot-row">
          <span className="family-dotplot-name">{s.name}</span>
          <div className="family-track">
            <Dot score={s.score} />
          </div>
        </div>
      ))}
    </>
  );
}

function Stacked({ scores }: { scores: Scores }) {
  const counts = new Map<number, number>();
  const placed = scores.map((s) => {
    const level = counts.get(s.score) ?? 0;
    counts.set(s.score, level + 1);
    return { score: s.score, level };
  });
  const rows = Math.max(1, ...counts.values());
  return (
    <div className="family-dotplot-row">
      <span className="family-dotplot-name" />
      <div className="family-track" style={{ height: `${rows * 3}rem` }}>
        {placed.map((p, i) => (
          <span key={i} className="family-dot" style={{ left: `${p.score * 10}%`, bottom: `${p.level * 3}rem` }}>
            {p.score}
          </span>
        ))}
      </div>
    </div>
  );
}
