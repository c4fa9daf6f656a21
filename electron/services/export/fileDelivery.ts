import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../storage/atomicWrite';
import { AppFailure } from '../appFailure';
import type { Delivery } from '../delivery';
import { verifyArchivePackage } from './verifyArchive';

/** What the desktop shell supplies: the system dialogs. Each answers null when cancelled. */
export interface SaveLocations {
  chooseFile(defaultName: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
  chooseFolder(): Promise<string | null>;
}

/** Why a write failed, in words, without the path (the renderer never sees one). */
function cannotSave(err: unknown, what: string): AppFailure {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'EACCES' || code === 'EPERM' ? 'Chairside is not allowed to write there'
    : code === 'ENOSPC' ? 'the disk is full'
    : code === 'EROFS' ? 'that place is read-only'
    : code === 'ENAMETOOLONG' ? 'the folder path is too long'
    : `the system refused (${code ?? 'no reason given'})`;
  return new AppFailure('storage', `${what} could not be saved: ${why}. Nothing was recorded as exported; choose another place and try again.`);
}

/**
 * Exports in the desktop app: the user picks the place in a system dialog, main writes there and
 * keeps the path to itself. An archive package goes into a new folder (never over an earlier
 * one) and is read back and checked against its manifest before the export is reported done.
 */
export function createFileDelivery(locations: SaveLocations): Delivery {
  return {
    async saveFile(file, filter, delivered) {
      const path = await locations.chooseFile(file.name, filter);
      if (!path) return { kind: 'cancelled' };
      try {
        writeFileAtomic(path, file.bytes);
      } catch (err) {
        throw cannotSave(err, file.name);
      }
      await delivered?.();
      return { kind: 'saved', fileNames: [file.name] };
    },
    async saveFolder(folderName, files, delivered) {
      const base = await locations.chooseFolder();
      if (!base) return { kind: 'cancelled' };
      let folder = join(base, folderName);
      for (let n = 2; existsSync(folder); n++) folder = join(base, `${folderName} (${n})`);
      try {
        mkdirSync(folder, { recursive: true });
        for (const f of files) writeFileAtomic(join(folder, f.name), f.bytes);
      } catch (err) {
        // Leave no half package behind; if even that fails, the message below still stands.
        try {
          rmSync(folder, { recursive: true, force: true });
        } catch {
          /* nothing more to do */
        }
        throw cannotSave(err, 'The archive package');
      }
      // This read-back is about the write (every file there, as made); who made the package is
      // settled by its signature, which verify-archive checks for anyone later.
      const check = verifyArchivePackage(folder, { allowUnsigned: true });
      if (check.outcome !== 'ok') {
        throw new AppFailure('storage', `The archive package was written but did not match its manifest when read back (${check.problems[0] ?? check.summary}). Save it again, somewhere else.`);
      }
      // Only a package that was written and read back intact counts as exported.
      await delivered?.();
      return { kind: 'saved', fileNames: files.map((f) => f.name) };
    },
  };
}
