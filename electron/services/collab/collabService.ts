import * as Y from 'yjs';
import { SCHEMA_VERSION, type Conference } from '../../../shared/model';
import type { CollabStatus, SavedConference } from '../../../shared/ipc';
import type { HandlerTable } from '../handlers/types';
import type { EventSink } from '../events';
import type { RepositoryAccess } from '../conferenceServices';
import { AppFailure } from '../appFailure';
import { joinPairing, listenForPairing, newPairingCode, stayJoined, type CloseKind, type PairingHello, type PairingListener, type SecureChannel } from '../pairing';
import { CollabSession, DEFAULT_TIMING, type SessionTiming } from './collabSession';
import { carryOverMinutes } from './carryOver';
import { applyRecordChange, readDoc } from './recordDoc';
import { mergeOfflineChanges } from '../../../shared/collab/offlineChanges';

/**
 * The chair's and the minute-taker's apps working on one conference over the local network
 * (issue #17): pairing, the session, reconnection, and the renderer's replica of the shared
 * document. The chair's app listens only while it hosts a session, and only on `listenHost`.
 */
export interface CollabServiceOptions {
  repository: RepositoryAccess;
  events: EventSink;
  appVersion: string;
  /** Where the chair's app listens for the minute-taker's: the laptop's network address (loopback in tests). */
  listenHost: () => string;
  /** Who this is, as the other side's screen names them. */
  name?: () => string;
  timing?: SessionTiming;
  /** The first wait before the minute-taker's app tries to reconnect after the link drops. */
  reconnectMs?: number;
}

export type CollabHandlers = Pick<HandlerTable, 'collabHost' | 'collabJoin' | 'collabStatus' | 'collabLeave' | 'collabState' | 'collabPush' | 'collabAwareness'>;

export interface CollabService {
  handlers: CollabHandlers;
  /** A window's save of the conference in session goes through the session; null when none is. */
  saveThrough(conference: Conference, baseRevision: number): Promise<SavedConference> | null;
  /** Ends any session (on quitting). */
  close(): Promise<void>;
  /** True on the minute-taker's laptop while it is in a session: the family screen and exports stay with the chair. */
  isMinuteTaker(): boolean;
}

/** Updates the renderer's replica made: not sent back to it. */
const RENDERER = Symbol('renderer replica');
/** This laptop's own changes from while it was out of the session, brought in on a fresh join. */
const CARRIED = Symbol('carried over');
const MAX_UPDATE_CHARS = 12_000_000;

