// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, createElement, type FunctionComponent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { newConference, type Attendee, type Conference } from '../../../../../shared/model';
import type { ChairsideApi } from '../../../../../shared/ipc';
import { setApi } from '../../../../../renderer/api/api';
import { useConferenceStore } from '../../../../../renderer/store/conferenceStore';

// A chair types a score for one of up to forty people (eight here): only that person's row should render again,
// not the others (each with two inputs); a reason typed a letter at a time should not
// render the plot, the summary or the tabs either; and an edit elsewhere in the record (the
// minutes, the details) should render nothing of scaling. React's Profiler counts the renders:
// each row is wrapped in one, keeping the row's own memo comparison, so a row that bails out is
// not counted. The plot stands for its panel and the tabs for the step: a plain counter counts
// each time their parent renders them.

const { renders } = vi.hoisted(() => ({ renders: new Map<string, number>() }));

const count = (id: string) => renders.set(id, (renders.get(id) ?? 0) + 1);

/** A Profiler around the component: it reports every commit in which anything inside it rendered. */
async function profiled<P extends object>(real: FunctionComponent<P>, idOf: (props: P) => string): Promise<FunctionComponent<P>> {
  const { Profiler, createElement } = await import('react');
  return (props: P) => createElement(Profiler, { id: idOf(props), onRender: count }, createElement(real, props));
}

/** Counts the times the component's parent renders it (a Profiler would also count the rows inside the tabs). */
async function counted<P extends object>(real: FunctionComponent<P>, id: string): Promise<FunctionComponent<P>> {
  const { createElement } = await import('react');
  return (props: P) => {
    count(id);
    return createElement(real, props);
  };
}

vi.mock('../../../../../renderer/features/scaling/ScoreRow', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../renderer/features/scaling/ScoreRow')>();
  const { memo } = await import('react');
  const row = real.ScoreRow as unknown as { type: FunctionComponent<Record<string, unknown>>; compare: ((a: object, b: object) => boolean) | null };
  // The row before issue 18 was given its attendee, the row now an id: both are counted, so the
  // test can be run against the old components to show what they rendered.
  const Counted = await profiled(row.type, (p) => String((p.attendee as Attendee | undefined)?.id ?? p.attendeeId));
  return { ...real, ScoreRow: memo(Counted, row.compare ?? undefined) };
});

vi.mock('../../../../../renderer/features/scaling/DotPlot', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../renderer/features/scaling/DotPlot')>();
  return { ...real, DotPlot: await counted(real.DotPlot, 'plot') };
});

vi.mock('../../../../../renderer/features/scaling/ChildTabs', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../renderer/features/scaling/ChildTabs')>();
  return { ...real, ChildTabs: await counted(real.ChildTabs, 'tabs') };
});

const { ScalingStep } = await import('../../../../../renderer/features/scaling/ScalingStep');

function person(id: string, kind: Attendee['kind']): Attendee {
  return { id, name: `Person ${id}`, role: 'Role', agency: '', kind, attendance: 'present', remote: false };
}

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.children.push({ id: 'k1', name: 'Ada', unborn: false }, { id: 'k2', name: 'Ben', unborn: false });
  for (let i = 1; i <= 6; i++) c.attendees.push(person(`p${i}`, 'professional'));
  c.attendees.push(person('f1', 'parent-carer'), person('f2', 'parent-carer'));
  c.scaling.anchors = { zero: 'Not safe at home', ten: 'Safe enough to end the plan' };
  c.scaling.anchorsConfirmedAt = '2026-03-02T10:00:00.000Z';
  c.scaling.showFamilyScores = true;
  c.scaling.scores.push({ attendeeId: 'p1', childId: 'k1', score: 5, reason: 'Some worries' }, { attendeeId: 'f1', childId: 'k1', score: 8, reason: '' });
  return c;
}

let root: Root;
let host: HTMLElement;

beforeEach(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  setApi({ saveConference: async ({ conference: c }) => ({ ok: true, value: { revision: c.revision + 1, updatedAt: new Date().toISOString() } }) } as Partial<ChairsideApi> as ChairsideApi);
  useConferenceStore.setState({ conference: conference(), readOnly: null, saveState: 'saved', saveError: null });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(createElement(ScalingStep)));
  renders.clear();
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  await useConferenceStore.getState().flush();
});

function scoreBox(attendeeId: string): HTMLInputElement {
  return host.querySelector<HTMLInputElement>(`input[data-attendee="${attendeeId}"]`)!;
}

function reasonBox(attendeeId: string): HTMLInputElement {
  return scoreBox(attendeeId).closest('tr')!.querySelector<HTMLInputElement>('input.reason-input')!;
}

async function press(input: HTMLInputElement, key: string) {
  await act(async () => {
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    // React tracks the value it last set; the native setter makes the change visible to onChange.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const scoreOf = (attendeeId: string, childId = 'k1') => useConferenceStore.getState().conference!.scaling.scores.find((s) => s.attendeeId === attendeeId && s.childId === childId);
const rendered = () => Object.fromEntries(renders);
const rows = () => [...renders.keys()].filter((k) => k !== 'plot' && k !== 'tabs').sort();

describe('typing a score re-renders only that row', () => {
  it('shows every row, the plot and the tabs once to begin with', async () => {
    await act(async () => root.render(createElement('div')));
    renders.clear();
    await act(async () => root.render(createElement(ScalingStep)));
    expect([...renders.keys()].sort()).toEqual(['f1', 'f2', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'plot', 'tabs']);
  });

  it('re-scoring someone renders their row and no other (the plot and summary show the new number)', async () => {
    await press(scoreBox('p1'), '7');
    expect(scoreOf('p1')?.score).toBe(7);
    expect(rows()).toEqual(['p1']);
    expect(renders.get('plot')).toBeGreaterThan(0);
  });

  it('a first score renders only that person’s row among the rows (the tabs count it)', async () => {
    await press(scoreBox('p4'), '3');
    expect(scoreOf('p4')).toMatchObject({ score: 3, reason: '' });
    expect(rows()).toEqual(['p4']);
    expect(host.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toContain('(3/8)');
  });

  it('typing the reason, a letter at a time, renders that row alone: not the plot, the summary or the tabs', async () => {
    for (const text of ['B', 'Be', 'Bet', 'Bett', 'Bette', 'Better']) await type(reasonBox('p1'), text);
    expect(scoreOf('p1')?.reason).toBe('Better');
    expect(rendered()).toEqual({ p1: expect.any(Number) });
  });

  it('clearing a score renders only that row among the rows', async () => {
    await type(scoreBox('f1'), '');
    expect(scoreOf('f1')).toBeUndefined();
    expect(rows()).toEqual(['f1']);
  });

  it('an edit elsewhere in the record renders nothing of scaling', async () => {
    await act(async () => useConferenceStore.getState().update((d) => void (d.details.venue = 'Town hall')));
    await act(async () => useConferenceStore.getState().update((d) => void (d.meeting.purpose = 'To decide whether Ada and Ben need a plan')));
    expect(rendered()).toEqual({});
  });

  it('a score changed elsewhere (another window, an undo) still reaches its row', async () => {
    await act(async () => useConferenceStore.getState().update((d) => void (d.scaling.scores[0]!.score = 2)));
    expect(rows()).toEqual(['p1']);
    expect(scoreBox('p1').value).toBe('2');
  });
});
