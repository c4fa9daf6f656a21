import { useState } from 'react';
import type { AgendaStep } from '../../../shared/model';
import { scalers, scalingOpen } from '../../../shared/conference/scaling';
import { useConference, useUpdate } from '../../store/conferenceStore';
import { AnchorsPage } from './AnchorsPage';
import { ChildScalingPanel } from './ChildScalingPanel';
import { ChildTabs, pickChild } from './ChildTabs';
import './common.css';
import './scaling.css';

/** Scaling: per child, everyone present scores safety 0–10 with a sentence of why. */
export function ScalingStep(_props: { step?: AgendaStep }) {
  const c = useConference();
  const update = useUpdate();
  const [chosen, setChosen] = useState<string | null>(null);
  const [showAnchors, setShowAnchors] = useState(false);
  const { anchors } = c.scaling;

  if (!scalingOpen(c.scaling)) {
    return (
      <div className="scaling-step">
        <h2>Scaling</h2>
        <p className="cs-warn" role="status">
          Scaling opens once the scale anchors are set: the chair first says what 0 and 10 mean for this family, so everyone scores on the same line.
        </p>
        {showAnchors ? (
          <AnchorsPage headingLevel={3} />
        ) : (
          <button type="button" className="cs-btn cs-btn-primary" onClick={() => setShowAnchors(true)}>
            Set the scale anchors
          </button>
        )}
      </div>
    );
  }

  const people = scalers(c);
  const childId = pickChild(c.children, chosen);
  const child = c.children.find((k) => k.id === childId);
  const progress = (id: string) => {
    const n = c.scaling.scores.filter((s) => s.childId === id && people.some((a) => a.id === s.attendeeId)).length;
    return `(${n}/${people.length})`;
  };

  return (
    <div className="scaling-step">
      <h2>Scaling</h2>
      <div className="scaling-anchors" aria-label="Scale anchors">
        <p><strong>0</strong> = {anchors.zero}</p>
        <p><strong>10</strong> = {anchors.ten}</p>
      </div>
      <div className="scaling-options">
        <label className="cs-inline">
          <input
            type="checkbox"
            checked={c.scaling.showFamilyScores}
            onChange={(e) => update((d) => void (d.scaling.showFamilyScores = e.target.checked))}
          />
          Show family members' scores beside the professionals'
        </label>
        <details className="scaling-keys">
          <summary>Keyboard</summary>
          <p>
            In a score box press a digit <kbd className="cs-kbd">0</kbd>–<kbd className="cs-kbd">9</kbd> to score. For 10 press{' '}
            <kbd className="cs-kbd">1</kbd> then <kbd className="cs-kbd">0</kbd> quickly, or <kbd className="cs-kbd">T</kbd>.{' '}
            <kbd className="cs-kbd">Tab</kbd> goes to the reason; <kbd className="cs-kbd">↓</kbd>/<kbd className="cs-kbd">Enter</kbd> and{' '}
            <kbd className="cs-kbd">↑</kbd> move between people; <kbd className="cs-kbd">←</kbd>/<kbd className="cs-kbd">→</kbd> on the child tabs change child.
          </p>
        </details>
      </div>
      <ChildTabs idBase="scaling" label="Children" items={c.children} selectedId={childId} onSelect={setChosen} progress={progress}>
        {child ? <ChildScalingPanel key={child.id} c={c} child={child} /> : null}
      </ChildTabs>
    </div>
  );
}
