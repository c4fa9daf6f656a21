import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './shared/security/contentSecurityPolicy.js';

/**
 * Writes the one content security policy into every page as its first <meta>, before any script
 * or stylesheet. The page then holds its policy however it is loaded (Electron applies no
 * response headers to file:// pages; our chairside:// responses and the browser host send the
 * header too). Written at build from shared/, so it cannot drift from the header.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'chairside-csp-meta',
    transformIndexHtml(html, ctx) {
      // A second policy in a page would be enforced too, and confuse anyone reading it.
      if (/http-equiv=["']?content-security-policy/i.test(html)) throw new Error(`${ctx.filename} has its own CSP <meta>; the build adds the one from shared/security.`);
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }];
    },
  };
}

// The renderer is built to plain files that Electron serves as chairside://chair/ and
// chairside://family/ (electron/appScheme.ts) and the browser host over loopback: one bundle.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
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
