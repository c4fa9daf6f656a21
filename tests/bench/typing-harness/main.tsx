import { createRoot } from 'react-dom/client';
import { setApi } from '../../../renderer/api/api';
import { useConferenceStore } from '../../../renderer/store/conferenceStore';
import { MinuteTakerView } from '../../../renderer/features/minutes/MinuteTakerView';
import { PlanStep } from '../../../renderer/features/plan/PlanStep';
import { CloseStep } from '../../../renderer/features/plan/CloseStep';
import type { ChairsideApi } from '../../../shared/ipc';
import { newConference } from '../../../shared/model';
import { BENCH_ATTENDEES, TYPING_STEP_INDEX, seedMinutes } from '../minutesSeed';

// The real minute-taker screen on a conference whose minutes hold N words, or a plain textarea
// holding the same words: the typing benchmark's two sides. Saves are answered in memory after
// serialising the whole conference, as the browser host's transport does. Both sides spellcheck
// (en-GB), as the minutes editor does.
//   ?mode=editor|textarea&words=30000&layout=spread|single
const q = new URLSearchParams(location.search);
const mode = q.get('mode') ?? 'editor';
const total = Number(q.get('words') ?? 1000);
const layout = q.get('layout') ?? 'spread';

const conference = newConference({ kind: 'initial', date: '2026-03-02', familyName: 'Smith' });
conference.attendees = BENCH_ATTENDEES;
const steps = conference.meeting.agenda;
const typingStep = steps[TYPING_STEP_INDEX]!;
const allText = seedMinutes(steps, BENCH_ATTENDEES, total, layout === 'single' ? 'single' : 'spread');
conference.meeting.currentStepId = typingStep.id;

setApi({
  saveConference: async ({ conference: c }: { conference: { revision: number } }) => {
    JSON.stringify(c);
    return { ok: true, value: { revision: c.revision + 1, updatedAt: new Date().toISOString() } };
  },
} as unknown as ChairsideApi);
useConferenceStore.setState({ conference, readOnly: null, saveState: 'saved' });

declare global {
  interface Window {
    __ready: boolean;
    __typingStepWords: number;
  }
}

const root = createRoot(document.getElementById('root')!);
if (mode === 'plan' || mode === 'close') {
  // For looking at the plan screens on the same seeded conference (not timed).
  conference.children = [{ id: 'jay', name: 'Jay Smith', unborn: false }];
  conference.map = [
    { id: 'd1', kind: 'danger', text: 'Social care are worried that when Kelly drinks in the evening nobody looks after Jay.', childIds: ['jay'], restricted: false },
    { id: 'g1', kind: 'safety-goal', text: 'The LADO and core group will ensure appropriate safeguarding arrangements are maintained consistently.', childIds: ['jay'], restricted: false, pairedDangerId: 'd1' },
  ];
  conference.decisions = [{ childId: 'jay', outcome: 'cp-plan', categories: ['neglect'], reasons: 'Jay is often left alone.' }];
  conference.plan.actions = [{ id: 'a1', what: 'Kelly to engage with services', measure: '', status: 'not-started', statusNote: '', restricted: false }];
  useConferenceStore.setState({ conference: { ...conference } });
  root.render(<main className="harness-main">{mode === 'plan' ? <PlanStep /> : <CloseStep />}</main>);
  window.__ready = true;
} else if (mode === 'textarea') {
  root.render(
    <main className="harness-main">
      <label htmlFor="ta">Minutes (plain textarea)</label>
      <textarea id="ta" className="harness-textarea" defaultValue={allText} spellCheck lang="en-GB" />
    </main>,
  );
  const wait = () => {
    if (document.getElementById('ta')) window.__ready = true;
    else requestAnimationFrame(wait);
  };
  requestAnimationFrame(wait);
} else {
  root.render(
    <main className="harness-main">
      <MinuteTakerView />
    </main>,
  );
  const wait = () => {
    const el = document.querySelector<HTMLElement>('.cs-minutes-doc');
    if (el) window.__ready = true;
    else requestAnimationFrame(wait);
  };
  requestAnimationFrame(wait);
}
window.__typingStepWords = layout === 'single' ? total : Math.ceil(total / steps.length);
