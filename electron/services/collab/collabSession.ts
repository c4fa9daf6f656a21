import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import type { Conference } from '../../../shared/model';
import { jsonEqual, mergeThreeWay, type Json } from '../../../shared/collab/mergeRecord';
import { keepChairOnly } from '../../../shared/collab/roles';
import { RECORD_MAP, minutesFragmentName } from '../../../shared/collab/layout';
import { AppFailure } from '../appFailure';
import { MESSAGE_AWARENESS, MESSAGE_CONTROL, MESSAGE_SYNC, encodeAwareness, encodeControl, encodeStepOne, encodeUpdate, isCaretUpdate, isEmptyStepOne, type ControlMessage } from './sessionMessages';
import { applyRecordChange, docIsEmpty, readDoc, repairDoc, seedDoc } from './recordDoc';
import { keepRestricted, liftedRuns, liftsRestriction, markRunsAgain, type LiftedRun } from './minutesRestrictions';
import { dropWhatCannotBeKept } from './peerLimits';

/**
 * One conference worked on by the chair's and the minute-taker's apps at once (issue #17).
 *
 * Main owns the shared document. The saved, checked record in the encrypted store stays the
 * source of truth: the chair's session starts from it, and every change, from either side, is
 * read back out of the document, checked against the conference schema and saved, within
 * `maxWaitMs` of the first change not yet saved (so a killed app loses at most that much).
 *
 * Messages on the link are y-protocols' sync messages (the ones y-websocket and Hocuspocus
 * speak, so a council's sync server could stand in for the direct link later) and a control
 * message of our own for refusals.
 */
export type CollabRole = 'chair' | 'minute-taker';

/** The encrypted link to the other app (electron/services/pairing), or a test's stand-in. */
export interface SessionLink {
  send(message: Uint8Array): void;
  onMessage(listener: (message: Uint8Array) => void): () => void;
  onClose(listener: (reason: string) => void): () => void;
  close(reason?: string): void;
}

type Own = Pick<Conference, 'revision' | 'updatedAt' | 'audit'>;

/** Where this side keeps the record: its own encrypted store. */
export interface SessionStore {
  /** Save the record as this side now holds it; returns main's own fields after the write. */
  write(conference: Conference): Promise<Own>;
}

export interface SessionEvents {
  /** The stored record changed (after a save from either side): show it. */
  changed?(conference: Conference): void;
  /** Something the user should read: a refusal, a record the merge made invalid. */
  problem?(why: string): void;
  /** The link to the other app closed, with the reason. */
  linkClosed?(reason: string): void;
  /** Where the other person's caret is (a y-protocols awareness update), for this side's window. */
  awareness?(update: Uint8Array): void;
}

export interface SessionTiming {
  /** Quiet time after a change before it is saved. */
  idleMs: number;
  /** The longest a change waits to be saved while changes keep coming. */
  maxWaitMs: number;
}

const FORM = Symbol('form');
const POLICY = Symbol('chair-only fields put back');
const RECENT_REVISIONS = 50;

export const JOINER_HAS_CONTENT = 'The minute-taker\u2019s app already holds a record of its own for this session, so it was not joined: joining would duplicate it. Start the minute-taker\u2019s Chairside with no conference open and join again.';

