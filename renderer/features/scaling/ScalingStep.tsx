import { useState } from 'react';
import type { AgendaStep } from '../../../shared/model';
import { scalers, scalingOpen } from '../../../shared/conference/scaling';
import { setShowFamilyScores } from '../../../shared/conference/commands/scaling';
import { useUpdate } from '../../store/conferenceStore';
import { AnchorsPage } from './AnchorsPage';
import { ChildScalingPanel } from './ChildScalingPanel';
import { ChildTabs, pickChild } from './ChildTabs';
import { useRecord, useRecordList } from './useRecord';
import './scaling.css';

/** Scaling: per child, everyone present scores safety 0–10 with a sentence of why. */
export function ScalingStep(_props: { step?: AgendaStep }) {
  const update = useUpdate();
  const [chosen, setChosen] = useState<string | null>(null);
  const [showAnchors, setShowAnchors] = useState(false);
  const anchors = useRecord((c) => c.scaling.anchors);
  const isOpen = useRecord((c) => scalingOpen(c.scaling));
  const children = useRecord((c) => c.children);
  const showFamilyScores = useRecord((c) => c.scaling.showFamilyScores);
  // How many of the people asked have scored each child, as numbers: a changed score or a
  // reason leaves them as they were, so the tabs do not render again for it.
  const scored = useRecordList((c) => {
    const people = new Set(scalers(c).map((a) => a.id));
    return [people.size, ...c.children.map((k) => c.scaling.scores.filter((s) => s.childId === k.id && people.has(s.attendeeId)).length)];
  });

  if (!isOpen) {
    return (
      <div className="scaling-step">
        <h2>Scaling</h2>
        <p className="note warn" role="status">
          Scaling opens once the scale anchors are set: the chair first says what 0 and 10 mean for this family, so everyone scores on the same line.
        </p>
        {showAnchors ? (
          <AnchorsPage headingLevel={3} />
        ) : (
          <button type="button" className="primary" onClick={() => setShowAnchors(true)}>
            Set the scale anchors
          </button>
        )}
      </div>
    );
  }

  const childId = pickChild(children, chosen);
  const child = children.find((k) => k.id === childId);
  const progress = (id: string) => `(${scored[1 + children.findIndex((k) => k.id === id)] ?? 0}/${scored[0]})`;

  return (
    <div className="scaling-step">
      <h2>Scaling</h2>
      <div className="scaling-anchors" aria-label="Scale anchors">
        <p><strong>0</strong> = {anchors.zero}</p>
        <p><strong>10</strong> = {anchors.ten}</p>
      </div>
      <div className="scaling-options">
        <label className="inline">
          <input
            type="checkbox"
            checked={showFamilyScores}
            onChange={(e) => update((d) => setShowFamilyScores(d, e.target.checked))}
          />
          Show family members' scores beside the professionals'
        </label>
        <details className="scaling-keys">
          <summary>Keyboard</summary>
          <p>
            In a score box press a digit <kbd>0</kbd>–<kbd>9</kbd> to score. For 10 press{' '}
            <kbd>1</kbd> then <kbd>0</kbd> quickly, or <kbd>T</kbd>.{' '}
            <kbd>Tab</kbd> goes to the reason; <kbd>↓</kbd>/<kbd>Enter</kbd> and{' '}
            <kbd>↑</kbd> move between people; <kbd>←</kbd>/<kbd>→</kbd> on the child tabs change child.
          </p>
        </details>
      </div>
      <ChildTabs idBase="scaling" label="Children" items={children} selectedId={childId} onSelect={setChosen} progress={progress}>
        {child ? <ChildScalingPanel key={child.id} child={child} /> : null}
      </ChildTabs>
    </div>
  );
}
