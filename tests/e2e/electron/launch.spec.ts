import { test, expect } from '@playwright/test';
import { binary, launchDesktopApp } from './desktopApp';

// The desktop app itself. These run wherever an Electron binary exists; on machines that cannot
// download it they are skipped, and the reason is printed rather than passed over silently.
const NO_BINARY = 'No Electron binary on this machine (it is downloaded from GitHub, which this machine cannot reach): the desktop-app tests were skipped. The same app was tested through the browser host.';
if (!binary) console.log(`[electron project] ${NO_BINARY}`);

test.describe('desktop app', () => {
  test.skip(!binary, NO_BINARY);

  test('opens one secure window whose bridge has named functions only and which cannot navigate away', async () => {
    const { app, page, close } = await launchDesktopApp();
    try {
      // Every renderer process runs in the OS sandbox, and the page has no Node.
      const renderers = await app.evaluate(({ app: a }) => a.getAppMetrics().filter((m) => m.type === 'Tab').map((m) => m.sandboxed));
      expect(renderers.length).toBeGreaterThan(0);
      expect(renderers.every(Boolean)).toBe(true);
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      const bridge = await page.evaluate(() => Object.keys((window as unknown as { chairside: object }).chairside).sort());
      expect(bridge).toContain('saveConference');
      expect(bridge).not.toContain('invoke');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      const before = page.url();
      await page.evaluate(() => void (window.location.href = 'https://example.org/'));
      await page.waitForTimeout(500);
      expect(page.url()).toBe(before);
    } finally {
      await close();
    }
  });
});
