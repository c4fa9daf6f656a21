import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { newId, type Conference } from '../../../../../shared/model';
import { AppFailure } from '../../../../../electron/services/appFailure';
import { conferenceFile, freshDataDir, removeDataDir, servicesFor } from '../../../../fixtures/dataFolder';

let dir: string;
beforeEach(() => {
  dir = freshDataDir();
});
afterEach(() => removeDataDir(dir));

const child = (name: string) => ({ id: newId(), name, unborn: false, dateOfBirth: '2019-04-02' });
const member = (name: string) => ({ id: newId(), name, relationships: [], parentalResponsibility: true });

async function createWith(handlers: ReturnType<typeof servicesFor>['handlers'], date: string, childName: string, familyName = '') {
  const created = await handlers.createConference({ details: { kind: 'initial', date, familyName } });
  const conference: Conference = { ...created, children: [child(childName)], family: [member(`${familyName} parent`)] };
  await handlers.saveConference({ conference, baseRevision: created.revision });
  return created.id;
}

describe('conference storage', () => {
  it('creates, lists newest first, opens, saves and reopens after a restart', async () => {
    const { handlers } = servicesFor(dir);
    const older = await createWith(handlers, '2026-01-10', 'Amara Okafor', 'Okafor');
    const newer = await createWith(handlers, '2026-03-02', 'Leo Brennan', 'Brennan');
    const created = await handlers.createConference({ details: { kind: 'review', date: '2026-02-01' } });
    expect(created.details.localAuthority).toBe('London Borough of Lewisham');

    const again = servicesFor(dir).handlers; // a new process over the same folder
    const { conferences, quarantined } = await again.listConferences({});
    expect(conferences.map((c) => c.id)).toEqual([newer, created.id, older]);
    expect(conferences[0]).toMatchObject({ kind: 'initial', date: '2026-03-02', status: 'draft', childNames: ['Leo Brennan'], familyName: 'Brennan' });
    expect(quarantined).toEqual([]);
    const opened = await again.openConference({ id: older });
    expect(opened.conference.children[0]?.name).toBe('Amara Okafor');
    expect(opened.conference.revision).toBe(1);
    expect(opened.readOnly).toBeUndefined();
  });

  it('counts revisions, stamps updatedAt, and refuses a save based on an old revision', async () => {
    let clock = new Date('2026-05-01T09:00:00Z');
    const { handlers } = servicesFor(dir, { now: () => clock });
    const c = await handlers.createConference({ details: { kind: 'initial', date: '2026-05-10' } });
    clock = new Date('2026-05-01T09:05:00Z');
    const first = await handlers.saveConference({ conference: { ...c, details: { ...c.details, venue: 'Room 2' } }, baseRevision: 0 });
    expect(first).toEqual({ revision: 1, updatedAt: '2026-05-01T09:05:00.000Z' });

    const stale = handlers.saveConference({ conference: { ...c, details: { ...c.details, venue: 'Room 9' } }, baseRevision: 0 });
    await expect(stale).rejects.toMatchObject({ code: 'stale' });
    await expect(stale).rejects.toBeInstanceOf(AppFailure);
    expect((await handlers.openConference({ id: c.id })).conference.details.venue).toBe('Room 2');
  });

  it('skips a save that changes nothing', async () => {
    const { handlers } = servicesFor(dir);
    const c = await handlers.createConference({ details: { kind: 'initial', date: '2026-05-10' } });
    const path = conferenceFile(dir, c.id);
    const before = statSync(path);
    const result = await handlers.saveConference({ conference: c, baseRevision: 0 });
    expect(result.revision).toBe(0);
    const after = statSync(path);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('keeps the audit log and the exported status main-owned', async () => {
    const { handlers, repository } = servicesFor(dir);
    const c = await handlers.createConference({ details: { kind: 'initial', date: '2026-05-10' } });
    const entry = { at: '2026-05-10T12:00:00.000Z', what: 'minutes' as const, audience: 'full' as const, version: 1, files: [] };
    await repository.appendAudit(c.id, entry);
    const opened = (await handlers.openConference({ id: c.id })).conference;
    expect(opened).toMatchObject({ revision: 0, status: 'exported', audit: [entry] });
    // The renderer's copy predates the export: its save must neither drop the log nor the status.
    await handlers.saveConference({ conference: { ...c, status: 'held', audit: [], details: { ...c.details, chair: 'J. Patel' } }, baseRevision: 0 });
    const saved = (await handlers.openConference({ id: c.id })).conference;
    expect(saved).toMatchObject({ revision: 1, status: 'exported', audit: [entry] });
    expect(saved.details.chair).toBe('J. Patel');
    // And the renderer cannot claim "exported" itself.
    const fresh = await handlers.createConference({ details: { kind: 'initial', date: '2026-05-11' } });
    await handlers.saveConference({ conference: { ...fresh, status: 'exported', audit: [entry] }, baseRevision: 0 });
    expect((await handlers.openConference({ id: fresh.id })).conference).toMatchObject({ status: 'draft', audit: [] });
  });

  it('tells listeners about accepted saves', async () => {
    const { handlers, repository } = servicesFor(dir);
    const seen: number[] = [];
    repository.onSaved((c) => seen.push(c.revision));
    const c = await handlers.createConference({ details: { kind: 'initial', date: '2026-05-10' } });
    await handlers.saveConference({ conference: { ...c, details: { ...c.details, venue: 'Hall' } }, baseRevision: 0 });
    await handlers.saveConference({ conference: { ...c, details: { ...c.details, venue: 'Hall' }, revision: 1 }, baseRevision: 1 });
    expect(seen).toEqual([0, 1]);
  });

  it('deletes the file and the list entry', async () => {
    const { handlers } = servicesFor(dir);
    const id = await createWith(handlers, '2026-01-10', 'Amara Okafor');
    expect(existsSync(conferenceFile(dir, id))).toBe(true);
    await handlers.deleteConference({ id });
    expect(existsSync(conferenceFile(dir, id))).toBe(false);
    expect((await servicesFor(dir).handlers.listConferences({})).conferences).toEqual([]);
    await expect(handlers.openConference({ id })).rejects.toMatchObject({ code: 'not-found' });
    await expect(handlers.deleteConference({ id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps what a live session held when this laptop left it, across a restart, not in the list, and deletes it with the conference', async () => {
    const { handlers, repository } = servicesFor(dir);
    const id = await createWith(handlers, '2026-01-10', 'Amara Okafor');
    const held = (await handlers.openConference({ id })).conference;
    expect(await repository.sessionBase(id)).toBeNull();
    await repository.rememberSessionBase({ ...held, attendees: [] });
    const restarted = servicesFor(dir);
    expect(await restarted.repository.sessionBase(id)).toEqual({ ...held, attendees: [] });
    expect((await restarted.handlers.listConferences({})).conferences.map((c) => c.id)).toEqual([id]);
    await restarted.repository.forgetSessionBase(id);
    expect(await restarted.repository.sessionBase(id)).toBeNull();
    await restarted.repository.rememberSessionBase(held);
    await restarted.handlers.deleteConference({ id });
    expect(await servicesFor(dir).repository.sessionBase(id)).toBeNull();
  });

  it('searches by child or family name, ignoring case and accents', async () => {
    const { handlers } = servicesFor(dir);
    const zoe = await createWith(handlers, '2026-01-10', 'Zoë Ní Bhriain', 'Ní Bhriain');
    const kacper = await createWith(handlers, '2026-01-11', 'Kacper Wójcik', 'Wójcik');
    const ids = async (query: string) => (await handlers.listConferences({ query })).conferences.map((c) => c.id);
    expect(await ids('zoe')).toEqual([zoe]);
    expect(await ids('WOJCIK')).toEqual([kacper]);
    expect(await ids('ni bhriain parent')).toEqual([zoe]);
    expect(await ids('nobody')).toEqual([]);
    expect(await ids('')).toEqual([kacper, zoe]);
  });

  it('carries a conference over into a review', async () => {
    const { handlers } = servicesFor(dir);
    const first = await handlers.createConference({ details: { kind: 'initial', date: '2026-01-10', familyName: 'Okafor', venue: 'Room 1' } });
    const kid = child('Amara Okafor');
    const attendee = { id: newId(), name: 'Sam Reid', role: 'Social worker', agency: 'csc', kind: 'professional' as const, attendance: 'present' as const, remote: false };
    const danger = { id: newId(), kind: 'danger' as const, text: 'Worry', childIds: [kid.id], restricted: false };
    const action = { id: newId(), what: 'Visit weekly', measure: 'Visits logged', status: 'on-track' as const, statusNote: '', restricted: false, linkedItemId: danger.id };
    const full: Conference = {
      ...first,
      children: [kid],
      attendees: [attendee],
      map: [danger],
      plan: { ...first.plan, actions: [action], final: true },
      scaling: { ...first.scaling, anchors: { zero: 'Amara is taken into care', ten: 'Amara is safe at home' }, scores: [{ attendeeId: attendee.id, childId: kid.id, score: 4, reason: 'Some progress' }] },
    };
    await handlers.saveConference({ conference: full, baseRevision: 0 });

    const review = await handlers.createConference({ details: { kind: 'review', date: '2026-04-10' }, followOn: first.id });
    expect(review.id).not.toBe(first.id);
    expect(review.previousConferenceId).toBe(first.id);
    expect(review.details).toMatchObject({ kind: 'review', date: '2026-04-10', familyName: 'Okafor' });
    expect(review.children).toEqual([kid]);
    expect(review.attendees).toEqual([{ ...attendee, attendance: 'invited' }]);
    expect(review.map).toEqual([danger]);
    expect(review.plan.actions).toEqual([action]);
    expect(review.plan.final).toBe(false);
    expect(review.scaling.anchors.zero).toBe('Amara is taken into care');
    expect(review.scaling.scores).toEqual([]);
    expect(review.scaling.previous).toEqual({
      conferenceDate: '2026-01-10',
      anchors: full.scaling.anchors,
      scores: [{ childId: kid.id, childName: 'Amara Okafor', name: 'Sam Reid', agency: 'csc', professional: true, score: 4 }],
    });
    // The review starts from the first conference's decision, dissent and scores.
    expect(review.history?.meetings.map((m) => [m.kind, m.date])).toEqual([[full.details.kind, '2026-01-10']]);
    expect(review.revision).toBe(0);
    await expect(handlers.createConference({ details: { kind: 'review', date: '2026-04-10' }, followOn: newId() })).rejects.toMatchObject({ code: 'not-found' });
  });
});
