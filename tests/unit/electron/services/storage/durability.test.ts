import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Conference } from '../../../../../shared/model';
import { TEMP_FILE } from '../../../../../electron/services/storage/paths';
import { conferenceFile, freshDataDir, removeDataDir, servicesFor } from '../../../../fixtures/dataFolder';
import { errno, faultyFs, type Faults } from '../../../../fixtures/faultyFs';

let dir: string;
beforeEach(() => {
  dir = freshDataDir('chairside-durable-');
});
afterEach(() => removeDataDir(dir));

type Services = ReturnType<typeof servicesFor>;

/** A conference saved twice (revision 2 acknowledged), and the services that saved it. */
async function savedTwice(services: Services) {
  const created = await services.handlers.createConference({ details: { kind: 'initial', date: '2026-01-10', familyName: 'Okafor' } });
  let conference: Conference = created;
  for (const venue of ['Room 1', 'Room 2']) {
    const next = { ...conference, details: { ...conference.details, venue } };
    const saved = await services.handlers.saveConference({ conference: next, baseRevision: conference.revision });
    conference = { ...next, revision: saved.revision, updatedAt: saved.updatedAt };
  }
  return conference;
}

const edited = (c: Conference, purpose: string): Conference => ({ ...c, meeting: { ...c.meeting, purpose } });

/** What a restart finds: it must open at the last acknowledged revision, with nothing moved aside. */
async function afterRestart(id: string) {
  const { handlers, repository } = servicesFor(dir);
  const listed = await handlers.listConferences({});
  const opened = await handlers.openConference({ id });
  await repository.close();
  return { listed, opened };
}

const leftovers = () => [...readdirSync(join(dir, 'conferences')), ...readdirSync(dir)].filter((n) => TEMP_FILE.test(n));

describe('a save the disk cannot take is refused in words, and nothing is lost', () => {
  const cases: [string, Faults, RegExp, string][] = [
    [
      'a full disk: a short write, then ENOSPC',
      { write: (path, length) => (path.includes('conferences') ? (length > 100 ? Math.floor(length / 2) : errno('ENOSPC')) : undefined) },
      /disk is full.*Free some space.*edits are still on screen/,
      'disk-full',
    ],
    ['a full disk that writes nothing at all', { write: (path) => (path.includes('conferences') ? 0 : undefined) }, /disk is full/, 'disk-full'],
    ['EIO on fsync of the file', { fsync: (path, isDir) => (!isDir && path.includes('conferences') ? errno('EIO') : undefined) }, /disk reported an error \(EIO\).*not saved.*edits are still on screen/, 'storage'],
    ['EROFS at the rename', { rename: (_from, to) => (to.includes('conferences') ? errno('EROFS') : undefined) }, /cannot be written to.*not saved/, 'read-only'],
    [
      'bytes that read back differently',
      { read: (path, bytes) => (path.endsWith('.partial') ? Buffer.concat([bytes.subarray(0, 100), Buffer.from('x'), bytes.subarray(101)]) : bytes) },
      /did not read back correctly.*not saved/,
      'storage',
    ],
  ];

  it.each(cases)('%s', async (_what, faults, message, code) => {
    const fs = faultyFs(faults);
    const services = servicesFor(dir, { fs });
    const conference = await savedTwice(services);
    const before = readFileSync(conferenceFile(dir, conference.id));

    fs.armed = true;
    const refused = services.handlers.saveConference({ conference: edited(conference, 'words that must not be lost'), baseRevision: 2 });
    await expect(refused).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    // The previous version is the file, byte for byte; no partial file is left beside it.
    expect(readFileSync(conferenceFile(dir, conference.id))).toEqual(before);
    expect(leftovers()).toEqual([]);
    // The same window saves the same edits, on the same base, once the disk is back.
    fs.armed = false;
    await expect(services.handlers.saveConference({ conference: edited(conference, 'words that must not be lost'), baseRevision: 2 })).resolves.toMatchObject({ revision: 3 });
    await services.repository.close();
    const { listed, opened } = await afterRestart(conference.id);
    expect(listed.quarantined).toEqual([]);
    expect(opened.conference).toMatchObject({ revision: 3, meeting: { purpose: 'words that must not be lost' } });
  });

  it('EIO on the folder fsync after the rename: refused, and the same edits sent again are accepted, not called stale', async () => {
    const fs = faultyFs({ fsync: (path, isDir) => (isDir && path.endsWith('conferences') ? errno('EIO') : undefined) });
    const services = servicesFor(dir, { fs });
    const conference = await savedTwice(services);
    fs.armed = true;
    await expect(services.handlers.saveConference({ conference: edited(conference, 'after the rename'), baseRevision: 2 })).rejects.toMatchObject({ code: 'storage', message: expect.stringMatching(/cannot be sure it will last/) });
    fs.armed = false;
    await expect(services.handlers.saveConference({ conference: edited(conference, 'after the rename'), baseRevision: 2 })).resolves.toMatchObject({ revision: 4 });
    await services.repository.close();
    expect((await afterRestart(conference.id)).opened.conference).toMatchObject({ revision: 4, meeting: { purpose: 'after the rename' } });
  });

  it('a new conference on a full disk is refused and not listed', async () => {
    const fs = faultyFs({ write: (path) => (path.includes('conferences') ? errno('ENOSPC') : undefined) });
    const services = servicesFor(dir, { fs });
    fs.armed = true;
    await expect(services.handlers.createConference({ details: { kind: 'initial', date: '2026-01-10' } })).rejects.toMatchObject({ code: 'disk-full' });
    expect((await services.handlers.listConferences({})).conferences).toEqual([]);
  });

  it('settings on a full disk: refused in words, the stored settings unchanged', async () => {
    const fs = faultyFs({ write: (path) => (path.includes('settings') ? errno('ENOSPC') : undefined) });
    const services = servicesFor(dir, { fs });
    await services.handlers.updateSettings({ localAuthority: 'Royal Borough of Greenwich' });
    fs.armed = true;
    await expect(services.handlers.updateSettings({ localAuthority: 'Somewhere Else' })).rejects.toMatchObject({ code: 'disk-full' });
    expect((await services.handlers.getSettings({})).localAuthority).toBe('Royal Borough of Greenwich');
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ localAuthority: 'Royal Borough of Greenwich' });
  });
});

