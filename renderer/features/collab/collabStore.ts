import { create } from 'zustand';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type { CollabStatus } from '../../../shared/ipc';
import { api } from '../../api/api';
import { fromBase64, toBase64 } from './base64';
import { useConferenceStore } from '../../store/conferenceStore';

/**
 * This window's view of a live session with the other laptop (issue #17): main's status, and a
 * replica of the shared document for the minutes editors to bind to. Main owns the document; the
 * replica sends its changes to main and applies main's (which include the other laptop's).
 */
interface CollabState {
  status: CollabStatus;
  /** Set once the replica holds main's document, so an editor never binds to a half-loaded one. */
  replica: Y.Doc | null;
  /** Where each person's caret is, this window's included (y-protocols awareness on the replica). */
  awareness: Awareness | null;
}

export const useCollab = create<CollabState>(() => ({ status: { state: 'off' }, replica: null, awareness: null }));

/** Changes that came from main: applied here, never sent back. */
const FROM_MAIN = Symbol('main');
/**
 * A request costs the page a few milliseconds (more on a busy laptop): made inside a key's frame it
 * delays that key's character on screen (the paired typing bench's p95). So the key's update and
 * the caret go to main just after the frame that shows the key has been painted, together with
 * anything else typed before then; at the latest after this long (a hidden window has no frames).
 */
const PUSH_LATEST_MS = 100;
/** This window's caret goes to the other laptop at most this often. */
const AWARENESS_GAP_MS = 150;

/**
 * Whether a change made in this window is still waiting for the frame that shows it. Set in the
 * task of the key (or caret move) that made it: that frame is coming anyway, so a frame callback
 * costs nothing. A frame callback asked for when no frame was coming made a frame of its own, and
 * a key pressed within that frame's slot (16 ms) waited for the next slot before it showed: the
 * paired typing bench's slowest keys.
 */
const paint = { pending: 0, waiting: [] as (() => void)[] };

/** Called in the task of a change made here: the next frame shows it. */
function changeShownNextFrame(): void {
  if (paint.pending) return;
  const frame = (paint.pending = performance.now());
  const painted = () => {
    if (paint.pending !== frame) return;
    paint.pending = 0;
    for (const run of paint.waiting.splice(0)) run();
  };
  // A task queued from a frame callback runs after that frame is painted; a hidden window has no
  // frames, hence the latest time.
  requestAnimationFrame(() => setTimeout(painted, 0));
  setTimeout(painted, PUSH_LATEST_MS);
}

/** Runs `send` once the frame showing this window's last change is painted, or now if it has been. */
function afterPaint(send: () => void): void {
  if (paint.pending) paint.waiting.push(send);
  else setTimeout(send, 0);
}

/** Run before the other laptop's change is applied (see beforeRemoteChanges). */
const beforeRemote = new Set<() => void>();

/**
 * Register work to do just before a change from the other laptop reaches the replica: an editor
 * takes in a caret move the browser has made but not yet reported (End, an arrow key), or the
 * redraw for the other person's change puts the caret back where it was and the next key lands
 * there. Returns an unregister.
 */
export function beforeRemoteChanges(settle: () => void): () => void {
  beforeRemote.add(settle);
  return () => {
    beforeRemote.delete(settle);
  };
}

let following = false;
let loading: Y.Doc | null = null;

/**
 * What this window sends to main while someone types: the replica's changes and this person's
 * caret, together in one request after the frame that shows the key (each request costs the page
 * a few milliseconds), and never two requests at once: keys typed while one is on its way go in
 * the next.
 */
const outbox = {
  updates: [] as Uint8Array[],
  /** The caret moved since it was last sent. */
  caret: null as Awareness | null,
  caretSentAt: -Infinity,
  caretTimer: null as ReturnType<typeof setTimeout> | null,
  scheduled: false,
  inFlight: false,
  doc: null as Y.Doc | null,
};

function schedulePush(): void {
  if (outbox.scheduled || outbox.inFlight) return;
  outbox.scheduled = true;
  afterPaint(() => {
    outbox.scheduled = false;
    void sendOutbox();
  });
}

/** The caret goes with the next push, at most every AWARENESS_GAP_MS. */
function caretDue(): boolean {
  return outbox.caret !== null && performance.now() - outbox.caretSentAt >= AWARENESS_GAP_MS;
}

