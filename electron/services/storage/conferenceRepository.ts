import { existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import {
  Conference,
  newConference,
  type ConferenceSummary,
  type QuarantinedFile,
  type Settings,
} from '../../../shared/model';
import type { CallInput, OpenedConference, SavedConference } from '../../../shared/ipc';
import type { ConferenceReader } from '../repository';
import { AppFailure } from '../appFailure';
import { ConferenceFiles, UnreadableFile, type LoadedConference } from './conferenceFiles';
import { ConferenceIndex, type IndexEntry } from './conferenceIndex';
import { carryOver } from './followOn';
import { dataPaths } from './paths';
import { listQuarantined, quarantineFile } from './quarantine';
import { isDecryptionFailure } from './storeFactory';
import { matchesQuery, newestFirst, summarise } from './summary';
import { asStorageFault, realFs, StorageFault, type DurableFs } from './durableWrite';
import type { DataLock } from './dataLock';
import { storageFailure } from './storageFailure';

export interface RepositoryOptions {
  dataDir: string;
  key: Uint8Array;
  now?: () => Date;
  /** How long a save may leave the list's index unwritten (it is rebuilt at start-up if lost). */
  indexDelayMs?: number;
  /** The file system the write path uses; tests inject faults here. */
  fs?: DurableFs;
  /** The data folder's lock. Without it (or when it is not held) nothing is written. */
  lock?: DataLock;
  /** Failures that must not stop the app (the index's timed write): recorded and reported. */
  onFault?: (err: unknown) => void;
}

export type CreateInput = CallInput<'createConference'>;

const STALE_TEMP_MS = 10 * 60_000;

/**
 * Conferences on disk: one encrypted file each, an encrypted index for the list, and a
 * quarantine folder for files that cannot be opened. All file work is synchronous, so calls
 * never interleave inside one process.
 */
export class ConferenceRepository implements ConferenceReader {
  private readonly paths;
  private readonly files: ConferenceFiles;
  /** Each conference as it stood when this laptop last left a live session (sessionBase). */
  private readonly bases: ConferenceFiles;
  private readonly index: ConferenceIndex;
  private readonly now: () => Date;
  private readonly listeners = new Set<(c: Conference) => void>();
  private readonly lock: DataLock | undefined;
  /** Files that could not be opened while the folder is read-only: listed, but left in place. */
  private readonly unreadable = new Map<string, QuarantinedFile>();
  /**
   * Revisions whose file is in place and verified but whose folder fsync failed: the save was
   * refused, so the window will send the same edits again based on the revision before.
   */
  private readonly unconfirmed = new Map<string, number>();

  constructor(private readonly options: RepositoryOptions) {
    this.paths = dataPaths(options.dataDir);
    this.now = options.now ?? (() => new Date());
    this.lock = options.lock;
    const fs = options.fs ?? realFs;
    this.files = new ConferenceFiles(this.paths.conferences, options.key, fs, this.writable);
    this.bases = new ConferenceFiles(this.paths.sessionBases, options.key, fs, this.writable);
    this.index = new ConferenceIndex(this.paths.dataDir, this.paths.indexName, options.key, options.indexDelayMs, fs, options.onFault, () => this.writable);
    if (this.writable) this.files.removeStaleTempFiles(STALE_TEMP_MS, this.now().getTime());
    this.loadIndex();
    this.reconcile();
  }

  /** False when the folder is read-only or another process holds its lock. */
  get writable(): boolean {
    return !this.lock || this.lock.writable;
  }

  /** Why nothing can be saved here, or undefined. */
  get readOnlyReason(): string | undefined {
    return this.lock?.reason;
  }

  async list(query?: string): Promise<{ conferences: ConferenceSummary[]; quarantined: QuarantinedFile[] }> {
    const conferences = [...this.index.entries.values()].map((e) => e.summary).filter((s) => matchesQuery(s, query));
    return { conferences: conferences.sort(newestFirst), quarantined: [...this.unreadable.values(), ...listQuarantined(this.paths.quarantine)] };
  }

  async create(input: CreateInput, settings: Settings): Promise<Conference> {
    const details = { ...input.details, localAuthority: input.details.localAuthority || settings.localAuthority };
    let conference = newConference(details, this.now());
    if (input.followOn) conference = carryOver(conference, this.read(input.followOn).conference);
    conference = Conference.parse(conference);
    this.write(conference, { indexNow: true });
    return structuredClone(conference);
  }

  async open(id: string): Promise<OpenedConference> {
    const loaded = this.read(id);
    const conference = structuredClone(loaded.conference);
    if (loaded.kind === 'newer') {
      return { conference, readOnly: { reason: `This conference was saved by a newer version of Chairside (record version ${loaded.version}). You can read it here, but changes cannot be saved. Update Chairside to edit it.` } };
    }
    const rolledBack = this.rolledBack(id, loaded);
    if (rolledBack) return { conference, readOnly: { reason: rolledBack } };
    if (!this.writable) return { conference, readOnly: { reason: this.readOnlyReason ?? 'This data folder is open read-only.' } };
    return loaded.kind === 'upgraded' ? { conference, upgradedFrom: loaded.from } : { conference };
  }

  async load(id: string): Promise<Conference> {
    return structuredClone(this.read(id).conference);
  }

  async save(input: Conference, baseRevision: number): Promise<SavedConference> {
    const parsed = Conference.safeParse(input);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || 'the record';
      throw new AppFailure('invalid-input', `The conference could not be saved because part of it is not valid (${where}).`);
    }
    const incoming = parsed.data;
    // Before the stale check: in a folder this process may not write, that is the real reason.
    this.checkWritable();
    const loaded = this.writableCopy(incoming.id);
    const stored = loaded.conference;
    // The same edits sent again after a save whose file landed but whose folder fsync failed.
    const retried = this.unconfirmed.get(stored.id) === stored.revision && stored.revision === baseRevision + 1;
    if (stored.revision !== baseRevision && !retried) {
      throw new AppFailure('stale', `This conference was changed elsewhere after you opened it (your copy is from save ${baseRevision}; the stored one is save ${stored.revision}). Your change was not saved: reopen the conference to see the latest version, then make the change again.`);
    }
    const next: Conference = {
      ...incoming,
      // Main owns these: identity, history, the export log and the "exported" status.
      createdAt: stored.createdAt,
      previousConferenceId: stored.previousConferenceId,
      audit: stored.audit,
      status: stored.status === 'exported' || incoming.status === 'exported' ? stored.status : incoming.status,
      revision: stored.revision,
      updatedAt: stored.updatedAt,
    };
    if (next.previousConferenceId === undefined) delete next.previousConferenceId;
    // An upgraded record is written even if unchanged, so it is stored in the current shape.
    if (loaded.kind === 'current' && !retried && isDeepStrictEqual(next, stored)) {
      return { revision: stored.revision, updatedAt: stored.updatedAt };
    }
    next.revision = stored.revision + 1;
    next.updatedAt = this.now().toISOString();
    this.write(next, { indexNow: false });
    return { revision: next.revision, updatedAt: next.updatedAt };
  }

  /**
   * Store a record the chair's app shares in a live session (the minute-taker's side, issue #17):
   * a new file, or over this folder's own copy. Revisions continue this folder's own count; the
   * export log and the "exported" status stay this folder's, as with every save.
   */
  async adoptShared(input: Conference): Promise<SavedConference> {
    const parsed = Conference.safeParse(input);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || 'the record';
      throw new AppFailure('invalid-input', `The shared conference could not be saved because part of it is not valid (${where}).`);
    }
    this.checkWritable();
    const stored = this.files.exists(parsed.data.id) ? this.writableCopy(parsed.data.id).conference : undefined;
    const next: Conference = {
      ...parsed.data,
      audit: stored?.audit ?? [],
      status: stored?.status === 'exported' ? 'exported' : parsed.data.status,
      revision: (stored?.revision ?? 0) + 1,
      updatedAt: this.now().toISOString(),
    };
    this.write(next, { indexNow: !stored });
    return { revision: next.revision, updatedAt: next.updatedAt };
  }

  /**
   * The minute-taker's side: keep the record as it stood when this laptop left a live session,
   * the last version both laptops agreed on. On the next fresh join it tells which of the
   * differences from the chair's record were made here, so they can be carried in, not lost.
   */
  async rememberSessionBase(input: Conference): Promise<void> {
    const parsed = Conference.parse(input);
    this.checkWritable();
    try {
      this.bases.write(parsed);
    } catch (err) {
      throw storageFailure(err, 'The record of what the session held');
    }
  }

  /** The record as it stood when this laptop last left a session, or null (none, or unreadable). */
  async sessionBase(id: string): Promise<Conference | null> {
    if (!this.bases.exists(id)) return null;
    try {
      const loaded = this.bases.read(id);
      return loaded.kind === 'newer' ? null : structuredClone(loaded.conference);
    } catch (err) {
      // Damaged: without it the chair's record is taken as it is, as before there were bases.
      this.options.onFault?.(err);
      return null;
    }
  }

  /** Drop the base once it has been used, or once this laptop is back in a session. */
  async forgetSessionBase(id: string): Promise<void> {
    if (!this.writable || !this.bases.exists(id)) return;
    try {
      this.bases.remove(id);
    } catch (err) {
      this.options.onFault?.(err);
    }
  }

  async delete(id: string): Promise<void> {
    if (!this.files.exists(id)) throw notFound();
    this.checkWritable();
    try {
      this.files.remove(id);
    } catch (err) {
      throw storageFailure(asStorageFault(err), 'The deletion');
    }
    this.index.remove(id);
    this.index.writeNow();
    await this.forgetSessionBase(id);
  }

  async appendAudit(id: string, entry: Conference['audit'][number]): Promise<void> {
    const stored = this.writableCopy(id).conference;
    // Not a user edit: the revision stays, so the renderer's next save is not refused as stale.
    const next: Conference = { ...stored, audit: [...stored.audit, entry], status: 'exported' };
    this.write(next, { indexNow: false, silent: true });
  }

  onSaved(listener: (conference: Conference) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes the list's index if a save left it pending. Call before quitting. Never throws: the index is rebuilt from the files. */
  flush(): void {
    this.index.writeNow();
  }

  /** Lets another process take the folder (on quitting). */
  close(): void {
    this.index.writeNow();
    this.lock?.release();
  }

  private checkWritable(): void {
    if (!this.lock) return;
    try {
      this.lock.check();
    } catch (err) {
      throw storageFailure(err);
    }
  }

  private writableCopy(id: string): LoadedConference {
    const loaded = this.read(id);
    if (loaded.kind === 'newer') throw new AppFailure('read-only', 'This conference was saved by a newer version of Chairside, so this version cannot change it. Nothing was saved.');
    const rolledBack = this.rolledBack(id, loaded);
    if (rolledBack) throw new AppFailure('read-only', `${rolledBack} Nothing was saved.`);
    return loaded;
  }

  /** A sentence when the file is older than a revision this folder has acknowledged, else undefined. */
  private rolledBack(id: string, loaded: LoadedConference): string | undefined {
    const highest = this.index.entries.get(id)?.highestRevision;
    if (highest === undefined || loaded.conference.revision >= highest) return undefined;
    return `This is an older copy of the conference (save ${loaded.conference.revision}) than the last one Chairside saved here (save ${highest}): the file may have been restored from a backup or copied in. It is open read-only so the newer work is not silently lost. Ask your IT team to find the newer copy.`;
  }

  private read(id: string): LoadedConference {
    if (!this.files.exists(id)) throw notFound();
    try {
      return this.files.read(id);
    } catch (err) {
      if (!(err instanceof UnreadableFile)) throw err;
      this.quarantine(id, err.reason);
      throw new AppFailure('not-found', `This conference could not be opened and has been moved aside, not deleted. ${err.reason}`);
    }
  }

  /** Acknowledged only once the file is verified on disk; on any fault, the previous version stands. */
  private write(conference: Conference, how: { indexNow: boolean; silent?: boolean }): void {
    this.checkWritable();
    let signature: string;
    try {
      signature = this.files.write(conference);
    } catch (err) {
      if (err instanceof StorageFault && err.afterRename) this.unconfirmed.set(conference.id, conference.revision);
      throw storageFailure(err, how.silent ? 'The export log' : 'This change');
    }
    this.unconfirmed.delete(conference.id);
    this.index.put(entryFor({ kind: 'current', conference, signature }, this.index.entries.get(conference.id)));
    if (how.indexNow) this.index.writeNow();
    else this.index.scheduleWrite();
    if (!how.silent) for (const listener of this.listeners) listener(structuredClone(conference));
  }

  private quarantine(id: string, reason: string): void {
    this.files.forget(id);
    const leaveInPlace = (why: string) => {
      this.unreadable.set(id, { id, fileName: `${id}.json`, reason: `${reason} (${why})`.slice(0, 500), quarantinedAt: this.now().toISOString() });
      this.index.remove(id);
    };
    if (!this.writable) return leaveInPlace('Left where it is: the data folder is read-only here.');
    try {
      this.moveAside(id, reason);
    } catch (err) {
      // A full or failing disk must not turn "this file is damaged" into a failure to list.
      this.options.onFault?.(err);
      leaveInPlace('It could not be moved aside, so it was left where it is.');
    }
  }

  private moveAside(id: string, reason: string): void {
    quarantineFile(this.paths.quarantine, this.files.pathOf(id), { id, reason, what: 'conference' }, this.now());
    this.index.remove(id);
    this.index.writeNow();
  }

  private loadIndex(): void {
    let damaged: boolean;
    try {
      this.index.load();
      return;
    } catch (err) {
      // Damaged, or unreadable for another reason (an I/O error): the index is only a cache,
      // rebuilt from the files either way; only a damaged one is moved aside for IT.
      this.options.onFault?.(err);
      damaged = isDecryptionFailure(err) || err instanceof SyntaxError;
    }
    // If no conference file opens with this key either, the key is wrong, not the files:
    // moving everything to quarantine would only hide the user's work.
    const ids = this.files.ids();
    if (ids.length > 0 && !ids.some((id) => this.files.decrypts(id))) throw wrongKey();
    if (this.writable && damaged) {
      try {
        quarantineFile(this.paths.quarantine, this.index.path, { id: 'index', reason: 'The list index could not be read; it was rebuilt from the conference files.', what: 'index' }, this.now());
      } catch (err) {
        this.options.onFault?.(err); // the rebuilt index replaces it on its first write anyway
      }
    }
    this.index.reset();
  }

  /** Makes the index agree with the files: new or changed files are read, missing ones dropped. */
  private reconcile(): void {
    const ids = this.files.ids();
    const present = new Set(ids);
    for (const id of [...this.index.entries.keys()]) if (!present.has(id)) this.index.remove(id);
    const changed = ids.filter((id) => this.index.entries.get(id)?.signature !== this.files.signature(id));
    if (changed.length > 0 && this.index.entries.size === 0 && !existsSync(this.index.path)) {
      // Rebuilding from nothing: the same wrong-key guard as above.
      if (!changed.some((id) => this.files.decrypts(id))) throw wrongKey();
    }
    for (const id of changed) {
      try {
        this.index.put(entryFor(this.files.read(id), this.index.entries.get(id)));
      } catch (err) {
        if (!(err instanceof UnreadableFile)) throw err;
        this.quarantine(id, err.reason);
      }
    }
    this.index.writeNow();
  }
}

/** The index entry for a file as read or written; the highest revision seen is never lowered. */
function entryFor(loaded: LoadedConference, previous?: IndexEntry): IndexEntry {
  const revision = loaded.conference.revision;
  const highestRevision = Math.max(revision, previous?.highestRevision ?? previous?.revision ?? 0);
  return { summary: summarise(loaded.conference), revision, highestRevision, readOnly: loaded.kind === 'newer', signature: loaded.signature };
}

const notFound = () => new AppFailure('not-found', 'That conference is not stored on this computer. It may have been deleted.');
const wrongKey = () =>
  new AppFailure('storage', 'Chairside could not unlock the conferences stored on this computer: the data key does not match them. Nothing has been changed or moved.');
