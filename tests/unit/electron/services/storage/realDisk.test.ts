import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Conference } from '../../../../../shared/model';
import { TEMP_FILE } from '../../../../../electron/services/storage/paths';
import { servicesFor } from '../../../../fixtures/dataFolder';
import { CANNOT_MOUNT, canMountTmpfs } from '../../../../fixtures/tmpfs';

/**
 * The faults on a real file system: a 400 kB tmpfs filled to 40 kB free (the full disk the issue
 * reproduced), and the same folder remounted read-only. Mounting needs root (or CAP_SYS_ADMIN);
 * elsewhere these are skipped, and the injected-fs tests in durability.test.ts still run.
 */
const MOUNTABLE = canMountTmpfs();
const WHY = CANNOT_MOUNT;

const mounts: string[] = [];
function tinyDisk(size = '400k'): string {
  const at = mkdtempSync(join(tmpdir(), 'chairside-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at]);
  mounts.push(at);
  return at;
}
afterEach(() => {
  for (const at of mounts.splice(0)) {
    try {
      execFileSync('umount', [at], { stdio: 'ignore' });
    } catch {
      // already gone
    }
    rmSync(at, { recursive: true, force: true });
  }
});

/** Leaves `free` bytes on the disk holding `path`. */
function fillDisk(mount: string, free: number): string {
  const s = statfsSync(mount);
  const filler = join(mount, 'filler');
  writeFileSync(filler, Buffer.alloc(Math.max(0, s.bavail * s.bsize - free)));
  return filler;
}

const edited = (c: Conference, purpose: string): Conference => ({ ...c, meeting: { ...c.meeting, purpose } });

async function savedTwice(dataDir: string) {
  const services = servicesFor(dataDir);
  let conference: Conference = await services.handlers.createConference({ details: { kind: 'initial', date: '2026-01-10', familyName: 'Okafor' } });
  for (const purpose of ['first', 'second']) {
    const saved = await services.handlers.saveConference({ conference: edited(conference, purpose), baseRevision: conference.revision });
    conference = { ...edited(conference, purpose), ...saved };
  }
  return { services, conference };
}

describe.skipIf(!MOUNTABLE)(`a real small disk (${MOUNTABLE ? 'tmpfs' : WHY})`, () => {
  it('full (40 kB free): a large save is refused in words, and the conference still opens at its last acknowledged save', async () => {
    const mount = tinyDisk();
    const dataDir = join(mount, 'data');
    mkdirSync(dataDir);
    const { services, conference } = await savedTwice(dataDir);
    await services.repository.flush();
    const filler = fillDisk(mount, 40 * 1024);

    // About 60 kB of minutes: more than the disk has left once encrypted.
    const big = edited(conference, 'The social worker said '.repeat(2_600));
    await expect(services.handlers.saveConference({ conference: big, baseRevision: 2 })).rejects.toMatchObject({
      code: 'disk-full',
      message: expect.stringMatching(/disk is full.*edits are still on screen/),
    });
    expect(readdirSync(join(dataDir, 'conferences')).filter((n) => TEMP_FILE.test(n))).toEqual([]);
    await services.repository.close();

    // A restart (today's code had renamed a truncated file into place and quarantined it here).
    const again = servicesFor(dataDir);
    const listed = await again.handlers.listConferences({});
    expect(listed.quarantined).toEqual([]);
    expect(listed.conferences.map((c) => c.id)).toEqual([conference.id]);
    expect((await again.handlers.openConference({ id: conference.id })).conference).toMatchObject({ revision: 2, meeting: { purpose: 'second' } });

    // Space freed: the same edits, on the same base, go in.
    rmSync(filler);
    await expect(again.handlers.saveConference({ conference: big, baseRevision: 2 })).resolves.toMatchObject({ revision: 3 });
    await again.repository.close();
  });

  it('read-only: the app opens read-only and says so, every conference can be read, saves are refused in words', async () => {
    const mount = tinyDisk();
    const dataDir = join(mount, 'data');
    mkdirSync(dataDir);
    const { services, conference } = await savedTwice(dataDir);
    await services.handlers.updateSettings({ localAuthority: 'Royal Borough of Greenwich' });
    await services.repository.close();
    execFileSync('mount', ['-o', 'remount,ro', mount]);

    const ro = servicesFor(dataDir);
    const info = await ro.handlers.appInfo({});
    expect(info.readOnly).toMatch(/cannot be written to.*opened it read-only/);
    expect((await ro.handlers.getSettings({})).localAuthority).toBe('Royal Borough of Greenwich');
    expect((await ro.handlers.listConferences({})).conferences.map((c) => c.id)).toEqual([conference.id]);
    const opened = await ro.handlers.openConference({ id: conference.id });
    expect(opened.conference).toMatchObject({ revision: 2, meeting: { purpose: 'second' } });
    expect(opened.readOnly?.reason).toMatch(/read-only/);
    await expect(ro.handlers.saveConference({ conference: edited(conference, 'third'), baseRevision: 2 })).rejects.toMatchObject({ code: 'read-only' });
    await expect(ro.handlers.createConference({ details: { kind: 'review', date: '2026-03-01' } })).rejects.toMatchObject({ code: 'read-only' });
    await expect(ro.handlers.updateSettings({ quorumOtherAgencies: 1 })).rejects.toMatchObject({ code: 'read-only' });
    await ro.repository.close();
  });

  it('read-only and empty (a first start): says so in words, not "Something went wrong"', async () => {
    const mount = tinyDisk('64k');
    mkdirSync(join(mount, 'data'));
    execFileSync('mount', ['-o', 'remount,ro', mount]);
    const { handlers } = servicesFor(join(mount, 'data'));
    expect((await handlers.appInfo({})).readOnly).toMatch(/opened it read-only/);
    await expect(handlers.listConferences({})).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/cannot be written to.*Nothing has been stored in it yet\.$/) });
  });

  it('made read-only while running: the next save is refused in words, the stored one intact', async () => {
    const mount = tinyDisk();
    const dataDir = join(mount, 'data');
    mkdirSync(dataDir);
    const { services, conference } = await savedTwice(dataDir);
    execFileSync('mount', ['-o', 'remount,ro', mount]);
    await expect(services.handlers.saveConference({ conference: edited(conference, 'third'), baseRevision: 2 })).rejects.toMatchObject({
      code: 'read-only',
      message: expect.stringMatching(/cannot be written to any more.*edits are still on screen/),
    });
    await services.repository.flush(); // the index timer's write fails quietly too
    expect((await servicesFor(dataDir).handlers.openConference({ id: conference.id })).conference.revision).toBe(2);
  });
});
