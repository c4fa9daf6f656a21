// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, createElement, type FunctionComponent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { newConference, type Conference } from '../../../../shared/model';
import { fail, type ChairsideApi } from '../../../../shared/ipc';
import { setApi } from '../../../../renderer/api/api';
import { useConferenceStore } from '../../../../renderer/store/conferenceStore';
import { editView } from '../../../../shared/conference/commands/views';
import { startMeeting } from '../../../../shared/conference/commands/meeting';

// The workspace (header, clock, step navigation) renders again only for what it shows: the
// meeting, the details and the children. An edit on a page (a score, a view) used to render the
// whole workspace, and with it the page and every other part of it. The side navigation is
// rendered by the workspace alone, so its renders count the workspace's.

const { renders } = vi.hoisted(() => ({ renders: { nav: 0 } }));

vi.mock('../../../../renderer/features/workspace/SideNav', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../renderer/features/workspace/SideNav')>();
  const { createElement } = await import('react');
  const Counted: FunctionComponent<Parameters<typeof real.SideNav>[0]> = (props) => {
    renders.nav++;
    return createElement(real.SideNav, props);
  };
  return { ...real, SideNav: Counted };
});

const { Workspace } = await import('../../../../renderer/features/workspace/Workspace');

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.children.push({ id: 'k', name: 'Kasia', unborn: false });
  c.attendees.push({ id: 'grace', name: 'Grace Obi', role: 'Social worker', agency: 'social-care', kind: 'professional', attendance: 'present', remote: false });
  c.views.push({ id: 'v1', whose: 'child', attributedName: 'Kasia', text: 'I like school', restricted: false });
  return c;
}

let root: Root;
let host: HTMLElement;

beforeEach(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // Anything the workspace asks of main beyond saving answers "not here"; events never come.
  const api = new Proxy({} as Record<string, unknown>, {
    get: (_, name) => {
      if (name === 'on') return () => () => {};
      if (name === 'saveConference') return async ({ conference: c }: { conference: Conference }) => ({ ok: true, value: { revision: c.revision + 1, updatedAt: c.updatedAt } });
      return async () => fail('unknown-call', 'Not in this test.');
    },
  });
  setApi(api as unknown as ChairsideApi);
  useConferenceStore.setState({ conference: conference(), readOnly: null, saveState: 'saved', saveError: null });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(createElement(Workspace)));
  renders.nav = 0;
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  useConferenceStore.getState().closeWithoutSaving();
});

const edit = (recipe: (d: Conference) => void) => act(async () => useConferenceStore.getState().update(recipe));

describe('the workspace renders for what it shows', () => {
  it('not for a score or a view typed on a page', async () => {
    await edit((d) => void d.scaling.scores.push({ attendeeId: 'grace', childId: 'k', score: 6, reason: '' }));
    await edit((d) => editView(d, 'v1', { text: 'I like school and my teacher' }));
    expect(renders.nav).toBe(0);
  });

  it('for the meeting starting (the clock and the live step change)', async () => {
    await edit((d) => startMeeting(d, '2026-03-02T10:00:00.000Z'));
    expect(renders.nav).toBeGreaterThan(0);
    expect(host.textContent).toContain('End meeting');
  });
});
