import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { setApi } from '../../../renderer/api/api';
import { useConferenceStore } from '../../../renderer/store/conferenceStore';
import type { ChairsideApi } from '../../../shared/ipc';
import type { ConferenceKind } from '../../../shared/model';
import { MapStep } from '../../../renderer/features/map/MapStep';
import { AnchorsPage } from '../../../renderer/features/scaling/AnchorsPage';
import { ScalingStep } from '../../../renderer/features/scaling/ScalingStep';
import { RecommendationsStep } from '../../../renderer/features/recommendations/RecommendationsStep';
import { DecisionStep } from '../../../renderer/features/decision/DecisionStep';
import { seedConference } from './seed';

// A page that shows one of this work's screens on a seeded conference, with saves answered in
// memory. Used by the scaling benchmark (production build) and for looking at the screens.
const q = new URLSearchParams(location.search);
const PAGES = { map: MapStep, anchors: AnchorsPage, scaling: ScalingStep, recommendations: RecommendationsStep, decision: DecisionStep };
const Page = PAGES[(q.get('page') ?? 'scaling') as keyof typeof PAGES] ?? ScalingStep;

setApi({
  saveConference: async ({ conference }: { conference: { revision: number } }) => ({ ok: true, value: { revision: conference.revision + 1, updatedAt: new Date().toISOString() } }),
} as unknown as ChairsideApi);

function seed() {
  return seedConference({
    children: Number(q.get('children') ?? 2),
    attendees: Number(q.get('attendees') ?? 8),
    kind: (q.get('kind') ?? 'initial') as ConferenceKind,
    scored: q.get('scored') === '1',
    withPrevious: q.get('previous') === '1',
  });
}

const host = document.getElementById('root')!;
let root: Root | null = null;

function mount(): number {
  root?.unmount();
  host.textContent = '';
  useConferenceStore.setState({ conference: seed(), readOnly: null, saveState: 'saved' });
  root = createRoot(host);
  const t0 = performance.now();
  flushSync(() => root!.render(<main className="harness-main"><Page /></main>));
  return performance.now() - t0;
}

const nextPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    }),
  );

declare global {
  interface Window {
    __bench: { mount(): Promise<{ sync: number; paint: number }>; score(row: number, key: string): Promise<{ sync: number; paint: number }> };
  }
}

window.__bench = {
  async mount() {
    const t0 = performance.now();
    const sync = mount();
    const t1 = await nextPaint();
    return { sync, paint: t1 - t0 };
  },
  async score(row, key) {
    const input = document.querySelector<HTMLInputElement>(`[data-score-row="${row}"]`);
    if (!input) throw new Error(`no score row ${row}`);
    input.focus();
    const t0 = performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    const sync = performance.now() - t0;
    const t1 = await nextPaint();
    if (input.value !== key) throw new Error(`score not applied: ${input.value}`);
    return { sync, paint: t1 - t0 };
  },
};

if (q.get('autostart') !== '0') mount();
