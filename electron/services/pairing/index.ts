/**
 * The pairing link of issue 17: the chair's laptop listens, the minute-taker's joins with the
 * six-digit code, and both get a SecureChannel (authenticated, encrypted, ordered messages).
 *
 *   chair:        const code = newPairingCode();   // show it, with an address from localNetworkAddresses()
 *                 const l = await listenForPairing({ host, code, hello, onChannel, onRefused, onStopped });
 *   minute-taker: const ch = await joinPairing({ host, port, code, hello });   // rejects with a PairingError
 *                 stayJoined({ host, port, hello, first: ch, onChannel, onEnded });  // reconnects after drops
 *
 * Both screens show `ch.comparison`; the people compare it aloud. Keys, the code and
 * `resume.secret` stay in the main process: the renderer is given the comparison and sentences only.
 * The protocol is described in handshake.ts (CPace on ristretto255, then AES-256-GCM records).
 */
export type { CloseKind, JoinOptions, ListenOptions, PairingHello, PairingListener, SecureChannel } from './types';
export { PairingError, type PairingFailure } from './pairingError';
export { newPairingCode, normalisePairingCode } from './pairingCode';
export { listenForPairing } from './listenForPairing';
export { joinPairing } from './joinPairing';
export { stayJoined, type StayJoinedOptions } from './stayJoined';
export { MAX_MESSAGE_BYTES } from './frames';
export { localNetworkAddresses, type LocalAddress } from './localAddresses';
