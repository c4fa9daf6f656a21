import { z } from 'zod';
import { ConferenceSummary } from '../../../shared/model';
import { openEncryptedStore, type CreateStore, type StoreLike } from './storeFactory';

const INDEX_VERSION = 1;

export const IndexEntry = z.strictObject({
  summary: ConferenceSummary,
  revision: z.number().int().min(0),
  /** Written by a newer Chairside: listed, opened read-only, never written back. */
  readOnly: z.boolean(),
  /** inode:size:mtime of the file when summarised; a mismatch at start-up means "read it again". */
  signature: z.string().max(100),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

/**
 * The list's cache: one encrypted store (children's names are sensitive) holding a summary per
 * conference, so listing never opens every conference file. Kept in memory; saves that only
 * touch one conference schedule a write, so a save does not pay for rewriting every summary.
 * If the process dies before that write, start-up notices the changed file and re-reads it.
 */
export class ConferenceIndex {
  readonly entries = new Map<string, IndexEntry>();
  private store: StoreLike | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;

  constructor(
    private readonly createStore: CreateStore,
    private readonly dir: string,
    private readonly name: string,
    private readonly key: Uint8Array,
    private readonly delayMs = 1_000,
  ) {}

  /** Throws conf's error if the index cannot be decrypted or parsed. Missing is fine (empty). */
  load(): void {
    this.store = openEncryptedStore(this.createStore, this.dir, this.name, this.key);
    const data = this.store.store;
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
    this.store = undefined;
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

  writeNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    this.store ??= openEncryptedStore(this.createStore, this.dir, this.name, this.key);
    this.store.store = { version: INDEX_VERSION, entries: [...this.entries.values()] };
    this.dirty = false;
  }

  get pendingWrite(): boolean {
    return this.dirty;
  }
}