export class CollabSession {
  readonly doc = new Y.Doc();
  private stored: Conference | null = null;
  /**
   * The chair's side: the chair-only fields as the chair last set them (the saved record, then
   * each of the chair's own form saves at once). Not `stored`: while a save is being written, the
   * stored copy is older than the chair's change, and putting back from it would undo the
   * chair's decision whenever the minute-taker typed in that moment.
   */
  private chairs: Conference | null = null;
  /** Recent stored versions by revision: a form's save is merged against the version it was based on. */
  private readonly recent = new Map<number, Conference>();
  private link: { link: SessionLink; origin: object; detach: () => void } | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private maxTimer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;
  /** The last timed save failed; cleared, with a message, when one works again. */
  private saveFailing = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  private constructor(
    readonly role: CollabRole,
    private readonly store: SessionStore,
    private readonly events: SessionEvents,
    private readonly timing: SessionTiming,
  ) {
    // Whether the transaction the coming 'update' is for changed the record map: the minute-taker's
    // keys in the minutes change only their fragments, and reading and checking the whole record
    // (tens of milliseconds at 30,000 words) on every key would keep main busy while they type.
    // Minutes that are not valid are put back when they are saved (persist).
    let touchedRecord = false;
    // Steps whose minutes the other app's transaction lifted a restricted mark in (the chair's
    // side), and the runs of text it lifted it from, read before Yjs cleans the transaction up.
    let lifted: { steps: Set<string>; runs: LiftedRun[] } | null = null;
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      const record = this.doc.getMap<unknown>(RECORD_MAP);
      const roots = new Set([...transaction.changed.keys()].map(rootOf));
      touchedRecord = roots.has(record);
      lifted = null;
      if (this.role !== 'chair' || !this.link || transaction.origin !== this.link.origin) return;
      const minutes = [...this.doc.share].filter(([name, type]) => name.startsWith(minutesFragmentName('')) && roots.has(type));
      if (!minutes.length) return;
      // A mark is lifted only by a change of formatting or by deleting: a transaction that only
      // inserts (a key typed on the other laptop) is not walked at all.
      const lifts = liftsRestriction(transaction);
      if (!lifts && transaction.deleteSet.clients.size === 0) return;
      const fragments = new Set<unknown>(minutes.map(([, type]) => type));
      const runs = liftedRuns(transaction, (text) => fragments.has(rootOf(text)));
      if (runs.length || lifts) lifted = { steps: new Set(minutes.map(([name]) => name.slice(minutesFragmentName('').length))), runs };
    });
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (this.role === 'chair' && this.link && origin === this.link.origin && touchedRecord) this.putBackChairOnly();
      if (lifted) this.keepMinutesRestricted(lifted);
      this.schedule();
    });
  }

  /** The chair's side: the session starts from the saved record. */
  static forChair(saved: Conference, store: SessionStore, events: SessionEvents = {}, timing: SessionTiming = DEFAULT_TIMING): CollabSession {
    const session = new CollabSession('chair', store, events, timing);
    session.remember(saved);
    session.chairs = structuredClone(saved);
    seedDoc(session.doc, saved);
    return session;
  }

  /** The minute-taker's side: an empty document that the chair's fills. */
  static forMinuteTaker(store: SessionStore, events: SessionEvents = {}, timing: SessionTiming = DEFAULT_TIMING): CollabSession {
    return new CollabSession('minute-taker', store, events, timing);
  }

  /** The record as last saved on this side, or null before the first sync. */
  get conference(): Conference | null {
    return this.stored && structuredClone(this.stored);
  }

  get connected(): boolean {
    return this.link !== null;
  }

  /**
   * Work over `link`. `fresh` is a first join (paired with the code), not a reconnection: the
   * chair then refuses a minute-taker whose document already holds anything, which would
   * otherwise be merged in beside the chair's copy and duplicate it.
   */
  attach(link: SessionLink, { fresh }: { fresh: boolean }): void {
    if (this.closed) throw new Error('This session has ended.');
    this.link?.detach();
    const origin = { link };
    let checkJoiner = this.role === 'chair' && fresh;
    const onUpdate = (update: Uint8Array, from: unknown) => {
      if (from !== origin) link.send(encodeUpdate(update));
    };
    this.doc.on('update', onUpdate);
    const offMessage = link.onMessage((message) => {
      try {
        if (checkJoiner) {
          if (!isEmptyStepOne(message)) {
            this.sendControl(link, { type: 'refused', reason: JOINER_HAS_CONTENT });
            link.close(JOINER_HAS_CONTENT);
            this.events.problem?.(JOINER_HAS_CONTENT);
            return;
          }
          checkJoiner = false;
          this.receive(link, origin, message);
          this.sendStepOne(link);
          return;
        }
        this.receive(link, origin, message);
        if (!dropWhatCannotBeKept(this.doc)) {
          link.close('The other app sent changes that can never be applied, so the link was closed.');
          return;
        }
      } catch {
        link.close('A message from the other app could not be read, so the link was closed. Nothing of it was applied.');
      }
    });
    const offClose = link.onClose((reason) => {
      if (this.link?.link === link) this.link.detach();
      this.events.linkClosed?.(reason);
    });
    this.link = {
      link,
      origin,
      detach: () => {
        this.doc.off('update', onUpdate);
        offMessage();
        offClose();
        if (this.link?.link === link) this.link = null;
      },
    };
    if (!checkJoiner) this.sendStepOne(link);
  }

  /**
   * A form's save (attendance, scores, the map...) while the session runs: the change the form
   * made since `baseRevision` goes into the shared document as the smallest operations, so what
   * the other side changed meanwhile survives, and the merged record comes back to show.
   */
  async saveFromForm(incoming: Conference, baseRevision: number): Promise<{ revision: number; updatedAt: string; conference: Conference }> {
    const base = this.recent.get(baseRevision);
    if (!base || !this.stored || incoming.id !== this.stored.id) {
      throw new AppFailure('stale', 'This conference changed too much while you were editing for your change to be merged. Nothing was saved: the latest version is on screen; make the change again.');
    }
    if (this.role === 'minute-taker' && !jsonEqual(keepChairOnly(base, incoming) as unknown as Json, incoming as unknown as Json)) {
      throw new AppFailure('forbidden', 'Only the chair can change the decision, what the family screen shows, the meeting\u2019s start and end, remove a step of the agenda, lift a restriction, or issue documents. Nothing was saved.');
    }
    // Only what this form changed since its base: a second window on the chair's laptop (the
    // minute-taker's view beside the chair's) saves from an older base and must not bring back
    // a decision the chair has changed since.
    if (this.role === 'chair') this.chairs = mergeThreeWay(base as unknown as Json, incoming as unknown as Json, (this.chairs ?? base) as unknown as Json) as unknown as Conference;
    applyRecordChange(this.doc, base, incoming, FORM);
    await this.flush();
    const stored = this.stored!;
    return { revision: stored.revision, updatedAt: stored.updatedAt, conference: structuredClone(stored) };
  }

  /** Tell the other app where this person's caret is (an awareness update from this side's window). */
  sendAwareness(update: Uint8Array): void {
    this.link?.link.send(encodeAwareness(update));
  }

  /** Save what the document holds now, if it differs from what is stored. */
  async flush(): Promise<void> {
    this.clearTimers();
    const run = this.writing.then(() => this.persist());
    this.writing = run.catch(() => undefined);
    await run;
  }

  /** End the session: save what is pending and leave the link. */
  async close(): Promise<void> {
    this.link?.link.close('The other app ended the session.');
    this.link?.detach();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    try {
      await this.flush();
    } finally {
      this.closed = true;
      this.doc.destroy();
    }
  }

  private remember(c: Conference): void {
    this.stored = structuredClone(c);
    this.recent.set(c.revision, this.stored);
    for (const revision of this.recent.keys()) if (this.recent.size > RECENT_REVISIONS) this.recent.delete(revision);
  }

  private schedule(): void {
    if (this.closed) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.saveInBackground(), this.timing.idleMs);
    this.maxTimer ??= setTimeout(() => void this.saveInBackground(), this.timing.maxWaitMs);
  }

  /**
   * A timed save. If the disk refuses it (full, removed, read-only), the person is told once, the
   * typing stays in the session, and the save is tried again on its own: waiting for the next
   * change to retry would lose everything typed before it if the app were then closed or killed.
   */
  private async saveInBackground(): Promise<void> {
    try {
      await this.flush();
      if (this.saveFailing) {
        this.saveFailing = false;
        this.events.problem?.('Saving on this laptop works again: everything typed in the session is saved.');
      }
    } catch (err) {
      if (this.closed) return;
      if (!this.saveFailing) {
        this.saveFailing = true;
        const why = err instanceof Error ? err.message : String(err);
        this.events.problem?.(`What was typed in the session could not be saved on this laptop (${why.slice(0, 200)}). It is kept in the session, and Chairside keeps trying to save it: do not close Chairside until this message goes.`);
      }
      this.retryTimer ??= setTimeout(() => {
        this.retryTimer = null;
        void this.saveInBackground();
      }, this.timing.maxWaitMs);
    }
  }

  private clearTimers(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.maxTimer) clearTimeout(this.maxTimer);
    this.idleTimer = this.maxTimer = null;
  }

  private async persist(): Promise<void> {
    if (docIsEmpty(this.doc)) return;
    const own = this.stored ? ownOf(this.stored) : { revision: 0, updatedAt: new Date().toISOString(), audit: [] };
    let read = readDoc(this.doc, own);
    // The chair's app puts back what is not valid (a peer's minutes that break the schema, say),
    // as stored, rather than leave the record unsaveable with everyone still typing.
    if (!read.ok && this.role === 'chair' && this.stored && repairDoc(this.doc, this.stored, POLICY)) {
      this.events.problem?.(`Part of the shared record was not valid (${read.why}), so it was put back as last saved.`);
      read = readDoc(this.doc, own);
    }
    if (!read.ok) {
      this.events.problem?.(`The merged record could not be saved because part of it is not valid (${read.why}). The last saved version is kept.`);
      return;
    }
    if (this.stored && jsonEqual(read.conference as unknown as Json, this.stored as unknown as Json)) return;
    const after = await this.store.write(read.conference);
    this.remember({ ...read.conference, ...after });
    this.events.changed?.(structuredClone(this.stored!));
  }

  /**
   * The chair's side: a restricted mark the other app lifted in the minutes is put back, where it
   * stood just before and as the chair last saved it (minutesRestrictions.ts), and both people are told.
   */
  private keepMinutesRestricted({ steps, runs }: { steps: Set<string>; runs: LiftedRun[] }): void {
    let restored = 0;
    this.doc.transact(() => {
      // What was marked just before the lift, saved or not; then what the chair last saved, which
      // also finds restricted words deleted and typed again unmarked in the same change.
      restored = markRunsAgain(this.doc, runs);
      for (const step of this.stored?.meeting.agenda ?? []) {
        if (steps.has(step.id)) restored += keepRestricted(this.doc.getXmlFragment(minutesFragmentName(step.id)), step.minutes, POLICY);
      }
    }, POLICY);
    if (!restored) return;
    this.events.problem?.('The minute-taker\u2019s laptop lifted a restriction in the minutes, so it was put back: in a session only the chair lifts one.');
    if (this.link) this.sendControl(this.link.link, { type: 'refused', reason: 'Only the chair lifts a restriction, so the restricted mark was put back.' });
  }

  /** The chair's copy keeps the chair-only fields as the chair last saved them (shared/collab/roles.ts). */
  private putBackChairOnly(): void {
    if (!this.stored || !this.chairs) return;
    let read = readDoc(this.doc, ownOf(this.stored));
    // A value no conference may hold would leave the record unsaveable, and all typing after it
    // unsaved on both laptops: the chair's app puts back just the invalid parts, as stored.
    if (!read.ok && repairDoc(this.doc, this.stored, POLICY)) read = readDoc(this.doc, ownOf(this.stored));
    if (!read.ok) return;
    const corrected = keepChairOnly(this.chairs, read.conference);
    if (!jsonEqual(corrected as unknown as Json, read.conference as unknown as Json)) applyRecordChange(this.doc, read.conference, corrected, POLICY);
  }

  private receive(link: SessionLink, origin: object, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const kind = decoding.readVarUint(decoder);
    if (kind === MESSAGE_CONTROL) {
      const control = JSON.parse(decoding.readVarString(decoder)) as { type?: string; reason?: unknown };
      // Only the chair's app refuses; a "refusal" arriving at the chair's would be the other
      // app putting words of its own on the chair's screen.
      if (this.role === 'minute-taker' && control?.type === 'refused' && typeof control.reason === 'string') this.events.problem?.(control.reason.slice(0, 500));
      return;
    }
    if (kind === MESSAGE_AWARENESS) {
      const update = decoding.readVarUint8Array(decoder);
      if (isCaretUpdate(update)) this.events.awareness?.(update);
      return;
    }
    if (kind !== MESSAGE_SYNC) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.readSyncMessage(decoder, encoder, this.doc, origin);
    if (encoding.length(encoder) > 1) link.send(encoding.toUint8Array(encoder));
  }

  private sendStepOne(link: SessionLink): void {
    link.send(encodeStepOne(this.doc));
  }

  private sendControl(link: SessionLink, control: ControlMessage): void {
    link.send(encodeControl(control));
  }
}

/** The top-level type a shared type sits in. */
function rootOf(type: { _item: Y.Item | null }): unknown {
  let at = type;
  while (at._item) at = at._item.parent as { _item: Y.Item | null };
  return at;
}

const ownOf = (c: Conference): Own => ({ revision: c.revision, updatedAt: c.updatedAt, audit: c.audit });

export const DEFAULT_TIMING: SessionTiming = { idleMs: 250, maxWaitMs: 750 };
