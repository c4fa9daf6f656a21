// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, createElement, Profiler, type FunctionComponent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { newConference, type Conference } from '../../../../shared/model';
import { fail, type ChairsideApi } from '../../../../shared/ipc';
import { setApi } from '../../../../renderer/api/api';
import { useConferenceStore } from '../../../../renderer/store/conferenceStore';
import { ViewsStep } from '../../../../renderer/features/views/ViewsStep';
import { ContributionsStep } from '../../../../renderer/features/contributions/ContributionsStep';
import { ChildrenEditor } from '../../../../renderer/features/details/ChildrenEditor';
import { PurposeStep } from '../../../../renderer/features/purpose/PurposeStep';
import { PeoplePage } from '../../../../renderer/features/people/PeoplePage';
import { FamilyMembersEditor } from '../../../../renderer/features/details/FamilyMembersEditor';
import { setRemote } from '../../../../shared/conference/commands/people';
import { RestrictedPage } from '../../../../renderer/features/restricted/RestrictedPage';
import { DetailsPage } from '../../../../renderer/features/details/DetailsPage';
import { addRestrictedEntry } from '../../../../shared/conference/commands/restricted';
import { MapStep } from '../../../../renderer/features/map/MapStep';
import { RecommendationsStep } from '../../../../renderer/features/recommendations/RecommendationsStep';
import { CloseStep } from '../../../../renderer/features/plan/CloseStep';
import { PlanStep } from '../../../../renderer/features/plan/PlanStep';
import { addAction } from '../../../../shared/conference/commands/plan';
import { StepReleaseChoice } from '../../../../renderer/features/family/StepReleaseChoice';
import { DecisionStep } from '../../../../renderer/features/decision/DecisionStep';
import { CirculationPage } from '../../../../renderer/features/circulation/CirculationPage';
import { recordDecision } from '../../../../shared/conference/commands/decision';
import { addRecipient } from '../../../../shared/conference/commands/circulation';
import { setStepFamilyView } from '../../../../shared/conference/commands/meeting';
import { addMapItem } from '../../../../shared/conference/commands/map';
import { recommendPlan } from '../../../../shared/conference/commands/decision';
import { setFamilyUnderstood } from '../../../../shared/conference/commands/meeting';
import { editView } from '../../../../shared/conference/commands/views';
import { editChild, setDetail } from '../../../../shared/conference/commands/details';
import { addExclusion } from '../../../../shared/conference/commands/meeting';

// Each page selects the parts of the record it shows, so an edit elsewhere (a score typed on
// another step, a word in the minutes' step) renders none of it. React's Profiler counts commits
// in which anything inside it rendered. With the whole record selected, every edit rendered every page.

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.children.push({ id: 'k', name: 'Kasia', unborn: false });
  c.attendees.push(
    { id: 'mum', name: 'Anna Nowak', role: 'Mother', agency: '', kind: 'parent-carer', attendance: 'present', remote: false },
    { id: 'grace', name: 'Grace Obi', role: 'Social worker', agency: 'social-care', kind: 'professional', attendance: 'present', remote: false },
  );
  c.views.push({ id: 'v1', whose: 'child', attributedName: 'Kasia', text: 'I like school', restricted: false });
  return c;
}

let root: Root;
let host: HTMLElement;
let renders = 0;

async function mount(page: FunctionComponent) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(createElement(Profiler, { id: 'page', onRender: () => void renders++ }, createElement(page))));
  renders = 0;
}

async function edit(recipe: (d: Conference) => void) {
  await act(async () => useConferenceStore.getState().update(recipe));
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom has no layout: the map's columns watch their size, which never changes here.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  setApi({
    saveConference: async ({ conference: c }) => ({ ok: true, value: { revision: c.revision + 1, updatedAt: c.updatedAt } }),
    // The pages read the settings once; the defaults stand in for them here.
    getSettings: async () => fail('unknown-call', 'Not in this test.'),
  } as Partial<ChairsideApi> as ChairsideApi);
  useConferenceStore.setState({ conference: conference(), readOnly: null, saveState: 'saved', saveError: null });
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  useConferenceStore.getState().closeWithoutSaving();
});

const score = (d: Conference) => void d.scaling.scores.push({ attendeeId: 'grace', childId: 'k', score: 6, reason: '' });

