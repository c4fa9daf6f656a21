import type { PairingHello } from './types';

/** Every sentence the pairing link gives the people in the room, in one place (British English). */

export const WRONG_CODE = "That code is not the one on the chair's screen. Check it and try again.";
export const CODE_FORMAT = "A pairing code is six digits, as shown on the chair's screen. Check it and try again.";
export const BUSY = "The chair's laptop is busy with another laptop trying to join. Try again in a few seconds.";
export const STOPPED_FOR_JOINER =
  "The chair's laptop has stopped letting anyone join, after too many wrong codes. Ask the chair to start again for a new code.";
export const CODE_USED = "That code has already been used to join. Ask the chair to start again for a new code.";
export const RESUME_UNKNOWN = "The chair's laptop no longer knows this link. Join again with a new code from the chair's screen.";
export const RESUME_FAILED = "The chair's laptop did not accept this laptop's reconnection. Join again with a new code from the chair's screen.";
export const NOT_CHAIRSIDE = "Something other than Chairside answered at that address. Check the address on the chair's screen.";
export const LOST_WHILE_PAIRING = "The connection to the chair's laptop was lost while joining. Try again.";
export const NO_CODE_OR_RESUME = 'Joining needs the code from the chair\'s screen.';
export const INTERFERENCE = 'The two laptops could not agree on a secure link. Someone may be interfering with the network; try again.';

export function noAnswer(host: string, port: number): string {
  return `The chair's laptop did not answer at ${host}:${port}. Check the address on the chair's screen and that both laptops are on the same network.`;
}

export function nothingListening(host: string, port: number): string {
  return `Nothing is letting the minute-taker join at ${host}:${port}. Check the address on the chair's screen and that the chair has started "Let the minute-taker join".`;
}

export function wrongCodeForChair(count: number, allowed: number): string {
  return `Someone typed a wrong code while joining (${count} of ${allowed} allowed).`;
}

export function stoppedForChair(allowed: number): string {
  return `Joining has stopped after ${allowed} wrong codes, so nobody can keep guessing. Start again to get a new code.`;
}

function who(hello: PairingHello): string {
  return hello.role === 'chair' ? "the chair's laptop" : "the minute-taker's laptop";
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function versionOf(hello: PairingHello): string {
  return `Chairside ${hello.appVersion} (record format ${hello.schemaVersion})`;
}

/** The same sentence on both laptops: it names the chair's side first whichever side says it. */
export function versionMismatch(a: PairingHello, b: PairingHello): string | undefined {
  if (a.appVersion === b.appVersion && a.schemaVersion === b.schemaVersion) return undefined;
  const [chair, other] = a.role === 'chair' ? [a, b] : [b, a];
  return `The two laptops run different versions: ${who(chair)} has ${versionOf(chair)} and ${who(other)} has ${versionOf(other)}. Install the same version on both, then pair again.`;
}

export function sameRole(a: PairingHello, b: PairingHello): string | undefined {
  if (a.role !== b.role) return undefined;
  return a.role === 'chair'
    ? 'Both laptops are set up as the chair. The minute-taker joins from their own laptop as the minute-taker.'
    : 'Both laptops are set up as the minute-taker. The chair lets the minute-taker join from the chair\'s laptop.';
}

export function closedByPeer(peer: PairingHello, reason: string): string {
  return reason.trim() === '' ? `${capitalised(who(peer))} closed the link.` : `${capitalised(who(peer))} closed the link: ${reason}`;
}

export function lost(peer: PairingHello): string {
  return `The connection to ${who(peer)} was lost.`;
}

export function silent(peer: PairingHello, seconds: number): string {
  return `Nothing was heard from ${who(peer)} for ${seconds} second${seconds === 1 ? '' : 's'}, so the link was closed.`;
}

export const CLOSED_HERE = 'The link was closed on this laptop.';
export const TAMPERED = 'A message on the link failed its integrity check, so the link was closed. Someone may be interfering with the network.';
export const REPLAYED = 'A message on the link arrived a second time, so the link was closed. Someone may be interfering with the network.';
export const OUT_OF_ORDER = 'A message on the link arrived out of order, so the link was closed. Someone may be interfering with the network.';
export const MALFORMED = 'A message on the link could not be read, so the link was closed.';
export const TOO_LARGE = 'A message on the link was larger than the 8 MiB allowed, so the link was closed.';
