import { useEffect, useState, useSyncExternalStore } from 'react';
import type { FamilyView } from '../../shared/family/familyView';
import type { ScreenFeed } from './screenFeed';
import { StepContent } from './StepContent';

const CONTRAST_KEY = 'chairside.family.highContrast';

function useHighContrast(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      return localStorage.getItem(CONTRAST_KEY) === '1';
    } catch {
      return false;
    }
  });
  useEffect(() => {
    document.documentElement.classList.toggle('high-contrast', on);
    try {
      localStorage.setItem(CONTRAST_KEY, on ? '1' : '0');
    } catch {
      // Storage may be unavailable; the setting then lasts for this page only.
    }
  }, [on]);
  return [on, setOn];
}

export function FamilyPage({ feed }: { feed: ScreenFeed }) {
  // The third argument lets the page render outside a browser too (the family DOM property test).
  const screen = useSyncExternalStore(feed.subscribe, feed.current, feed.current);
  const [highContrast, setHighContrast] = useHighContrast();
  const view = screen && !screen.curtain ? screen.view : null;

  useEffect(() => {
    document.title = view ? `${view.meetingTitle} – family screen` : 'Chairside – family screen';
  }, [view]);

  return (
    <>
      {/* Always in the page; shown by the root's curtain-down class, set before React renders. */}
      <div id="family-curtain" className="family-curtain" role="status" aria-live="polite">
        <p>The meeting will continue shortly.</p>
      </div>
      <div className="family-screen">
        <header className="family-header">
          <div>
            <h1>{view ? view.meetingTitle : 'Family screen'}</h1>
            {view && <p className="family-meta">{[view.date, view.localAuthority].filter(Boolean).join(' · ')}</p>}
          </div>
          <button type="button" className="family-contrast" aria-pressed={highContrast} onClick={() => setHighContrast(!highContrast)}>
            High contrast
          </button>
        </header>
        <main className="family-main">{view ? <ViewBody view={view} /> : <Waiting connected={screen !== null} />}</main>
      </div>
    </>
  );
}

function Waiting({ connected }: { connected: boolean }) {
  return (
    <section className="family-waiting" aria-labelledby="waiting-title">
      <h2 id="waiting-title">{connected ? 'The meeting will start shortly' : 'Connecting…'}</h2>
      <p>This screen shows what the meeting is talking about, in plain words.</p>
    </section>
  );
}

function ViewBody({ view }: { view: FamilyView }) {
  if (!view.step) return <StepContent view={view} stepKey="welcome" />;
  return (
    <>
      <h2 className="family-step-title">{view.step.title}</h2>
      {view.step.shown ? (
        <StepContent view={view} stepKey={view.step.key} />
      ) : (
        <p className="family-note">The chair is not showing this part of the meeting on this screen.</p>
      )}
    </>
  );
}
