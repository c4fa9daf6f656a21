import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireDataLock } from '../../../../../electron/services/storage/dataLock';
import { LOCK_FILE } from '../../../../../electron/services/storage/paths';
import { freshDataDir, removeDataDir } from '../../../../fixtures/dataFolder';

let dir: string;
beforeEach(() => {
  dir = freshDataDir('chairside-lock-');
});
afterEach(() => removeDataDir(dir));

const lockFile = () => join(dir, LOCK_FILE);
const holder = (pid: number, host = hostname()) => JSON.stringify({ pid, host, since: '2026-12-03T09:30:00.000Z', token: 'someone-else' });

describe('the data folder lock', () => {
  it('is shared by services opened again in the same process, and let go of when the last closes', () => {
    const a = acquireDataLock(dir);
    const b = acquireDataLock(dir);
    expect([a.writable, b.writable]).toEqual([true, true]);
    a.release();
    expect(() => b.check()).not.toThrow();
    expect(() => a.check()).toThrow();
    b.release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('leaves a running process its hold: read-only, with a sentence naming when it opened', () => {
    writeFileSync(lockFile(), holder(4242));
    const lock = acquireDataLock(dir, { isAlive: () => true });
    expect(lock.writable).toBe(false);
    expect(lock.reason).toMatch(/^Another Chairside on this computer \(open since 03\/12\/2026, \d\d:30\) is using this data folder, so this one has opened it read-only/);
    expect(() => lock.check()).toThrow(/read-only/);
    expect(readFileSync(lockFile(), 'utf8')).toBe(holder(4242));
  });

  it('respects a lock from another computer (a shared folder), since it cannot tell whether that one is running', () => {
    writeFileSync(lockFile(), holder(4242, 'council-laptop-17'));
    expect(acquireDataLock(dir, { isAlive: () => false }).reason).toMatch(/on the computer “council-laptop-17”/);
  });

  it('takes over a lock left by a process that died, or a damaged one', () => {
    writeFileSync(lockFile(), holder(4242));
    const lock = acquireDataLock(dir, { isAlive: () => false });
    expect(lock.writable).toBe(true);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    writeFileSync(lockFile(), '{"pid":');
    expect(acquireDataLock(dir).writable).toBe(true);
  });

  it('a holder whose lock was taken from it stops saving, in words', () => {
    const lock = acquireDataLock(dir);
    writeFileSync(lockFile(), holder(4242)); // another process decided we were dead
    expect(() => lock.check()).toThrow(/Another Chairside on this computer .* Your change was not saved/);
  });
});
