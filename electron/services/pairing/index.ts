/** The pairing link (issue 17): what the shared-document layer imports. */
export type { CloseKind, JoinOptions, ListenOptions, PairingHello, PairingListener, SecureChannel } from './types';
export { PairingError, type PairingFailure } from './pairingError';
export { newPairingCode, normalisePairingCode } from './pairingCode';
export { listenForPairing } from './listenForPairing';
export { joinPairing } from './joinPairing';
export { stayJoined, type StayJoinedOptions } from './stayJoined';
export { MAX_MESSAGE_BYTES } from './frames';
export { localNetworkAddresses, type LocalAddress } from './localAddresses';