export function createCollabService(options: CollabServiceOptions): CollabService {
  let session: CollabSession | null = null;
  let listener: PairingListener | null = null;
  let channel: SecureChannel | null = null;
  let rejoin: { stop(): void } | null = null;
  let lastClose: CloseKind | null = null;
  let status: CollabStatus = { state: 'off' };
  /** This window's caret as last sent, given again to the other app whenever the link is made. */
  let ownAwareness: Uint8Array | null = null;
  const relayAwareness = (update: Uint8Array) => options.events.chair('collabAwareness', { update: Buffer.from(update).toString('base64') });
  const timing = options.timing ?? DEFAULT_TIMING;

  const hello = (role: PairingHello['role']): PairingHello => ({ appVersion: options.appVersion, schemaVersion: SCHEMA_VERSION, role, name: options.name?.() ?? (role === 'chair' ? 'Chair' : 'Minute-taker') });
  const publish = (next: Partial<CollabStatus>) => {
    status = { ...status, ...next };
    options.events.chair('collab', status);
  };

  function startSession(made: CollabSession): void {
    session = made;
    made.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== RENDERER) options.events.chair('collabUpdate', { update: Buffer.from(update).toString('base64') });
    });
  }

  function attach(ch: SecureChannel, fresh: boolean): void {
    channel = ch;
    // Back in the session (a reconnection): the two documents merge by themselves, so what this
    // laptop held when it dropped out is no longer needed to tell its own changes apart.
    if (!fresh && session?.role === 'minute-taker' && session.conference) {
      const id = session.conference.id;
      void inOrder(() => options.repository.forgetSessionBase(id));
    }
    // Heard before the session's own close listener, so linkClosed knows how the link ended.
    ch.onClose((_reason, kind) => (lastClose = kind));
    session!.attach(ch, { fresh });
    if (ownAwareness) session!.sendAwareness(ownAwareness);
    // A code works once: after a join with it, the screen no longer offers it.
    publish({ state: 'connected', comparison: ch.comparison, peerName: ch.peer.name, message: undefined, ...(fresh ? { code: undefined } : {}) });
  }

  function linkClosed(reason: string): void {
    channel = null;
    if (!session) return;
    if (session.role === 'chair') {
      // The minute-taker left on purpose: a fresh code for a new join. Not after a drop (that
      // minute-taker reconnects without a code), so nobody on the network gets fresh guesses at
      // a new code by cutting the link.
      const code = newPairingCode();
      const renewed = lastClose === 'closed-by-peer' && (listener?.renewCode(code) ?? false);
      publish({ state: 'waiting', code: renewed ? code : undefined, message: `${reason} A minute-taker whose Wi-Fi dropped reconnects by itself while this screen is open${renewed ? '; one who left can join again with the new code' : ''}.` });
      return;
    }
    // What the session held as the link went is the last version both laptops agreed on: kept,
    // so that if this laptop joins a new session instead, its own changes since can be told apart.
    const dropped = session;
    void inOrder(() => rememberBase(dropped));
    // The minute-taker's app reconnects by itself (stayJoined); this only says so.
    publish({ state: 'reconnecting', message: `${reason} Your typing is kept here and Chairside reconnects by itself.` });
  }

  /**
   * Keeping and dropping the base run one after another: a link that drops and comes straight back
   * must not have the base written after it was dropped, or the next fresh join would take changes
   * both laptops already share for this laptop's own.
   */
  let baseWork: Promise<void> = Promise.resolve();
  const inOrder = (work: () => Promise<void>): Promise<void> => (baseWork = baseWork.then(work, work));

  /**
   * The minute-taker's side, as it leaves the session or the link goes: keep the record as both
   * laptops last agreed on it (see ConferenceRepository.rememberSessionBase).
   */
  async function rememberBase(from: CollabSession): Promise<void> {
    if (from.role !== 'minute-taker') return;
    await from.flush().catch(() => undefined);
    const held = from.conference;
    if (!held) return;
    try {
      await options.repository.rememberSessionBase(held);
    } catch (err) {
      publish({ message: `Chairside could not note on this laptop what the session held (${err instanceof Error ? err.message : String(err)}). If you change anything other than the minutes before joining again, the chair's record will replace it.` });
    }
  }

  /** End the session whatever happens (after a failed join, on quitting). */
  async function leave(): Promise<CollabStatus> {
    rejoin?.stop();
    rejoin = null;
    const ending = session;
    // Leaving while still joined: what the session holds now is what both laptops agree on. Not
    // after the link went: the base kept then stands, and later changes here are this laptop's own.
    const agreed = channel !== null && ending?.role === 'minute-taker' && ending.conference !== null;
    session = null;
    channel = null;
    ownAwareness = null;
    try {
      await listener?.close();
      listener = null;
      await ending?.close();
      if (agreed) await inOrder(() => rememberBase(ending));
    } finally {
      // The session has ended even if its last save failed (that failure is what is thrown):
      // the screen must not go on showing a session that is not there.
      listener = null;
      status = { state: 'off' };
      publish({});
    }
    return status;
  }

  /**
   * A fresh join on a laptop that already holds this conference: before the chair's record
   * replaces this laptop's copy, what was changed here while out of the session goes into the
   * session, so nothing is lost: the other fields first (offlineChanges.ts, against what the
   * session held when this laptop left it), then the minutes' paragraphs the chair's lacks
   * (carryOver.ts). Returns the record to store.
   */
  async function carryIn(made: CollabSession, local: Conference, chairs: Conference): Promise<Conference> {
    const own = { revision: chairs.revision, updatedAt: chairs.updatedAt, audit: chairs.audit };
    const base = await options.repository.sessionBase(chairs.id);
    let shared = chairs;
    const said: string[] = [];
    if (base) {
      const offline = mergeOfflineChanges(base, chairs, local);
      if (offline.added) {
        applyRecordChange(made.doc, chairs, offline.record, CARRIED);
        shared = offline.record;
        said.push('What you changed on this laptop while it was out of the session was added to it.');
      }
      if (offline.conflicts.length) said.push(`The chair’s laptop had changed the same thing, so the chair’s is kept, in: ${listed(offline.conflicts)}.`);
      if (offline.chairOnly.length) said.push(`Only the chair can change ${listed(offline.chairOnly)}, so those changes from this laptop were not added.`);
    }
    const carried = carryOverMinutes(made.doc, local, shared);
    if (carried > 0) said.push(`${carried === 1 ? 'One paragraph' : `${carried} paragraphs`} of minutes typed on this laptop while it was out of the session ${carried === 1 ? 'was' : 'were'} added, under a note.`);
    if (said.length) publish({ message: said.join(' ') });
    if (shared === chairs && carried === 0) return chairs;
    const again = readDoc(made.doc, own);
    return again.ok ? again.conference : chairs;
  }

  const handlers: CollabHandlers = {
    async collabHost({ id }) {
      if (session) {
        if (session.role === 'chair' && session.conference?.id === id) return status;
        throw new AppFailure('invalid-input', 'This app is already in a session for another conference. End it first.');
      }
      const saved = await options.repository.load(id);
      const made = CollabSession.forChair(
        saved,
        { write: async (c) => ({ ...(await options.repository.save(c, c.revision)), audit: c.audit }) },
        { problem: (why) => publish({ message: why }), linkClosed, awareness: relayAwareness },
        timing,
      );
      startSession(made);
      const code = newPairingCode();
      try {
        listener = await listenForPairing({
          host: options.listenHost(),
          port: 0,
          code,
          hello: hello('chair'),
          onChannel: (ch) => {
            if (!session || (channel && !ch.resumed)) return ch.close('A minute-taker is already working on this conference.');
            channel?.close('The minute-taker\u2019s app reconnected.');
            attach(ch, !ch.resumed);
          },
          onRefused: (reason) => publish({ message: reason }),
          onStopped: (reason) => publish({ state: channel ? 'connected' : 'stopped', code: undefined, message: reason }),
        });
      } catch (err) {
        session = null;
        await made.close();
        throw new AppFailure('storage', `Chairside could not listen for the minute-taker\u2019s app: ${err instanceof Error ? err.message : String(err)}`);
      }
      status = { role: 'chair', state: 'waiting', conferenceId: id, address: `${listener.host}:${listener.port}`, code };
      publish({});
      return status;
    },

    async collabJoin({ address, code }) {
      if (session) throw new AppFailure('invalid-input', 'This app is already in a session. End it first.');
      const [host, port] = splitAddress(address);
      let ch: SecureChannel;
      try {
        ch = await joinPairing({ host, port, code, hello: hello('minute-taker') });
      } catch (err) {
        throw new AppFailure('invalid-input', err instanceof Error ? err.message : String(err));
      }
      let firstWrite = true;
      const made: CollabSession = CollabSession.forMinuteTaker(
        {
          write: async (c) => {
            let record = c;
            // This laptop's own copy is about to be replaced: first add any of its minutes the
            // chair's lacks to the session, so nothing typed here is lost (carryOver.ts).
            const first = firstWrite;
            if (first) {
              firstWrite = false;
              const local = await options.repository.load(c.id).catch(() => null);
              if (local) record = await carryIn(made, local, c);
            }
            const saved = { ...(await options.repository.adoptShared(record)), audit: c.audit };
            if (first) await inOrder(() => options.repository.forgetSessionBase(c.id));
            return saved;
          },
        },
        { problem: (why) => publish({ message: why }), linkClosed, awareness: relayAwareness },
        timing,
      );
      startSession(made);
      status = { role: 'minute-taker', state: 'connected', address };
      attach(ch, true);
      rejoin = stayJoined({
        host,
        port,
        hello: hello('minute-taker'),
        first: ch,
        retryMs: options.reconnectMs,
        onChannel: (next) => {
          if (session === made) attach(next, false);
          else next.close('The session has ended.');
        },
        // The chair ended the session, or its app no longer knows this link: the typing stays here.
        onEnded: (reason) => {
          if (session === made) publish({ state: 'stopped', message: `${reason} Everything typed here is saved on this laptop.` });
        },
      });
      // The chair's app fills the empty document; wait for it and store it before the window opens it.
      const deadline = Date.now() + 15_000;
      while (made.conference === null && Date.now() < deadline && channel) {
        await new Promise((r) => setTimeout(r, 50));
        if (!made.doc.store.clients.size) continue;
        try {
          await made.flush();
        } catch (err) {
          // This laptop could not store the chair's record (a full disk, a read-only folder): end
          // the session here too, so it can join again once that is put right.
          await leave().catch(() => undefined);
          throw new AppFailure('storage', `The conference could not be stored on this laptop, so nothing was joined: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      if (made.conference === null) {
        await leave();
        throw new AppFailure('storage', 'The chair\u2019s app did not send the conference in time, so nothing was joined. Try again.');
      }
      publish({ conferenceId: made.conference.id });
      return status;
    },

    async collabStatus() {
      return status;
    },

    async collabLeave() {
      // Ending the session drops the shared document: first save what it holds. If that fails
      // (a full disk), the session stays, with the typing in it, and the person is told why.
      if (session) {
        try {
          await session.flush();
        } catch (err) {
          throw new AppFailure('storage', `The session was not ended, because what was typed could not be saved on this laptop (${err instanceof Error ? err.message : String(err)}). It is kept in the session: make room or fix the data folder, then end the session again.`);
        }
      }
      return leave();
    },

    async collabState() {
      if (!session) throw new AppFailure('not-found', 'No session is running.');
      return { update: Buffer.from(Y.encodeStateAsUpdate(session.doc)).toString('base64') };
    },

    async collabAwareness({ update }) {
      if (!session) return {};
      ownAwareness = Buffer.from(update, 'base64');
      session.sendAwareness(ownAwareness);
      return {};
    },

    async collabPush({ update, awareness }) {
      if (!session) throw new AppFailure('not-found', 'No session is running, so the change was not shared.');
      if (update.length > MAX_UPDATE_CHARS) throw new AppFailure('invalid-input', 'That change is too large to share.');
      try {
        Y.applyUpdate(session.doc, Buffer.from(update, 'base64'), RENDERER);
      } catch {
        throw new AppFailure('invalid-input', 'That change could not be read, so it was not shared.');
      }
      // After the change it belongs to, so the other laptop never draws the caret past its text.
      if (awareness !== undefined) await handlers.collabAwareness({ update: awareness });
      return {};
    },
  };

  return {
    handlers,
    saveThrough(conference, baseRevision) {
      if (!session || session.conference?.id !== conference.id) return null;
      return session.saveFromForm(conference, baseRevision);
    },
    async close() {
      await leave();
    },
    isMinuteTaker: () => session?.role === 'minute-taker',
  };
}

/** Places for a sentence: the first few, and how many more. */
function listed(places: string[]): string {
  const shown = places.slice(0, 5).join('; ');
  return places.length > 5 ? `${shown} and ${places.length - 5} more` : shown;
}

function splitAddress(address: string): [string, number] {
  const match = /^(\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]+\]):(\d{1,5})$/i.exec(address.trim());
  const port = Number(match?.[2]);
  if (!match || !(port > 0 && port < 65_536)) throw new AppFailure('invalid-input', 'Type the address exactly as the chair\u2019s screen shows it, for example 192.168.1.20:53817.');
  return [match[1]!.replace(/^\[|\]$/g, ''), port];
}