describe('the list index', () => {
  it('a write failing in its timer is reported, never thrown, and the save still stands', async () => {
    const faults: unknown[] = [];
    const fs = faultyFs({ write: (path) => (path.includes('index.json') ? errno('EIO') : undefined) });
    const services = servicesFor(dir, { fs, indexDelayMs: 5, onFault: (err) => faults.push(err) });
    const conference = await savedTwice(services);
    fs.armed = true;
    // An exception thrown from the timer would fail this test run as an unhandled error.
    await services.handlers.saveConference({ conference: edited(conference, 'index cannot be written'), baseRevision: 2 });
    await new Promise((r) => setTimeout(r, 50));
    expect(faults.length).toBeGreaterThan(0);
    await services.repository.flush(); // quitting with the index still failing does not throw either
    fs.armed = false;
    await services.repository.close();
    expect((await afterRestart(conference.id)).opened.conference).toMatchObject({ revision: 3, meeting: { purpose: 'index cannot be written' } });
  });

  it('an index that cannot be read is rebuilt from the files, not a failure to start', async () => {
    const services = servicesFor(dir);
    const conference = await savedTwice(services);
    await services.repository.close();
    const faults: unknown[] = [];
    const reading = faultyFs({
      read: (path, bytes) => {
        if (path.endsWith('index.json')) throw errno('EIO');
        return bytes;
      },
    });
    reading.armed = true;
    const again = servicesFor(dir, { fs: reading, onFault: (err) => faults.push(err) });
    expect((await again.handlers.listConferences({})).conferences.map((c) => c.id)).toEqual([conference.id]);
    expect(faults).toHaveLength(1);
  });
});

describe('a file put back from an older copy', () => {
  it('is reported and opened read-only, not silently as current', async () => {
    const services = servicesFor(dir);
    const conference = await savedTwice(services);
    const path = conferenceFile(dir, conference.id);
    copyFileSync(path, `${dir}/older-copy`); // revision 2
    await services.handlers.saveConference({ conference: edited(conference, 'save three'), baseRevision: 2 });
    await services.repository.close();
    copyFileSync(`${dir}/older-copy`, path); // restored from a backup

    const again = servicesFor(dir);
    const opened = await again.handlers.openConference({ id: conference.id });
    expect(opened.conference.revision).toBe(2);
    expect(opened.readOnly?.reason).toMatch(/older copy of the conference \(save 2\) than the last one Chairside saved here \(save 3\)/);
    await expect(again.handlers.saveConference({ conference: edited(opened.conference, 'over the top'), baseRevision: 2 })).rejects.toMatchObject({ code: 'read-only' });
    expect(existsSync(path)).toBe(true);
  });
});
