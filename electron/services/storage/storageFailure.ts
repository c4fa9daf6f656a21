import { AppFailure } from '../appFailure';
import { StorageFault } from './durableWrite';
import { LockLost } from './dataLock';

const KEPT = 'Your edits are still on screen and the last saved version is safe.';

/**
 * The sentence (and code) for a write that did not happen. Each says what to do and that
 * nothing was lost, so the chair never has to guess whether to retype. Other errors pass through.
 */
export function storageFailure(err: unknown, what = 'This change'): unknown {
  if (err instanceof LockLost) return new AppFailure('read-only', err.reason);
  if (!(err instanceof StorageFault)) return err;
  switch (err.kind) {
    case 'disk-full':
      return new AppFailure('disk-full', `The disk is full, so ${lower(what)} was not saved. Free some space on this computer (empty the recycle bin, or move large files elsewhere); Chairside saves again with your next change. ${KEPT}`);
    case 'read-only':
      return new AppFailure('read-only', `The data folder cannot be written to any more (it has become read-only, or this account may no longer change it), so ${lower(what)} was not saved. ${KEPT} Ask your IT team to check the folder.`);
    case 'verify':
      return new AppFailure('storage', `What was written to the disk did not read back correctly, so it was not used and ${lower(what)} was not saved. ${KEPT} If this happens again, the disk may be failing: tell your IT team.`);
    default:
      return new AppFailure('storage', err.afterRename
        ? `The disk reported an error after saving ${lower(what)}, so Chairside cannot be sure it will last. It will save again with your next change. Your edits are still on screen. If this happens again, the disk may be failing: tell your IT team.`
        : `The disk reported an error (${err.errno ?? 'no reason given'}), so ${lower(what)} was not saved. ${KEPT} If this happens again, the disk may be failing: tell your IT team.`);
  }
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
