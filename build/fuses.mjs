// The Electron fuses Chairside ships with: one table, used by the afterPack hook to flip them
// and by scripts/package-check.mjs to read them back from the packaged binary.
// Fuses are bits compiled into the Electron binary; changing them after signing breaks the
// signature, so they are set at packaging, before electron-builder signs.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

// The state bytes of the wire, as Electron writes them: ASCII '1', '0' and 'r' (@electron/fuses
// keeps its FuseState enum out of its public index).
const ON = 0x31;
const OFF = 0x30;
const REMOVED = 0x72;

/**
 * Each fuse and the state it must have. Every fuse of wire version 1 is named, so a newer
 * Electron with a longer wire fails the check until someone decides about the new fuse.
 */
export const REQUIRED_FUSES = {
  // `ELECTRON_RUN_AS_NODE=1 Chairside` would be a signed Node that can ask the keychain for our key.
  RunAsNode: false,
  // Cookies on disk encrypted with the OS key store, like the data key.
  EnableCookieEncryption: true,
  // NODE_OPTIONS=--require … would run any script inside the signed app.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk would let a debugger drive main.
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash electron-builder embeds (macOS Info.plist, Windows resource).
  EnableEmbeddedAsarIntegrityValidation: true,
  // No app/ folder beside app.asar can replace the checked archive.
  OnlyLoadAppFromAsar: true,
  // We ship no browser-specific V8 snapshot; turning this on without one stops the app starting.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // file:// pages get no more than in a browser (no reading other files, no service workers).
  // Our pages come from chairside:// (electron/appScheme.ts); with this off, Electron's
  // asar-aware file:// loader is gone, so loadFile() of a page inside app.asar would fail.
  GrantFileProtocolExtraPrivileges: false,
};

/** The config @electron/fuses' flipFuses takes; strict, so a fuse we have not named fails packaging. */
export function fuseConfig() {
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true, resetAdHocDarwinSignature: process.platform === 'darwin' };
  for (const [name, on] of Object.entries(REQUIRED_FUSES)) config[FuseV1Options[name]] = on;
  return config;
}

const STATE_NAMES = { [ON]: 'on', [OFF]: 'off', [REMOVED]: 'removed' };

/**
 * What is wrong with a fuse wire read back by @electron/fuses' getCurrentFuseWire (index → state
 * byte); an empty list when every fuse is as REQUIRED_FUSES says.
 */
export function fuseWireProblems(wire) {
  const problems = [];
  if (String(wire.version) !== FuseVersion.V1) problems.push(`fuse wire version ${wire.version}, expected ${FuseVersion.V1}`);
  for (const [name, on] of Object.entries(REQUIRED_FUSES)) {
    const state = wire[FuseV1Options[name]];
    const want = on ? ON : OFF;
    if (state === undefined) problems.push(`${name} is not in the binary's fuse wire (expected ${on ? 'on' : 'off'})`);
    else if (state !== want) problems.push(`${name} is ${STATE_NAMES[state] ?? `byte ${state}`}, expected ${on ? 'on' : 'off'}`);
  }
  const known = new Set(Object.keys(REQUIRED_FUSES).map((n) => String(FuseV1Options[n])));
  for (const index of Object.keys(wire).filter((k) => k !== 'version' && !known.has(k))) problems.push(`fuse ${index} is new to us: decide its state in build/fuses.mjs`);
  return problems;
}
