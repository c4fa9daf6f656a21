import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

// Which layer may import which (the same rules eslint enforces), checked on the source itself.
const ROOT = resolve(import.meta.dirname, '../..');
const SHELL = new Set(['main.ts', 'windows.ts', 'security.ts', 'ipc.ts', 'preload.ts', 'familyPreload.ts', 'menu.ts', 'familyWindow.ts', 'electronEvents.ts', 'dialogDelivery.ts']);
const NODE = /^(node:|(fs|path|os|crypto|child_process|http|https|net|url|util|stream|zlib|worker_threads)$)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function imports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function offenders(dir: string, bad: (spec: string, file: string) => boolean): string[] {
  return files(join(ROOT, dir)).flatMap((f) => imports(f).filter((s) => bad(s, f)).map((s) => `${relative(ROOT, f)} imports ${s}`));
}

describe('layering', () => {
  it('shared/ imports no Node, DOM framework or Electron', () => {
    expect(offenders('shared', (s) => NODE.test(s) || s === 'electron' || s === 'react' || s === 'react-dom')).toEqual([]);
  });
  it('renderer/ imports no Node modules and not electron', () => {
    expect(offenders('renderer', (s) => NODE.test(s) || s === 'electron')).toEqual([]);
  });
  it('only the shell files in electron/ import electron', () => {
    expect(offenders('electron', (s, f) => s === 'electron' && !(relative(join(ROOT, 'electron'), f).split('/').length === 1 && SHELL.has(relative(join(ROOT, 'electron'), f))))).toEqual([]);
  });
  // Folders, not only packages: a relative import is resolved and must stay in the layers allowed.
  const into = (spec: string, file: string, folder: string) => spec.startsWith('.') && (relative(join(ROOT, folder), resolve(dirname(file), spec)).split(sep)[0] !== '..');
  const leaves = (spec: string, file: string, allowed: string[]) => spec.startsWith('.') && !allowed.some((folder) => into(spec, file, folder));
  it('by folder: shared/ imports only shared/; renderer/ only renderer/ and shared/', () => {
    expect(offenders('shared', (s, f) => leaves(s, f, ['shared', 'resources']))).toEqual([]); // resources: the bank holidays' data
    expect(offenders('renderer', (s, f) => leaves(s, f, ['renderer', 'shared']))).toEqual([]);
  });
  it('by folder: services never import the host or the shell; the host never imports the shell', () => {
    const shell = (s: string, f: string) => s.startsWith('.') && relative(join(ROOT, 'electron'), resolve(dirname(f), s)).split(sep).length === 1;
    expect(offenders('electron/services', (s, f) => into(s, f, 'electron/host') || shell(s, f) || leaves(s, f, ['electron/services', 'shared', 'resources']))).toEqual([]);
    expect(offenders('electron/host', (s, f) => shell(s, f) || leaves(s, f, ['electron/host', 'electron/services', 'shared']))).toEqual([]);
  });
  it('a violating import is caught (the folder rules are not vacuous)', () => {
    const file = join(ROOT, 'renderer/features/list/ConferenceList.tsx');
    expect(leaves('../../../electron/services/createApp', file, ['renderer', 'shared'])).toBe(true);
    expect(leaves('../../../shared/model', file, ['renderer', 'shared'])).toBe(false);
    expect(into('../host/startHost', join(ROOT, 'electron/services/createApp.ts'), 'electron/host')).toBe(true);
  });

  it('the check itself finds imports (so it cannot pass by finding nothing)', () => {
    expect(imports(join(ROOT, 'electron/main.ts'))).toContain('electron');
    expect(imports(join(ROOT, 'electron/services/storage/storeFactory.ts'))).toContain('conf');
  });
});
