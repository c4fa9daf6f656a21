import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// Builds the typing harness alone (production React), for the typing benchmark.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '../../../dist/bench/typing-harness'), emptyOutDir: true },
  server: { host: '127.0.0.1', fs: { allow: [resolve(import.meta.dirname, '../../..')] } },
});
