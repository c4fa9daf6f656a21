import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { QuarantinedFile } from '../../../shared/model';
import { writeFileAtomic } from './atomicWrite';

const SIDECAR = '.reason.json';

interface Sidecar extends QuarantinedFile {
  /** The index is a cache and is rebuilt; only conference files are shown to the user. */
  what: 'conference' | 'index' | 'settings';
}

/**
 * Moves a file that cannot be opened out of the way, never deleting it, and writes beside it
 * why. The sidecar holds only the id, the file name and the reason: no conference content.
 */
export function quarantineFile(quarantineDir: string, filePath: string, entry: { id: string; reason: string; what: Sidecar['what'] }, now: Date): QuarantinedFile {
  mkdirSync(quarantineDir, { recursive: true });
  const fileName = basename(filePath);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = join(quarantineDir, `${fileName}.${stamp}`);
  for (let n = 1; existsSync(target); n++) target = join(quarantineDir, `${fileName}.${stamp}-${n}`);
  renameSync(filePath, target);
  const record: QuarantinedFile = { id: entry.id, fileName, reason: entry.reason.slice(0, 500), quarantinedAt: now.toISOString() };
  writeFileAtomic(`${target}${SIDECAR}`, JSON.stringify({ ...record, what: entry.what } satisfies Sidecar, undefined, 2));
  return record;
}

/** Conference files in quarantine, newest first. A sidecar that cannot be read is skipped. */
export function listQuarantined(quarantineDir: string): QuarantinedFile[] {
  if (!existsSync(quarantineDir)) return [];
  const out: QuarantinedFile[] = [];
  for (const name of readdirSync(quarantineDir)) {
    if (!name.endsWith(SIDECAR)) continue;
    try {
      const raw = JSON.parse(readFileSync(join(quarantineDir, name), 'utf8')) as Partial<Sidecar>;
      if (raw.what !== 'conference') continue;
      const parsed = QuarantinedFile.safeParse({ id: raw.id, fileName: raw.fileName, reason: raw.reason, quarantinedAt: raw.quarantinedAt });
      if (parsed.success) out.push(parsed.data);
    } catch {
      // A damaged sidecar must not stop the list; the quarantined file itself is still there.
    }
  }
  return out.sort((a, b) => b.quarantinedAt.localeCompare(a.quarantinedAt));
}
