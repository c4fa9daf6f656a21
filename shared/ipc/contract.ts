import { z } from 'zod';
import {
  Conference,
  ConferenceSummary,
  QuarantinedFile,
  Details,
  Settings,
  SettingsPatch,
  Id,
  ShortText,
  IsoDate,
  CONFERENCE_KINDS,
} from '../model';
import type { FamilyScreen } from '../family/familyView';

/**
 * The one contract between the renderer and main. Each call has a channel name, a zod schema
 * for its input, and a result type. The main-side binding (electron/ipc.ts, electron/host) and
 * the preload API (electron/preload.ts) are both derived from this table.
 */
const call = <I extends z.ZodType, O>(channel: `chairside:${string}`, input: I) => ({
  channel,
  input,
  /** Type-only marker for the result; never read at run time. */
  output: undefined as unknown as O,
});

export interface AppInfo {
  version: string;
  host: 'electron' | 'browser';
  /** How the data key is protected: by the OS keychain, a weak fallback, not at all (the browser host's plain key file), or a test key. */
  keyProtection: 'os' | 'weak' | 'none' | 'test';
  /** True until the user has accepted weak key protection; nothing is stored until then. */
  needsConsent: boolean;
  /** Set when nothing can be saved in the data folder (read-only, or another Chairside has it): why, in a sentence. */
  readOnly?: string;
}

export interface OpenedConference {
  conference: Conference;
  /** Set when the record must not be written back (e.g. made by a newer version of Chairside). */
  readOnly?: { reason: string };
  /** Set when the record was upgraded from an older schema on opening. */
  upgradedFrom?: number;
}

export interface SavedConference {
  revision: number;
  updatedAt: string;
  /** In a live session with a minute-taker: the stored record with both sides' changes merged, to show. */
  conference?: Conference;
}

/** A live session with the minute-taker's app on another laptop (issue #17). */
export interface CollabStatus {
  state: 'off' | 'waiting' | 'connected' | 'reconnecting' | 'stopped';
  role?: 'chair' | 'minute-taker';
  conferenceId?: string;
  /** Where the minute-taker's app connects (the chair's laptop), as typed: "192.168.1.20:53817". */
  address?: string;
  /** The code the minute-taker types; shown on the chair's screen only while it can still be used. */
  code?: string;
  /** Shown on both screens once joined: the same on both only if nobody sits in between. */
  comparison?: string;
  peerName?: string;
  /** The last thing the user should read: a refusal, a dropped link. */
  message?: string;
}

/** How an exported file reached the user: saved through the system dialog, or offered as a download. */
export type Delivery =
  | ({ kind: 'saved'; fileNames: string[] } & ExportReport)
  | ({ kind: 'download'; fileName: string; url: string } & ExportReport)
  | { kind: 'cancelled' };

/** What an export learned on the way: characters the document font cannot show (printed as "?"). */
export interface ExportReport {
  pages?: number;
  missingCharacters?: string[];
}

export interface FamilyState {
  open: boolean;
  curtain: boolean;
  conferenceId?: string;
  pinnedStepId?: string;
}

const Empty = z.strictObject({});
const ConferenceRef = z.strictObject({ id: Id });

export const CreateConferenceInput = z.strictObject({
  details: Details.partial().extend({ kind: z.enum(CONFERENCE_KINDS), date: IsoDate }),
  /** Carry the plan, map and scores over from an earlier conference (review or core group). */
  followOn: Id.optional(),
});

const FlushedInput = z.strictObject({ requestId: Id, unsaved: z.string().max(2_000).optional() });

