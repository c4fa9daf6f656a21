import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { binary, launchDesktopApp, type DesktopApp } from './desktopApp';

// The shell's guards in the real desktop app. Their decisions are unit-tested without Electron
// (tests/unit/electron/guardDecisions.test.ts); these check they are wired in, wherever a binary
// exists. Tests never download one.
const NO_BINARY = 'No Electron binary on this machine (it is downloaded from GitHub, which this machine cannot reach): the desktop guard tests were skipped. Their decisions are unit-tested in tests/unit/electron.';

test.describe('desktop guards', () => {
  test.skip(!binary, NO_BINARY);
  let desktop: DesktopApp;
  let app: ElectronApplication;
  let page: Page;

  test.beforeEach(async () => {
    desktop = await launchDesktopApp();
    ({ app, page } = desktop);
  });
  test.afterEach(async () => {
    await desktop.close();
  });

  test('window.open makes no window, and a permission asked for is refused', async () => {
    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    expect(await page.evaluate(() => window.open('index.html') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
    expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
    expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state)).toBe('denied');
  });

  test('the page comes from chairside://chair/, and its own CSP <meta> applies: an inline script does not run', async () => {
    expect(page.url()).toBe('chairside://chair/index.html');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(ran).toBe(false);
  });

  test("the menu's Settings item opens Settings in the chair's window", async () => {
    // Where the keychain is weak the app asks for consent before anything else, Settings included.
    test.skip(await page.getByRole('heading', { name: /cannot fully protect/ }).isVisible(), 'This machine has no strong keychain, so the consent page comes first.');
    await app.evaluate(({ Menu, BrowserWindow }) => Menu.getApplicationMenu()?.getMenuItemById('settings')?.click(undefined, BrowserWindow.getAllWindows()[0], undefined as never));
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });
});
