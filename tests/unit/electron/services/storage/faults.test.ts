import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newConference, newId, SCHEMA_VERSION } from '../../../../../shared/model';
import { conferenceFile, flipByte, freshDataDir, removeDataDir, seedRawConference, servicesFor, truncateFile } from '../../../../fixtures/dataFolder';

let dir: string;
beforeEach(() => {
  dir = freshDataDir();
});
afterEach(() => removeDataDir(dir));

const quarantineDir = () => join(dir, 'quarantine');

async function twoConferences() {
  const { handlers } = servicesFor(dir);
  const good = await handlers.createConference({ details: { kind: 'initial', date: '2026-01-10', familyName: 'Good' } });
  const bad = await handlers.createConference({ details: { kind: 'initial', date: '2026-01-11', familyName: 'Bad' } });
  return { good, bad };
}

describe('files that cannot be opened', () => {
  it.each([
    ['a flipped byte in the ciphertext', (p: string) => flipByte(p)],
    ['a flipped byte in the authentication tag', (p: string) => flipByte(p, readFileSync(p).length - 1)],
    ['a truncated file', (p: string) => truncateFile(p, 40)],
    ['an empty file', (p: string) => writeFileSync(p, '')],
    ['plain text', (p: string) => writeFileSync(p, '{"record": {}}')],
  ])('%s: the file is moved to quarantine, listed, and the others still work', async (_what, damage) => {
    const { good, bad } = await twoConferences();
    const original = readFileSync(conferenceFile(dir, bad.id));
    damage(conferenceFile(dir, bad.id));
    const damaged = readFileSync(conferenceFile(dir, bad.id));

    const { handlers } = servicesFor(dir); // start-up notices the changed file
    const listed = await handlers.listConferences({});
    expect(listed.conferences.map((c) => c.id)).toEqual([good.id]);
    expect(listed.quarantined).toHaveLength(1);
    expect(listed.quarantined[0]).toMatchObject({ id: bad.id, fileName: `${bad.id}.json` });
    expect(listed.quarantined[0]?.reason).toMatch(/could not be decrypted|damaged|readable/);
    expect(existsSync(conferenceFile(dir, bad.id))).toBe(false);
    // Moved, never deleted or rewritten.
    const kept = readdirSync(quarantineDir()).filter((n) => n.startsWith(`${bad.id}.json`) && !n.endsWith('.reason.json'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(quarantineDir(), kept[0]!))).toEqual(damaged);
    expect(damaged).not.toEqual(original);

    const opened = await handlers.openConference({ id: good.id });
    expect(opened.conference.details.familyName).toBe('Good');
    await handlers.saveConference({ conference: { ...opened.conference, details: { ...opened.conference.details, venue: 'Hall' } }, baseRevision: 0 });
    await handlers.createConference({ details: { kind: 'review', date: '2026-02-01' } });
    expect((await handlers.listConferences({})).conferences).toHaveLength(2);
  });

  it('quarantines a file damaged while the app is running, when it is opened', async () => {
    const { handlers } = servicesFor(dir);
    const c = await handlers.createConference({ details: { kind: 'initial', date: '2026-01-10' } });
    flipByte(conferenceFile(dir, c.id));
    await expect(handlers.openConference({ id: c.id })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/moved aside, not deleted/) });
    const listed = await handlers.listConferences({});
    expect(listed.conferences).toEqual([]);
    expect(listed.quarantined.map((q) => q.id)).toEqual([c.id]);
  });

  it('quarantines a record that decrypts but is not a conference, or claims another id', async () => {
    const { handlers } = servicesFor(dir);
    const c = await handlers.createConference({ details: { kind: 'initial', date: '2026-01-10' } });
    const junk = newId();
    await seedRawConference(dir, junk, { schemaVersion: SCHEMA_VERSION, id: junk, nonsense: true });
    const impostor = newId();
    await seedRawConference(dir, impostor, newConference({ kind: 'initial', date: '2026-01-10' })); // its own id differs
    const listed = await servicesFor(dir).handlers.listConferences({});
    expect(listed.conferences.map((s) => s.id)).toEqual([c.id]);
    expect(listed.quarantined.map((q) => q.id).sort()).toEqual([junk, impostor].sort());
    expect(listed.quarantined.find((q) => q.id === impostor)?.reason).toMatch(/different conference/);
  });

  it('does not accept one conference file copied over another', async () => {
    const { good, bad } = await twoConferences();
    writeFileSync(conferenceFile(dir, bad.id), readFileSync(conferenceFile(dir, good.id)));
    const listed = await servicesFor(dir).handlers.listConferences({});
    expect(listed.conferences.map((c) => c.id)).toEqual([good.id]);
    expect(listed.quarantined.map((q) => q.id)).toEqual([bad.id]);
  });

  it('rebuilds a damaged index from the conference files without losing any', async () => {
    const { good, bad } = await twoConferences();
    flipByte(join(dir, 'index.json'));
    const listed = await servicesFor(dir).handlers.listConferences({});
    expect(listed.conferences.map((c) => c.id).sort()).toEqual([good.id, bad.id].sort());
    expect(listed.quarantined).toEqual([]); // the index is a cache, not the user's work
    expect(readdirSync(quarantineDir()).some((n) => n.startsWith('index.json'))).toBe(true);
  });

  it('refuses to start with the wrong key rather than quarantining everything', async () => {
    await twoConferences();
    writeFileSync(join(dir, 'test-data-key.json'), JSON.stringify({ key: Buffer.alloc(32, 7).toString('base64') }));
    await expect(servicesFor(dir).handlers.listConferences({})).rejects.toMatchObject({ code: 'storage' });
    expect(existsSync(quarantineDir())).toBe(false);
    expect(readdirSync(join(dir, 'conferences'))).toHaveLength(2);
  });
});

