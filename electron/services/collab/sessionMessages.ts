import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';

/**
 * The messages on the link between the two apps (issue #17): y-protocols' own sync (type 0) and
 * awareness (type 1), numbered as y-websocket and Hocuspocus number them, and one control message
 * of ours (type 100) for refusals. Encoding and the checks of what arrives live here; what the
 * session does with them lives in collabSession.ts.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_CONTROL = 100;

export type ControlMessage = { type: 'refused'; reason: string };

function message(kind: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kind);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A change to the shared document. */
export const encodeUpdate = (update: Uint8Array) => message(MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, update));
/** "Here is what I hold": the other side answers with what this side lacks. */
export const encodeStepOne = (doc: Y.Doc) => message(MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep1(e, doc));
/** Where this person's caret is. */
export const encodeAwareness = (update: Uint8Array) => message(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update));
export const encodeControl = (control: ControlMessage) => message(MESSAGE_CONTROL, (e) => encoding.writeVarString(e, JSON.stringify(control)));

/** A caret (y-protocols awareness update) is well under this: what the window may send (100,000 base64 characters, shared/ipc). */
const MAX_CARET_BYTES = 75_000;

/**
 * Whether `update` is a y-protocols awareness update (a count, then per client its id, clock and
 * state as JSON) of a caret's size: anything else is not passed on to the window, which would
 * otherwise parse megabytes of it, or throw, on every message.
 */
export function isCaretUpdate(update: Uint8Array): boolean {
  if (update.length > MAX_CARET_BYTES) return false;
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > 16) return false;
    for (let i = 0; i < count; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      JSON.parse(decoding.readVarString(decoder));
    }
    return !decoding.hasContent(decoder);
  } catch {
    return false;
  }
}

/** A joiner's first message must be "here is my state vector" with nothing in it. */
export function isEmptyStepOne(message: Uint8Array): boolean {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return false;
  if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep1) return false;
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder)).size === 0;
}
