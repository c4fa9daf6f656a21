import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

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
  it('the check itself finds imports (so it cannot pass by finding nothing)', () => {
    expect(imports(join(ROOT, 'electron/main.ts'))).toContain('electron');
    expect(imports(join(ROOT, 'electron/services/storage/storeFactory.ts'))).toContain('conf');
  });
});
