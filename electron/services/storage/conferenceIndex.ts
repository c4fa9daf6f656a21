import { join } from 'node:path';
import { z } from 'zod';
import { ConferenceSummary } from '../../../shared/model';
import { SealedFile } from './sealedFile';
import { realFs, type DurableFs } from './durableWrite';
import { STORE_EXT } from './paths';

const INDEX_VERSION = 1;

export const IndexEntry = z.strictObject({
  summary: ConferenceSummary,
  revision: z.number().int().min(0),
  /**
   * The highest revision of this conference this data folder has acknowledged. Never lowered: a
   * file found with a lower revision is an older copy put back (restored, or copied in), and is
   * reported rather than opened as current. Missing in indexes written before it existed.
   */
  highestRevision: z.number().int().min(0).optional(),
  /** Written by a newer Chairside: listed, opened read-only, never written back. */
  readOnly: z.boolean(),
  /** inode:size:mtime of the file when summarised; a mismatch at start-up means "read it again". */
  signature: z.string().max(100),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

/**
 * The list's cache: one encrypted file (children's names are sensitive) holding a summary per
 * conference, so listing never opens every conference file. Kept in memory; saves that only
 * touch one conference schedule a write, so a save does not pay for rewriting every summary.
 * If the process dies before that write, start-up notices the changed file and re-reads it.
 *
 * A failed index write never fails a save or throws out of its timer (which would take the
 * process down): the conference file is already safe, the index stays marked dirty for the next
 * attempt, and the failure goes to `onFault` to be recorded.
 */
export class ConferenceIndex {
  readonly entries = new Map<string, IndexEntry>();
  private readonly file: SealedFile;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;

  constructor(
    dir: string,
    name: string,
    key: Uint8Array,
    private readonly delayMs = 1_000,
    private readonly fs: DurableFs = realFs,
    private readonly onFault: (err: unknown) => void = () => {},
    /** False when the folder is read-only or another process holds its lock: kept in memory only. */
    private readonly writable: () => boolean = () => true,
  ) {
    this.file = new SealedFile(join(dir, `${name}${STORE_EXT}`), name, key, fs);
  }

  get path(): string {
    return this.file.path;
  }

  /** Throws StoreDecryptionError / SyntaxError if the index cannot be read. Missing is fine (empty). */
  load(): void {
    const data = this.file.read() ?? {};
    this.entries.clear();
    const list = Array.isArray(data.entries) ? data.entries : [];
    for (const item of list) {
      // A damaged entry is dropped here and rebuilt from its file by the start-up check.
      const parsed = IndexEntry.safeParse(item);
      if (parsed.success) this.entries.set(parsed.data.summary.id, parsed.data);
    }
  }

  /** For a fresh index after the old one was quarantined. */
  reset(): void {
    this.entries.clear();
    this.dirty = true;
  }

  put(entry: IndexEntry): void {
    this.entries.set(entry.summary.id, entry);
    this.dirty = true;
  }

  remove(id: string): void {
    if (this.entries.delete(id)) this.dirty = true;
  }

  scheduleWrite(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.writeNow();
    }, this.delayMs);
    this.timer.unref?.();
  }

  /** Writes if anything changed; reports a failure instead of throwing. True when on disk. */
  writeNow(): boolean {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return true;
    if (!this.writable()) return false;
    try {
      this.file.write({ version: INDEX_VERSION, entries: [...this.entries.values()] });
      this.dirty = false;
      return true;
    } catch (err) {
      this.onFault(err);
      return false;
    }
  }

  get pendingWrite(): boolean {
    return this.dirty;
  }
}
