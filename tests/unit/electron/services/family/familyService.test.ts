import { describe, it, expect, beforeEach } from 'vitest';
import { newConference, type Conference } from '../../../../../shared/model';
import type { FamilyScreen } from '../../../../../shared/family/familyView';
import type { ChairEvents } from '../../../../../shared/ipc';
import { createFamilyService } from '../../../../../electron/services/family/familyService';
import type { FamilyWindow } from '../../../../../electron/services/familyWindow';

function fakes(conference: Conference) {
  const savedListeners = new Set<(c: Conference) => void>();
  const family: FamilyScreen[] = [];
  const chair: ChairEvents['familyState'][] = [];
  let closedListener = () => {};
  const win: FamilyWindow & { opened: boolean } = {
    opened: false,
    async open() {
      win.opened = true;
      return { url: 'http://127.0.0.1:1/family.html#f=x' };
    },
    async close() {
      win.opened = false;
    },
    onClosed: (l) => {
      closedListener = l;
    },
  };
  const service = createFamilyService({
    repository: {
      load: async (id) => {
        if (id !== conference.id) throw new Error('not found');
        return conference;
      },
      onSaved: (l) => {
        savedListeners.add(l);
        return () => savedListeners.delete(l);
      },
    },
    events: {
      chair: (event, payload) => {
        if (event === 'familyState') chair.push(payload as ChairEvents['familyState']);
      },
      family: (screen) => family.push(screen),
    },
    familyWindow: win,
  });
  return { service, family, chair, win, save: (c: Conference) => savedListeners.forEach((l) => l(c)), userClosesWindow: () => closedListener() };
}

function conferenceWithSecret(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.map = [
    { id: 'm1', kind: 'strength', text: 'Mum reads every night', childIds: [], restricted: false },
    { id: 'm2', kind: 'harm', text: 'POLICE SECRET', childIds: [], restricted: true },
  ];
  // The meeting is on the map, so the family screen draws (and is sent) the map.
  c.meeting.currentStepId = c.meeting.agenda.find((s) => s.key === 'mapping')!.id;
  return c;
}

describe('familyService', () => {
  let c: Conference;
  let f: ReturnType<typeof fakes>;
  beforeEach(() => {
    c = conferenceWithSecret();
    f = fakes(c);
  });

  it('opens the window, returns its url and pushes only the projection', async () => {
    const state = await f.service.openFamilyView({ id: c.id });
    expect(state).toMatchObject({ open: true, curtain: false, conferenceId: c.id, url: expect.stringContaining('family.html') });
    const last = f.family.at(-1)!;
    expect(last.curtain).toBe(false);
    const json = JSON.stringify(last);
    expect(json).toContain('Mum reads every night');
    expect(json).not.toContain('POLICE SECRET');
    expect(json).not.toContain('"restricted"');
    expect(f.chair.at(-1)).toMatchObject({ open: true });
  });

  it('recomputes from every save of the open conference, and ignores other conferences', async () => {
    await f.service.openFamilyView({ id: c.id });
    const next = structuredClone(c);
    next.map.push({ id: 'm3', kind: 'strength', text: 'Gran helps at weekends', childIds: [], restricted: false });
    f.save(next);
    expect(JSON.stringify(f.family.at(-1))).toContain('Gran helps at weekends');
    const count = f.family.length;
    f.save({ ...next, id: 'someoneelse' });
    expect(f.family.length).toBe(count);
  });

  it('drops the curtain at once and lifts it again', async () => {
    await f.service.openFamilyView({ id: c.id });
    expect(await f.service.setCurtain({ down: true })).toMatchObject({ curtain: true });
    expect(f.family.at(-1)).toEqual({ curtain: true });
    // Saves while the curtain is down keep the family on the neutral screen.
    f.save(structuredClone(c));
    expect(f.family.at(-1)).toEqual({ curtain: true });
    await f.service.setCurtain({ down: false });
    expect(f.family.at(-1)).toMatchObject({ curtain: false });
  });

  it('shows the pinned step rather than the chair’s, and follows the chair again when unpinned', async () => {
    await f.service.openFamilyView({ id: c.id });
    const plan = c.meeting.agenda.find((s) => s.key === 'plan')!;
    await f.service.pinFamilyStep({ stepId: plan.id });
    const pinned = f.family.at(-1) as Extract<FamilyScreen, { curtain: false }>;
    expect(pinned.view?.step?.key).toBe('plan');
    expect((await f.service.getFamilyState({})).pinnedStepId).toBe(plan.id);
    await f.service.pinFamilyStep({});
    const following = f.family.at(-1) as Extract<FamilyScreen, { curtain: false }>;
    expect(following.view?.step?.key).toBe('mapping'); // the chair's current step
    await expect(f.service.pinFamilyStep({ stepId: 'nosuchstep' })).rejects.toThrow(/no longer exists/);
  });

  it('closing blanks the family screen and tells the chair', async () => {
    await f.service.openFamilyView({ id: c.id });
    expect(await f.service.closeFamilyView({})).toMatchObject({ open: false });
    expect(f.family.at(-1)).toEqual({ curtain: true });
    expect(f.win.opened).toBe(false);
    const count = f.family.length;
    f.save(structuredClone(c));
    expect(f.family.length).toBe(count);
  });

  it('notices when the family window is closed by hand', async () => {
    await f.service.openFamilyView({ id: c.id });
    f.userClosesWindow();
    expect(f.chair.at(-1)).toMatchObject({ open: false });
    expect((await f.service.getFamilyState({})).open).toBe(false);
  });
});
