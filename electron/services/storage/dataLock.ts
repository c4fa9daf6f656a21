import * as nodeFs from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { faultKind } from './durableWrite';
import { LOCK_FILE } from './paths';

interface Holder {
  pid: number;
  host: string;
  since: string;
  token: string;
}

/**
 * Who may write to a data folder. One process holds it; any other opens the folder read-only and
 * says why. `check()` runs right before every write, so a process whose lock was taken from it
 * (it was thought dead) stops writing instead of overwriting the new holder's saves.
 */
export interface DataLock {
  readonly writable: boolean;
  /** Why the folder is read-only here, in a sentence for the chair; undefined when writable. */
  readonly reason: string | undefined;
  /** Throws LockLost when this process no longer holds the lock. */
  check(): void;
  release(): void;
}

export class LockLost extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'LockLost';
  }
}

export interface LockOptions {
  pid?: number;
  host?: string;
  now?: () => Date;
  /** Whether a process on this computer is still running; injectable for tests. */
  isAlive?: (pid: number) => boolean;
}

const READ_ONLY_FOLDER =
  'The data folder cannot be written to (it is read-only, or this account may not change it), so Chairside has opened it read-only: you can read every conference, but nothing can be saved. Ask your IT team to make the folder writable, then start Chairside again.';

/**
 * Takes the data folder's lock file: created whole beside it, then hard-linked into place, so it
 * either appears complete or not at all, and two processes cannot both create it. A lock left by
 * a process that has died (same computer, process gone) is taken over; one held by a running
 * process, or by another computer (a shared folder, where we cannot tell), is respected.
 * Services opened again in the same process share its hold; a lock naming this process's pid
 * that this process does not know is a dead process's whose pid was reused, and is taken over.
 */
export function acquireDataLock(dataDir: string, options: LockOptions = {}): DataLock {
  const pid = options.pid ?? process.pid;
  const host = options.host ?? hostname();
  const now = options.now ?? (() => new Date());
  const isAlive = options.isAlive ?? processIsAlive;
  const path = join(dataDir, LOCK_FILE);
  // Services opened again in this process share its hold: inside one process every save is
  // synchronous (read, check the revision, write), so two instances cannot lose each other's updates.
  const shared = ownHolds.get(path);
  if (shared && shared.pid === pid && tokenOf(readHolderQuietly(path)) === shared.me.token) {
    shared.count++;
    return shared.handle();
  }
  const me: Holder = { pid, host, since: now().toISOString(), token: randomUUID() };

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      create(path, JSON.stringify(me));
      return held(path, me, pid);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code !== 'EEXIST') {
        if (faultKind(err) === 'read-only') return readOnly(READ_ONLY_FOLDER);
        throw err;
      }
    }
    const holder = readHolder(path);
    if (holder === 'gone') continue;
    const takeOver = holder === 'damaged' || (holder.host === host && (holder.pid === pid || !isAlive(holder.pid)));
    if (!takeOver) return readOnly(heldBy(holder));
    try {
      nodeFs.rmSync(path, { force: true });
    } catch (err) {
      if (faultKind(err) === 'read-only') return readOnly(READ_ONLY_FOLDER);
      throw err;
    }
  }
  return readOnly('Chairside could not take the data folder’s lock, so it has opened it read-only. Close any other Chairside window and start it again.');
}

function create(path: string, text: string): void {
  const temp = `${path}.${randomBytes(6).toString('hex')}.partial`;
  nodeFs.writeFileSync(temp, text, { flag: 'wx', mode: 0o600 });
  try {
    nodeFs.linkSync(temp, path);
  } catch (err) {
    // A file system without hard links: exclusive create is still atomic, only not complete at once.
    if ((err as { code?: unknown }).code === 'EPERM' || (err as { code?: unknown }).code === 'ENOTSUP') nodeFs.writeFileSync(path, text, { flag: 'wx', mode: 0o600 });
    else throw err;
  } finally {
    nodeFs.rmSync(temp, { force: true });
  }
}

function readHolder(path: string): Holder | 'gone' | 'damaged' {
  let text: string;
  try {
    text = nodeFs.readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return 'gone';
    throw err;
  }
  try {
    const h = JSON.parse(text) as Partial<Holder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.token === 'string') return { pid: h.pid, host: h.host, since: String(h.since ?? ''), token: h.token };
  } catch {
    // fall through
  }
  return 'damaged';
}

interface OwnHold {
  me: Holder;
  pid: number;
  count: number;
  handle(): DataLock;
}

/** Folders this process holds, by lock path; let go of when it exits normally (a crash leaves a lock the next start sees is dead). */
const ownHolds = new Map<string, OwnHold>();
let exitHook = false;

const tokenOf = (h: ReturnType<typeof readHolderQuietly>) => (h && h !== 'gone' && h !== 'damaged' ? h.token : undefined);

function held(path: string, me: Holder, pid: number): DataLock {
  const letGo = () => {
    if (ownHolds.get(path)?.me.token !== me.token) return;
    ownHolds.delete(path);
    if (tokenOf(readHolderQuietly(path)) === me.token) nodeFs.rmSync(path, { force: true });
  };
  const hold: OwnHold = {
    me,
    pid,
    count: 1,
    handle() {
      let released = false;
      return {
        writable: true,
        reason: undefined,
        check() {
          if (released) throw new LockLost('This window has closed its hold on the data folder; nothing more can be saved from it.');
          const holder = readHolderQuietly(path);
          if (tokenOf(holder) === me.token) return;
          throw new LockLost(holder && holder !== 'gone' && holder !== 'damaged' ? `${heldBy(holder)} Your change was not saved.` : 'Chairside lost its lock on the data folder, so it has stopped saving. Your change was not saved: start Chairside again.');
        },
        release() {
          if (released) return;
          released = true;
          if (--hold.count <= 0) letGo();
        },
      };
    },
  };
  ownHolds.set(path, hold);
  if (!exitHook) {
    exitHook = true;
    process.on('exit', () => {
      for (const [lockPath, h] of ownHolds) if (tokenOf(readHolderQuietly(lockPath)) === h.me.token) nodeFs.rmSync(lockPath, { force: true });
    });
  }
  return hold.handle();
}

function readHolderQuietly(path: string): Holder | 'gone' | 'damaged' | undefined {
  try {
    return readHolder(path);
  } catch {
    return undefined;
  }
}

function readOnly(reason: string): DataLock {
  return {
    writable: false,
    reason,
    check() {
      throw new LockLost(reason);
    },
    release() {},
  };
}

function heldBy(holder: Holder): string {
  const at = new Date(holder.since);
  const since = Number.isNaN(at.getTime()) ? undefined : at.toLocaleString('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const where = holder.host === hostname() ? 'on this computer' : `on the computer “${holder.host.slice(0, 60)}”`;
  return `Another Chairside ${where}${since ? ` (open since ${since})` : ''} is using this data folder, so this one has opened it read-only: you can read conferences but not save changes. Close the other one, then start Chairside again here.`;
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as { code?: unknown }).code === 'EPERM';
  }
}
