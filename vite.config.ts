import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The renderer is built to plain files that Electron loads with loadFile() and the browser
// host serves over loopback: the same bundle in both.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    // Loaded from disk (Electron) or loopback, never over a network: one larger chunk is fine.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'renderer/index.html'),
        family: resolve(import.meta.dirname, 'renderer/family.html'),
      },
    },
  },
  test: {
    root: import.meta.dirname,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
