import { _electron as electron, expect, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error: a plain .mjs helper shared with npm start, without type declarations
import { installedElectron } from '../../../scripts/electronBinary.mjs';

// The desktop app, as the Electron specs start it. Tests never download a binary: they use one
// only if it is already installed, and each spec skips with its own reason when there is none.

export const binary: string | null = installedElectron();

export interface DesktopApp {
  app: ElectronApplication;
  page: Page;
  /** Quits the app and removes its data folder. */
  close(): Promise<void>;
}

/** Starts the app on a fresh data folder and waits for its first page (the list, or the weak-keychain consent). */
export async function launchDesktopApp(extraArgs: string[] = []): Promise<DesktopApp> {
  const userData = mkdtempSync(join(tmpdir(), 'chairside-electron-'));
  const app = await electron.launch({ executablePath: binary!, args: [resolve(import.meta.dirname, '../../..'), `--user-data-dir=${userData}`, ...extraArgs] });
  const close = async () => {
    try {
      await app.close();
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  };
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: /Conferences|cannot fully protect/ })).toBeVisible();
    return { app, page, close };
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  }
}
