#!/usr/bin/env node
// Builds everything the app runs: the renderer (vite), the Electron main process and preloads
// (esbuild; each preload one CommonJS file, because a sandboxed preload cannot import), and the
// browser host (esbuild, ESM). `--skip-renderer` / `--only-host` for quicker loops.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const log = (m) => quiet || console.log(m);

const nodeCommon = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

// CommonJS has no import.meta; services that find their own files use import.meta.dirname.
const cjsImportMeta = {
  'import.meta.dirname': '__dirname',
  'import.meta.filename': '__filename',
  'import.meta.url': 'importMetaUrl',
};
const cjsBanner = { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" };

async function buildElectron() {
  rmSync(resolve(root, 'dist/electron'), { recursive: true, force: true });
  // pdfkit reads its font metrics from files beside its own code, so it stays a real module.
  await esbuild({
    ...nodeCommon,
    // The export worker (worker_threads) is its own file beside main: exports run off main's thread.
    entryPoints: { main: 'electron/main.ts', exportWorker: 'electron/services/export/exportWorker.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    target: 'node22',
    external: ['electron', 'pdfkit'],
    define: cjsImportMeta,
    banner: cjsBanner,
  });
  await esbuild({
    ...nodeCommon,
    entryPoints: { preload: 'electron/preload.ts', familyPreload: 'electron/familyPreload.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    platform: 'browser',
    target: 'chrome130',
    external: ['electron'],
  });
  log('built dist/electron (main.cjs, exportWorker.cjs, preload.cjs, familyPreload.cjs)');
}

async function buildHost() {
  rmSync(resolve(root, 'dist/host'), { recursive: true, force: true });
  await esbuild({
    ...nodeCommon,
    entryPoints: { host: 'electron/host/cli.ts', exportWorker: 'electron/services/export/exportWorker.ts' },
    outdir: 'dist/host',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    packages: 'external',
  });
  log('built dist/host/host.mjs and exportWorker.mjs');
}

async function buildRenderer() {
  await viteBuild({ configFile: resolve(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info', mode: 'production' });
  log('built dist/renderer');
}

const started = Date.now();
try {
  if (args.has('--only-host')) await buildHost();
  else {
    if (!args.has('--skip-renderer')) await buildRenderer();
    await buildElectron();
    await buildHost();
  }
  log(`build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
