// Types for scripts/standInElectron.mjs (a plain script shared by the packaging check and tests).
export const FUSE_SENTINEL: string;
export const ELECTRON_DEFAULT_FUSES: string;
export function fuseWireBytes(states?: string): Buffer;
export function writeStandInElectron(dir: string, opts: { version: string; license: string }): void;