describe('pages render only for the parts they show', () => {
  it('the views step: not for a score or the venue, once for a view', async () => {
    await mount(() => createElement(ViewsStep, { whose: 'child' }));
    await edit(score);
    await edit((d) => setDetail(d, 'venue', 'Civic Centre'));
    expect(renders).toBe(0);
    await edit((d) => editView(d, 'v1', { text: 'I like school and my teacher' }));
    expect(renders).toBe(1);
    expect(host.textContent).not.toContain('Civic Centre');
  });

  it('the updates step: not for a score or a view', async () => {
    await mount(ContributionsStep);
    await edit(score);
    await edit((d) => editView(d, 'v1', { text: 'Changed' }));
    expect(renders).toBe(0);
  });

  it('the children on Details: not for a score, once for a child', async () => {
    await mount(ChildrenEditor);
    await edit(score);
    expect(renders).toBe(0);
    await edit((d) => editChild(d, 'k', { name: 'Katarzyna' }));
    expect(renders).toBe(1);
  });

  it('purpose and exclusions: not for a view, once for an exclusion', async () => {
    await mount(PurposeStep);
    await edit((d) => editView(d, 'v1', { text: 'Changed' }));
    expect(renders).toBe(0);
    await edit((d) => addExclusion(d, 'x1', 'mum'));
    expect(renders).toBe(1);
  });

  it('People (with the family list and the interpreter fields): not for a score or a view, once for a person', async () => {
    await mount(PeoplePage);
    await edit(score);
    await edit((d) => editView(d, 'v1', { text: 'Changed' }));
    expect(renders).toBe(0);
    await edit((d) => setRemote(d, 'grace', true));
    expect(renders).toBe(1);
  });

  it('the family on Details: not for a score or the venue', async () => {
    await mount(FamilyMembersEditor);
    await edit(score);
    await edit((d) => setDetail(d, 'venue', 'Civic Centre'));
    expect(renders).toBe(0);
  });

  it('the restricted register: not for a score or the venue, once for an entry', async () => {
    await mount(RestrictedPage);
    await edit(score);
    await edit((d) => setDetail(d, 'venue', 'Civic Centre'));
    expect(renders).toBe(0);
    await edit((d) => addRestrictedEntry(d, 'e1'));
    expect(renders).toBe(1);
  });

  it('Details: not for a score or a view, once for the venue', async () => {
    await mount(DetailsPage);
    await edit(score);
    await edit((d) => editView(d, 'v1', { text: 'Changed' }));
    expect(renders).toBe(0);
    await edit((d) => setDetail(d, 'venue', 'Civic Centre'));
    expect(renders).toBe(1);
  });

  it('the map: not for a score or a view, once for an item', async () => {
    await mount(MapStep);
    await edit(score);
    await edit((d) => editView(d, 'v1', { text: 'Changed' }));
    expect(renders).toBe(0);
    await edit((d) => addMapItem(d, 'h1', 'harm'));
    expect(renders).toBe(1);
  });

  it('recommendations: not for a score or a view, once for a recommendation', async () => {
    await mount(RecommendationsStep);
    await edit(score);
    await edit((d) => editView(d, 'v1', { text: 'Changed' }));
    expect(renders).toBe(0);
    await edit((d) => recommendPlan(d, 'grace', 'k', true));
    expect(renders).toBe(1);
  });

  it('close: not for a score or a view, once for the family’s understanding', async () => {
    await mount(CloseStep);
    await edit(score);
    await edit((d) => editView(d, 'v1', { text: 'Changed' }));
    expect(renders).toBe(0);
    await edit((d) => setFamilyUnderstood(d, { decision: true }));
    expect(renders).toBe(1);
  });

  it('the plan (with its people, actions, dates and final check): not for a score or a view, once for an action', async () => {
    await mount(PlanStep);
    await edit(score);
    await edit((d) => editView(d, 'v1', { text: 'Changed' }));
    expect(renders).toBe(0);
    await edit((d) => addAction(d, 'a1'));
    expect(renders).toBe(1);
  });

  it('a step’s release choice (in the header on every step): not for a score or a view, once for the step', async () => {
    const step = useConferenceStore.getState().conference!.meeting.agenda[1]!;
    await mount(() => createElement(StepReleaseChoice, { step }));
    await edit(score);
    await edit((d) => editView(d, 'v1', { text: 'Changed' }));
    expect(renders).toBe(0);
    await edit((d) => setStepFamilyView(d, step.id, { show: false }));
    expect(renders).toBe(1);
  });

  it('the decision: not for a view or the plan, but for a decision (the form then settles in a second commit)', async () => {
    await mount(DecisionStep);
    await edit((d) => editView(d, 'v1', { text: 'Changed' }));
    await edit((d) => addAction(d, 'a1'));
    expect(renders).toBe(0);
    await edit((d) => recordDecision(d, 'k', { outcome: 'cp-plan', categories: ['neglect'], reasons: 'Neglect' }));
    expect(renders).toBeGreaterThan(0);
  });

  it('circulation: not for a score or a view, once for a recipient', async () => {
    await mount(CirculationPage);
    await edit(score);
    await edit((d) => editView(d, 'v1', { text: 'Changed' }));
    expect(renders).toBe(0);
    await edit((d) => addRecipient(d, 'gp'));
    expect(renders).toBe(1);
  });
});