async function sendOutbox(): Promise<void> {
  if (outbox.inFlight) return;
  const doc = outbox.doc;
  const updates = outbox.updates;
  const caret = caretDue() ? outbox.caret : null;
  if (!updates.length && !caret) {
    // A timer can fire a fraction of a millisecond before the page's clock says the gap is over:
    // the caret then waits for the gap again, or this window's last caret move never went.
    if (outbox.caret) waitForCaretGap();
    return;
  }
  outbox.updates = [];
  if (caret) {
    outbox.caret = null;
    outbox.caretSentAt = performance.now();
  }
  const awareness = caret ? toBase64(encodeAwarenessUpdate(caret, [caret.clientID])) : undefined;
  outbox.inFlight = true;
  try {
    if (updates.length) {
      const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
      const r = await api().collabPush({ update: toBase64(update), ...(awareness ? { awareness } : {}) });
      // Main did not take it (the session ended under us): keep the words in this window's
      // replica; the minutes editor also copies them into the record on its next save.
      if (!r.ok && doc && !doc.isDestroyed) console.warn(r.error.message);
    } else if (awareness) {
      await api().collabAwareness({ update: awareness });
    }
  } finally {
    outbox.inFlight = false;
  }
  if (outbox.updates.length || caretDue()) schedulePush();
  else if (outbox.caret) waitForCaretGap();
}

function waitForCaretGap(): void {
  if (outbox.caretTimer) return;
  outbox.caretTimer = setTimeout(() => {
    outbox.caretTimer = null;
    schedulePush();
  }, Math.max(0, Math.ceil(outbox.caretSentAt + AWARENESS_GAP_MS - performance.now())));
}

/** Follow main's session from now on. Called once, when the chair's window starts. */
export function followCollab(): void {
  if (following) return;
  following = true;
  api().on('collab', (status) => void applyStatus(status));
  api().on('collabUpdate', ({ update }) => {
    const doc = useCollab.getState().replica ?? loading;
    if (!doc) return;
    for (const settle of beforeRemote) settle();
    Y.applyUpdate(doc, fromBase64(update), FROM_MAIN);
  });
  api().on('collabAwareness', ({ update }) => {
    const { awareness } = useCollab.getState();
    if (awareness) applyAwarenessUpdate(awareness, fromBase64(update), FROM_MAIN);
  });
  void api()
    .collabStatus({})
    .then((r) => {
      if (r.ok) void applyStatus(r.value);
    });
}

async function applyStatus(status: CollabStatus): Promise<void> {
  const before = useCollab.getState().status;
  useCollab.setState({ status });
  const active = status.state !== 'off';
  const { replica, awareness } = useCollab.getState();
  if (!active) {
    awareness?.destroy();
    if (replica) {
      flushPush(replica);
      replica.destroy();
    }
    outbox.doc = null;
    outbox.caret = null;
    loading = null;
    useCollab.setState({ replica: null, awareness: null });
    // The session's minutes were saved by main, not copied into this window's record: load the
    // record as main saved it, so the editor (no longer shared) starts from every word.
    const ended = before.state !== 'off' ? before.conferenceId : undefined;
    const store = useConferenceStore.getState();
    if (ended && store.conference?.id === ended) await store.flush().then(() => useConferenceStore.getState().reload(ended));
    return;
  }
  // The other person's caret goes when the link does; it comes back with their next move.
  if (awareness && status.state !== 'connected') {
    removeAwarenessStates(awareness, [...awareness.getStates().keys()].filter((id) => id !== awareness.clientID), FROM_MAIN);
  }
  if (replica || loading) return;
  // Updates that arrive while the document loads are applied to it too (Yjs orders them).
  const doc = (loading = new Y.Doc());
  const state = await api().collabState({});
  if (loading !== doc || !state.ok) return;
  Y.applyUpdate(doc, fromBase64(state.value.update), FROM_MAIN);
  outbox.doc = doc;
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_MAIN) return;
    outbox.updates.push(update);
    changeShownNextFrame();
    schedulePush();
  });
  loading = null;
  useCollab.setState({ replica: doc, awareness: watchAwareness(doc, status) });
}

/** This window's caret, sent to the other laptop through main whenever it moves. */
function watchAwareness(doc: Y.Doc, status: CollabStatus): Awareness {
  const awareness = new Awareness(doc);
  const chair = status.role !== 'minute-taker';
  awareness.setLocalStateField('user', { name: chair ? 'Chair' : 'Minute-taker', role: chair ? 'chair' : 'minute-taker' });
  // The caret moves with every key, and each move redraws every caret on the other laptop: it goes
  // with the key's change, at most every AWARENESS_GAP_MS (see outbox).
  awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === FROM_MAIN) return;
    if (![...added, ...updated, ...removed].includes(awareness.clientID)) return;
    changeShownNextFrame();
    outbox.caret = awareness;
    if (caretDue()) schedulePush();
    else waitForCaretGap();
  });
  return awareness;
}

/** Send the replica's changes not yet sent, now (the session is ending, or the window closing). */
function flushPush(doc: Y.Doc): void {
  if (!outbox.updates.length || outbox.doc !== doc) return;
  const update = Y.mergeUpdates(outbox.updates);
  outbox.updates = [];
  void api().collabPush({ update: toBase64(update) });
}

/** Send what the replica holds now (before the window closes). */
export function flushCollab(): void {
  const { replica } = useCollab.getState();
  if (replica) flushPush(replica);
}