export const calls = {
  appInfo: call<typeof Empty, AppInfo>('chairside:app.info', Empty),
  acceptWeakKeyProtection: call<typeof Empty, AppInfo>('chairside:app.acceptWeakKeyProtection', Empty),
  /** The renderer answers main's flush request once unsaved work is saved. */
  // `unsaved`: why edits in the window could not be saved, so main can ask before quitting.
  flushed: call<typeof FlushedInput, Record<string, never>>('chairside:app.flushed', FlushedInput),

  getSettings: call<typeof Empty, Settings>('chairside:settings.get', Empty),
  updateSettings: call<typeof SettingsPatch, Settings>('chairside:settings.update', SettingsPatch),

  listConferences: call<z.ZodObject<{ query: z.ZodOptional<typeof ShortText> }>, { conferences: ConferenceSummary[]; quarantined: QuarantinedFile[] }>(
    'chairside:conference.list',
    z.strictObject({ query: ShortText.optional() }),
  ),
  createConference: call<typeof CreateConferenceInput, Conference>('chairside:conference.create', CreateConferenceInput),
  openConference: call<typeof ConferenceRef, OpenedConference>('chairside:conference.open', ConferenceRef),
  saveConference: call<z.ZodObject<{ conference: typeof Conference; baseRevision: z.ZodNumber }>, SavedConference>(
    'chairside:conference.save',
    z.strictObject({ conference: Conference, baseRevision: z.number().int().min(0) }),
  ),
  deleteConference: call<typeof ConferenceRef, Record<string, never>>('chairside:conference.delete', ConferenceRef),

  openFamilyView: call<typeof ConferenceRef, FamilyState & { url?: string }>('chairside:family.open', ConferenceRef),
  closeFamilyView: call<typeof Empty, FamilyState>('chairside:family.close', Empty),
  setCurtain: call<z.ZodObject<{ down: z.ZodBoolean }>, FamilyState>('chairside:family.curtain', z.strictObject({ down: z.boolean() })),
  pinFamilyStep: call<z.ZodObject<{ stepId: z.ZodOptional<typeof Id> }>, FamilyState>('chairside:family.pin', z.strictObject({ stepId: Id.optional() })),
  getFamilyState: call<typeof Empty, FamilyState>('chairside:family.state', Empty),

  exportDocument: call<z.ZodObject<{ id: typeof Id; document: z.ZodEnum<{ minutes: 'minutes'; plan: 'plan' }>; audience: z.ZodEnum<{ full: 'full'; family: 'family' }> }>, Delivery>(
    'chairside:export.document',
    z.strictObject({ id: Id, document: z.enum(['minutes', 'plan']), audience: z.enum(['full', 'family']) }),
  ),
  exportArchive: call<typeof ConferenceRef, Delivery>('chairside:export.archive', ConferenceRef),
  /** The chair lets a minute-taker's app join this conference over the local network. */
  collabHost: call<typeof ConferenceRef, CollabStatus>('chairside:collab.host', ConferenceRef),
  /** The minute-taker's app joins the chair's, with the address and code on the chair's screen. */
  collabJoin: call<z.ZodObject<{ address: z.ZodString; code: z.ZodString }>, CollabStatus>(
    'chairside:collab.join',
    z.strictObject({ address: z.string().trim().min(1).max(100), code: z.string().trim().min(1).max(20) }),
  ),
  collabStatus: call<typeof Empty, CollabStatus>('chairside:collab.status', Empty),
  collabLeave: call<typeof Empty, CollabStatus>('chairside:collab.leave', Empty),
  /** The shared document as one Yjs update (base64), for the window's own replica. */
  collabState: call<typeof Empty, { update: string }>('chairside:collab.state', Empty),
  /**
   * A change the window's replica made (a Yjs update, base64), and where this person's caret is
   * now if it moved (as collabAwareness): one request a frame, not two, while someone types.
   */
  collabPush: call<z.ZodObject<{ update: z.ZodString; awareness: z.ZodOptional<z.ZodString> }>, Record<string, never>>(
    'chairside:collab.push',
    z.strictObject({ update: z.string().max(12_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/), awareness: z.string().max(100_000).regex(/^[A-Za-z0-9+/]*={0,2}$/).optional() }),
  ),
  /** Where this person's caret is (a y-protocols awareness update, base64), for the other laptop's screen. */
  collabAwareness: call<z.ZodObject<{ update: z.ZodString }>, Record<string, never>>('chairside:collab.awareness', z.strictObject({ update: z.string().max(100_000).regex(/^[A-Za-z0-9+/]*={0,2}$/) })),
  /** Stops the export under way, if any: that export then answers { kind: 'cancelled' }. */
  cancelExport: call<typeof Empty, { cancelled: boolean }>('chairside:export.cancel', Empty),
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type CallOutput<K extends CallName> = Calls[K]['output'];

/** Push events from main. The chair's window gets these; the family window gets only `familyScreen`. */
export interface ChairEvents {
  /**
   * Another window saved this conference (e.g. the minute-taker's window on the same laptop), or
   * main saved a live session. `minutesOnly`: nothing changed but the steps' minutes, which a
   * window in a session already shows from its replica of the shared document.
   */
  conferenceChanged: { id: string; revision: number; updatedAt?: string; minutesOnly?: boolean };
  /** Main is about to close or quit: save now, then call `flushed`. */
  flushRequest: { requestId: string };
  familyState: FamilyState;
  /** The desktop menu's Settings item (Ctrl+, / Cmd+,) was chosen: show Settings. */
  openSettings: Record<string, never>;
  /** How far the export under way has got: `done` of `total` documents, `fraction` through the current one. */
  exportProgress: ExportProgress;
  /** The session with the minute-taker's app changed state. */
  collab: CollabStatus;
  /** A change to the shared document from main or the other app (a Yjs update, base64), for the window's replica. */
  collabUpdate: { update: string };
  /** Where the other person's caret is (a y-protocols awareness update, base64). */
  collabAwareness: { update: string };
}

export interface ExportProgress {
  /** The document being made, in words: "Minutes, family copy". */
  document: string;
  done: number;
  total: number;
  /** 0 to 1 through the current document. */
  fraction: number;
}
export interface FamilyEvents {
  familyScreen: FamilyScreen;
}
export const CHAIR_EVENT_CHANNELS: Record<keyof ChairEvents, `chairside:event.${string}`> = {
  conferenceChanged: 'chairside:event.conferenceChanged',
  flushRequest: 'chairside:event.flushRequest',
  familyState: 'chairside:event.familyState',
  openSettings: 'chairside:event.openSettings',
  exportProgress: 'chairside:event.exportProgress',
  collab: 'chairside:event.collab',
  collabUpdate: 'chairside:event.collabUpdate',
  collabAwareness: 'chairside:event.collabAwareness',
};
export const FAMILY_EVENT_CHANNELS: Record<keyof FamilyEvents, `chairside:event.${string}`> = {
  familyScreen: 'chairside:event.familyScreen',
};

/** The API the renderer sees: one named async function per call, and one subscription per event. */
export type ChairsideApi = {
  [K in CallName]: (input: CallInput<K>) => Promise<import('./result').Result<CallOutput<K>>>;
} & {
  on<E extends keyof ChairEvents>(event: E, listener: (payload: ChairEvents[E]) => void): () => void;
};

/** The family window's whole API: it can receive what the family may see, nothing more. */
export interface FamilyApi {
  onFamilyScreen(listener: (screen: FamilyScreen) => void): () => void;
}