describe('records from other versions', () => {
  it('opens a version 0 record after upgrading it, and saves it in the current shape', async () => {
    const id = newId();
    const current = newConference({ kind: 'initial', date: '2025-12-01', familyName: 'Okafor' });
    const { schemaVersion: _v, audit: _a, ...rest } = { ...current, id, revision: 3 };
    const v0 = { ...rest, children: [{ id: newId(), name: 'Amara Okafor', unborn: false, dob: '2019-04-02' }] };
    await seedRawConference(dir, id, v0);

    const { handlers } = servicesFor(dir);
    expect((await handlers.listConferences({})).conferences[0]).toMatchObject({ id, childNames: ['Amara Okafor'], familyName: 'Okafor' });
    const opened = await handlers.openConference({ id });
    expect(opened.upgradedFrom).toBe(0);
    expect(opened.conference.schemaVersion).toBe(SCHEMA_VERSION);
    expect(opened.conference.children[0]?.dateOfBirth).toBe('2019-04-02');
    expect(opened.conference.audit).toEqual([]);
    // Even an unchanged save writes it back in the current shape.
    expect((await handlers.saveConference({ conference: opened.conference, baseRevision: 3 })).revision).toBe(4);
    expect((await servicesFor(dir).handlers.openConference({ id })).upgradedFrom).toBeUndefined();
  });

  it('opens a record from a newer version read-only, keeps what it understands, and never writes it', async () => {
    const id = newId();
    const base = newConference({ kind: 'review', date: '2027-06-01', familyName: 'Brennan' });
    const future = {
      ...base,
      id,
      schemaVersion: SCHEMA_VERSION + 1,
      children: [{ id: newId(), name: 'Leo Brennan', unborn: false, dateOfBirth: '2018-01-01', pronouns: 'he/him' }],
      details: { ...base.details, hologramRoom: 'B' },
      somethingNew: { a: 1 },
    };
    const path = await seedRawConference(dir, id, future);
    const bytes = readFileSync(path);

    const { handlers, repository } = servicesFor(dir);
    expect((await handlers.listConferences({})).conferences[0]).toMatchObject({ id, childNames: ['Leo Brennan'], familyName: 'Brennan' });
    const opened = await handlers.openConference({ id });
    expect(opened.readOnly?.reason).toMatch(/newer version of Chairside/);
    expect(opened.conference.children[0]).toMatchObject({ name: 'Leo Brennan', dateOfBirth: '2018-01-01' });
    expect(opened.conference.details).toMatchObject({ kind: 'review', familyName: 'Brennan' });

    await expect(handlers.saveConference({ conference: opened.conference, baseRevision: opened.conference.revision })).rejects.toMatchObject({ code: 'read-only' });
    await expect(repository.appendAudit(id, { at: '2027-06-01T10:00:00.000Z', what: 'plan', audience: 'full', version: 1, files: [] })).rejects.toMatchObject({ code: 'read-only' });
    await repository.flush();
    expect(readFileSync(path)).toEqual(bytes);
    expect(existsSync(quarantineDir())).toBe(false);
  });
});
