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
import { AppFailure } from '../handlers/types';
import { ConferenceFiles, UnreadableFile, type LoadedConference } from './conferenceFiles';
import { ConferenceIndex, type IndexEntry } from './conferenceIndex';
import { carryOver } from './followOn';
import { dataPaths, STORE_EXT } from './paths';
import { listQuarantined, quarantineFile } from './quarantine';
import { openEncryptedStore, isDecryptionFailure, createConfStore, type CreateStore } from './storeFactory';
import { matchesQuery, newestFirst, summarise } from './summary';

export interface RepositoryOptions {
  dataDir: string;
  key: Uint8Array;
  createStore?: CreateStore;
  now?: () => Date;
  /** How long a save may leave the list's index unwritten (it is rebuilt at start-up if lost). */
  indexDelayMs?: number;
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
  private readonly index: ConferenceIndex;
  private readonly now: () => Date;
  private readonly listeners = new Set<(c: Conference) => void>();

  constructor(private readonly options: RepositoryOptions) {
    const createStore = options.createStore ?? createConfStore;
    this.paths = dataPaths(options.dataDir);
    this.now = options.now ?? (() => new Date());
    this.files = new ConferenceFiles(createStore, this.paths.conferences, options.key);
    this.index = new ConferenceIndex(createStore, this.paths.dataDir, this.paths.indexName, options.key, options.indexDelayMs);
    this.files.removeStaleTempFiles(STALE_TEMP_MS, this.now().getTime());
    this.loadIndex(createStore);
    this.reconcile();
  }

  async list(query?: string): Promise<{ conferences: ConferenceSummary[]; quarantined: QuarantinedFile[] }> {
    const conferences = [...this.index.entries.values()].map((e) => e.summary).filter((s) => matchesQuery(s, query));
    return { conferences: conferences.sort(newestFirst), quarantined: listQuarantined(this.paths.quarantine) };
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
    const loaded = this.writable(incoming.id);
    const stored = loaded.conference;
    if (stored.revision !== baseRevision) {
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
    if (loaded.kind === 'current' && isDeepStrictEqual(next, stored)) {
      return { revision: stored.revision, updatedAt: stored.updatedAt };
    }
    next.revision = stored.revision + 1;
    next.updatedAt = this.now().toISOString();
    this.write(next, { indexNow: false });
    return { revision: next.revision, updatedAt: next.updatedAt };
  }

  async delete(id: string): Promise<void> {
    if (!this.files.exists(id)) throw notFound();
    this.files.remove(id);
    this.index.remove(id);
    this.index.writeNow();
  }

  async appendAudit(id: string, entry: Conference['audit'][number]): Promise<void> {
    const stored = this.writable(id).conference;
    // Not a user edit: the revision stays, so the renderer's next save is not refused as stale.
    const next: Conference = { ...stored, audit: [...stored.audit, entry], status: 'exported' };
    this.write(next, { indexNow: false, silent: true });
  }

  onSaved(listener: (conference: Conference) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes the list's index if a save left it pending. Call before quitting. */
  flush(): void {
    this.index.writeNow();
  }

  private writable(id: string): LoadedConference {
    const loaded = this.read(id);
    if (loaded.kind === 'newer') throw new AppFailure('read-only', 'This conference was saved by a newer version of Chairside, so this version cannot change it. Nothing was saved.');
    return loaded;
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

  private write(conference: Conference, how: { indexNow: boolean; silent?: boolean }): void {
    const signature = this.files.write(conference);
    this.index.put(entryFor({ kind: 'current', conference, signature }));
    if (how.indexNow) this.index.writeNow();
    else this.index.scheduleWrite();
    if (!how.silent) for (const listener of this.listeners) listener(structuredClone(conference));
  }

  private quarantine(id: string, reason: string): void {
    this.files.forget(id);
    quarantineFile(this.paths.quarantine, this.files.pathOf(id), { id, reason, what: 'conference' }, this.now());
    this.index.remove(id);
    this.index.writeNow();
  }

  private loadIndex(createStore: CreateStore): void {
    try {
      this.index.load();
      return;
    } catch (err) {
      if (!isDecryptionFailure(err) && !(err instanceof SyntaxError)) throw err;
    }
    // If no conference file opens with this key either, the key is wrong, not the files:
    // moving everything to quarantine would only hide the user's work.
    const ids = this.files.ids();
    if (ids.length > 0 && !ids.some((id) => this.decrypts(createStore, id))) throw wrongKey();
    quarantineFile(this.paths.quarantine, `${this.paths.dataDir}/${this.paths.indexName}${STORE_EXT}`, { id: 'index', reason: 'The list index could not be read; it was rebuilt from the conference files.', what: 'index' }, this.now());
    this.index.reset();
  }

  private decrypts(createStore: CreateStore, id: string): boolean {
    try {
      void openEncryptedStore(createStore, this.paths.conferences, id, this.options.key).store;
      return true;
    } catch {
      return false;
    }
  }

  /** Makes the index agree with the files: new or changed files are read, missing ones dropped. */
  private reconcile(): void {
    const ids = this.files.ids();
    const present = new Set(ids);
    for (const id of [...this.index.entries.keys()]) if (!present.has(id)) this.index.remove(id);
    const changed = ids.filter((id) => this.index.entries.get(id)?.signature !== this.files.signature(id));
    if (changed.length > 0 && this.index.entries.size === 0 && !existsSync(`${this.paths.dataDir}/${this.paths.indexName}${STORE_EXT}`)) {
      // Rebuilding from nothing: the same wrong-key guard as above.
      if (!changed.some((id) => this.decrypts(this.options.createStore ?? createConfStore, id))) throw wrongKey();
    }
    for (const id of changed) {
      try {
        this.index.put(entryFor(this.files.read(id)));
      } catch (err) {
        if (!(err instanceof UnreadableFile)) throw err;
        this.quarantine(id, err.reason);
      }
    }
    this.index.writeNow();
  }
}

function entryFor(loaded: LoadedConference): IndexEntry {
  return { summary: summarise(loaded.conference), revision: loaded.conference.revision, readOnly: loaded.kind === 'newer', signature: loaded.signature };
}

const notFound = () => new AppFailure('not-found', 'That conference is not stored on this computer. It may have been deleted.');
const wrongKey = () =>
  new AppFailure('storage', 'Chairside could not unlock the conferences stored on this computer: the data key does not match them. Nothing has been changed or moved.');
