import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

// No module imports itself round a loop: a loop makes load order decide what is still undefined
// at start-up, and ties layers that should stand alone (handlers and services formed one through
// handlers/types.ts, and again through the type of the context conferenceServices.ts hands the
// handlers). madge builds the graph; type-only imports count, since they tie the layers too.

interface MadgeResult {
  obj(): Record<string, string[]>;
  circular(): string[][];
  warnings(): { skipped: string[] };
}
type Madge = (paths: string[], config: Record<string, unknown>) => Promise<MadgeResult>;
const madge = createRequire(import.meta.url)('madge') as Madge;

const ROOT = resolve(import.meta.dirname, '../..');
const LAYERS = ['electron', 'shared', 'renderer'];

function graph(baseDir: string, dirs: string[]): Promise<MadgeResult> {
  const parse = { skipTypeImports: false, skipAsyncImports: false };
  return madge(dirs.map((d) => join(baseDir, d)), {
    baseDir,
    fileExtensions: ['ts', 'tsx'],
    excludeRegExp: [/\.d\.ts$/],
    tsConfig: join(ROOT, 'tsconfig.json'),
    detectiveOptions: { ts: parse, tsx: { ...parse, jsx: true } },
  });
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [relative(ROOT, path).split(sep).join('/')] : [];
  });
}

describe('the import graph', () => {
  it('has no loop among electron/, shared/ and renderer/, type imports included', async () => {
    const result = await graph(ROOT, LAYERS);
    // Stylesheets and JSON are in the graph too, as leaves.
    const files = Object.keys(result.obj()).filter((f) => /\.tsx?$/.test(f));
    // Every source file is in the graph and every import was followed: a file madge could not
    // parse or resolve would otherwise drop out and hide its loops.
    expect(files.sort()).toEqual(LAYERS.flatMap((d) => sources(join(ROOT, d))).sort());
    expect(result.warnings().skipped).toEqual([]);
    expect(result.obj()['electron/services/conferenceServices.ts']).toContain('electron/services/handlers/conferenceHandlers.ts');
    expect(result.circular().map((loop) => [...loop, loop[0]].join(' → '))).toEqual([]);
  });

  it('finds a loop of two files, and one made only of type imports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chairside-import-loop-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
      writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
      writeFileSync(join(dir, 'c.ts'), "import type { D } from './d';\nexport interface C { d?: D }\n");
      writeFileSync(join(dir, 'd.tsx'), "import type { C } from './c';\nexport interface D { c?: C }\n");
      writeFileSync(join(dir, 'e.ts'), "import { a } from './a';\nexport const e = a;\n");
      const loops = (await graph(dir, ['.'])).circular().map((loop) => [...loop].sort());
      expect(loops.sort()).toEqual([
        ['a.ts', 'b.ts'],
        ['c.ts', 'd.tsx'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
