// A stand-in for the Electron folder electron-builder packages (its binary cannot be downloaded
// on every machine). The stand-in `electron` is a shell script, but it carries the fuse wire the
// way the real binary does, so @electron/fuses finds and flips it and the packaging check can
// read back what the packaged app would start with.
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What @electron/fuses searches the binary for; the wire follows it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * The wire as an unpackaged Electron ships it: version 1, eight fuses, each ASCII '1' (on) or
 * '0' (off): RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity
 * off, only-load-from-asar off, browser V8 snapshot off, file:// extra privileges on.
 */
export const ELECTRON_DEFAULT_FUSES = '10110001';

export function fuseWireBytes(states = ELECTRON_DEFAULT_FUSES) {
  return Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([1, states.length]), Buffer.from(states, 'latin1')]);
}

/** Writes the stand-in Electron folder (binary with a fuse wire, LICENSE, version) into `dir`. */
export function writeStandInElectron(dir, { version, license }) {
  mkdirSync(dir, { recursive: true });
  const script = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron for the packaging check"\nexit 0\n# fuse wire: '),
    fuseWireBytes(),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), script);
  chmodSync(join(dir, 'electron'), 0o755);
  copyFileSync(license, join(dir, 'LICENSE'));
  writeFileSync(join(dir, 'version'), version);
}
