import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type HostProcess } from './hostProcess';

/** Something to do to the data folder while the host is not running: seed it, or damage it. */
export type PrepareData = (dataDir: string) => void | Promise<void>;

export interface ChairsideApp {
  /** The chair's page, already at the app (the same object as the `page` fixture). */
  page: Page;
  /** The chair's address, with a one-time code for its secret. Changes after restart(). */
  url: string;
  /** The chair's secret, for calling the API as the page does. Changes after restart(). */
  chairSecret: string;
  /** The family screen's address, with the family secret. Changes after restart(). */
  familyUrl: string;
  /** A fresh folder for this test only, removed afterwards. */
  dataDir: string;
  /**
   * Stops the host (it asks the open page to save first), optionally runs `between` on the data
   * folder, starts a new host on the same folder and port, and loads the app again.
   */
  restart(between?: PrepareData): Promise<void>;
  /** Opens the family screen in a second page of the same browser context. */
  openFamilyPage(): Promise<Page>;
  /** What the host printed to stderr so far, for failure messages. */
  hostOutput(): string;
}

interface Options {
  /** Runs on the empty data folder before the host first starts, e.g. seedRawConference from tests/fixtures/dataFolder.ts. */
  prepareData: PrepareData | undefined;
}

/**
 * Every test gets its own browser host on a free port with a fresh data folder. Use:
 *   import { test, expect } from './fixtures';
 *   test('…', async ({ app, page }) => { … });
 *   test.use({ prepareData: async (dir) => { … } });  // seed or corrupt before start
 */
export const test = base.extend<Options & { app: ChairsideApp }>({
  prepareData: [undefined, { option: true }],

  app: async ({ context, prepareData }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chairside-e2e-'));
    // The browser host asks before keeping its plain key; these tests have given that answer.
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ weakKeyProtectionAccepted: true }));
    if (prepareData) await prepareData(dataDir);
    let host: HostProcess = await startHostProcess(dataDir);
    const page = await context.newPage();
    page.on('pageerror', (err) => console.log(`[page error] ${err.message}`));
    await page.goto(host.url);

    const app: ChairsideApp = {
      page,
      url: host.url,
      chairSecret: host.chairSecret,
      familyUrl: host.familyUrl,
      dataDir,
      async restart(between) {
        const { port, familyPort } = host;
        await host.stop();
        if (between) await between(dataDir);
        host = await startHostProcess(dataDir, port, familyPort);
        app.url = host.url;
        app.chairSecret = host.chairSecret;
        app.familyUrl = host.familyUrl;
        // A change of fragment alone would not reload the page, so leave it first.
        await page.goto('about:blank');
        await page.goto(host.url);
      },
      async openFamilyPage() {
        const family = await context.newPage();
        await family.goto(app.familyUrl);
        return family;
      },
      hostOutput: () => host.output(),
    };
    try {
      await use(app);
    } finally {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },

  page: async ({ app }, use) => {
    await use(app.page);
  },
});

export { expect };
