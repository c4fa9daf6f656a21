import { createRoot } from 'react-dom/client';
import { setApi } from '../../../renderer/api/api';
import { useConferenceStore } from '../../../renderer/store/conferenceStore';
import { MinuteTakerView } from '../../../renderer/features/minutes/MinuteTakerView';
import { PlanStep } from '../../../renderer/features/plan/PlanStep';
import { CloseStep } from '../../../renderer/features/plan/CloseStep';
import type { ChairsideApi } from '../../../shared/ipc';
import { newConference, type Attendee, type RichNode } from '../../../shared/model';

// The real minute-taker screen on a conference whose minutes hold N words, or a plain textarea
// holding the same words: the typing benchmark's two sides. Saves are answered in memory after
// serialising the whole conference, as the browser host's transport does. Both sides spellcheck
// (en-GB), as the minutes editor does.
//   ?mode=editor|textarea&words=30000&layout=spread|single
const q = new URLSearchParams(location.search);
const mode = q.get('mode') ?? 'editor';
const total = Number(q.get('words') ?? 1000);
const layout = q.get('layout') ?? 'spread';

const VOCAB = (
  'the school said that jay has been late on most mornings this term and his mum explained that the bus ' +
  'route changed in september social care are worried that when kelly drinks in the evening the children ' +
  'are not put to bed and nobody checks they are safe the health visitor saw the baby at clinic on tuesday ' +
  'weight is on the centile and the home was warm and tidy grandma has offered to stay over on fridays ' +
  'police attended the address twice in august after neighbours called about shouting no arrests were made'
).split(' ');

let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const sentence = (n: number) => Array.from({ length: n }, () => VOCAB[Math.floor(rand() * VOCAB.length)]!).join(' ');

const conference = newConference({ kind: 'initial', date: '2026-03-02', familyName: 'Smith' });
const attendees: Attendee[] = ['Sam Okoro', 'Kelly Smith', 'DC Priya Patel', 'Jo Hart', 'Dr Ahmed'].map((name, i) => ({
  id: `att${i}`,
  name,
  role: '',
  agency: ['childrens-social-care', '', 'police', 'health-visiting', 'gp'][i]!,
  kind: i === 1 ? 'parent-carer' : 'professional',
  attendance: 'present',
  remote: false,
}));
conference.attendees = attendees;

/** Paragraphs of about 60 words, each started by a speaker chip, as minutes look. */
function minutesOf(words: number): { doc: RichNode; text: string } {
  const content: RichNode[] = [];
  const lines: string[] = [];
  let left = words;
  let i = 0;
  while (left > 0) {
    const n = Math.min(left, 60);
    const words = sentence(n);
    const who = attendees[i++ % attendees.length]!;
    content.push({ type: 'paragraph', content: [{ type: 'speaker', attrs: { attendeeId: who.id } }, { type: 'text', text: ` ${words}.` }] });
    lines.push(`${who.name}: ${words}.`);
    left -= n;
  }
  if (content.length === 0) content.push({ type: 'paragraph' });
  return { doc: { type: 'doc', content }, text: lines.join('\n\n') };
}

const steps = conference.meeting.agenda;
const typingStep = steps[5]!; // mapping: mid-meeting
let allText: string;
if (layout === 'single') {
  const m = minutesOf(total);
  typingStep.minutes = m.doc;
  allText = m.text;
} else {
  // A three-hour meeting spreads its words over the agenda; each step is its own document.
  const per = Math.ceil(total / steps.length);
  const texts: string[] = [];
  for (const s of steps) {
    const m = minutesOf(per);
    s.minutes = m.doc;
    texts.push(m.text);
  }
  allText = texts.join('\n\n');
}
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
