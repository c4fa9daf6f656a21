import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { fuseConfig, fuseWireProblems, REQUIRED_FUSES } from '../../../build/fuses.mjs';
import afterPack from '../../../build/afterPack.mjs';
import { fuseWireBytes, writeStandInElectron } from '../../../scripts/standInElectron.mjs';

const root = resolve(import.meta.dirname, '../../..');

function standIn(): { dir: string; binary: string } {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-fuses-'));
  writeStandInElectron(dir, { version: '45.4.1', license: join(root, 'node_modules/electron/LICENSE') });
  return { dir, binary: join(dir, 'electron') };
}

describe('Electron fuses', () => {
  it('asks for the hardened state of every fuse the security review named', () => {
    expect(REQUIRED_FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it("finds every hardened fuse wrong in a binary with Electron's defaults, the way today's package was", async () => {
    const { dir, binary } = standIn();
    try {
      const problems = fuseWireProblems(await getCurrentFuseWire(binary));
      expect(problems).toEqual([
        'RunAsNode is on, expected off',
        'EnableCookieEncryption is off, expected on',
        'EnableNodeOptionsEnvironmentVariable is on, expected off',
        'EnableNodeCliInspectArguments is on, expected off',
        'EnableEmbeddedAsarIntegrityValidation is off, expected on',
        'OnlyLoadAppFromAsar is off, expected on',
        'GrantFileProtocolExtraPrivileges is on, expected off',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the afterPack hook flips them through the packager, and the stand-in still runs as a script', async () => {
    const { dir, binary } = standIn();
    try {
      const calls: string[] = [];
      // electron-builder's packager resolves the binary per platform; here it is the stand-in.
      const packager = { addElectronFuses: (_ctx: unknown, config: Parameters<typeof flipFuses>[1]) => (calls.push('flip'), flipFuses(binary, config)) };
      await afterPack({ packager });
      expect(calls).toEqual(['flip']);
      expect(fuseWireProblems(await getCurrentFuseWire(binary))).toEqual([]);
      expect(readFileSync(binary, 'latin1').startsWith('#!/bin/sh\n')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails on a fuse this version does not know, and refuses to package a wire missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chairside-fuses-'));
    try {
      const longer = join(dir, 'longer');
      writeFileSync(longer, fuseWireBytes('100100011'));
      expect(fuseWireProblems(await getCurrentFuseWire(longer))).toContain('fuse 8 is new to us: decide its state in build/fuses.mjs');
      const shorter = join(dir, 'shorter');
      writeFileSync(shorter, fuseWireBytes('1011000'));
      expect(fuseWireProblems(await getCurrentFuseWire(shorter))).toContain('GrantFileProtocolExtraPrivileges is not in the binary\'s fuse wire (expected off)');
      await expect(flipFuses(shorter, fuseConfig())).rejects.toThrow(/not long enough/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
