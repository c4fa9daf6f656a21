import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures';
import { startHostProcess, type HostProcess } from './hostProcess';

/**
 * The minute-taker's laptop for the two-laptop tests (issue #17): its own browser host, data
 * folder and browser context, on loopback beside the chair's.
 */
export async function minuteTakerLaptop(browser: Browser) {
  const dataDir = mkdtempSync(join(tmpdir(), 'chairside-e2e-taker-'));
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ weakKeyProtectionAccepted: true }));
  let host: HostProcess = await startHostProcess(dataDir);
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (err) => console.log(`[minute-taker page error] ${err.stack ?? err.message}`));
  await page.goto(host.url);
  return {
    page,
    dataDir,
    host: () => host,
    /** Starts the host again on the same folder and port (after a kill), and loads the app. */
    async restart() {
      host = await startHostProcess(dataDir, host.port, host.familyPort);
      await page.goto('about:blank');
      await page.goto(host.url);
    },
    async close() {
      await context.close();
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The chair lets the minute-taker join (the conference open on `chair`); returns what the chair's screen shows. */
export async function hostSession(chair: Page): Promise<{ address: string; code: string }> {
  await chair.getByRole('button', { name: /^Minute-taker’s laptop/ }).click();
  await chair.getByRole('button', { name: 'Let the minute-taker join' }).click();
  return { address: (await chair.getByTestId('collab-address').textContent())!, code: (await chair.getByTestId('collab-code').textContent())! };
}

/** The minute-taker joins with the address and code, as typed from the chair's screen. */
export async function joinSession(taker: Page, address: string, code: string): Promise<void> {
  await taker.getByLabel('Address of the chair\'s laptop').fill(address);
  await taker.getByLabel('Code').fill(code);
  await taker.getByRole('button', { name: 'Join' }).click();
  await expect(taker.getByText(/You are the minute-taker/)).toBeVisible({ timeout: 20_000 });
}

export const minutesBox = (page: Page) => page.getByRole('textbox', { name: /^Minutes: / }).first();

/** Puts the chair in the minute-taker view (the minute-taker's laptop opens there), on the same step's minutes as the minute-taker. */
export async function bothOnSameMinutes(chair: Page, taker: Page) {
  await chair.getByRole('button', { name: 'Minute-taker view' }).click();
  const chairBox = minutesBox(chair);
  const takerBox = minutesBox(taker);
  await expect(chairBox).toHaveAccessibleName((await takerBox.getAttribute('aria-label'))!);
  return { chairBox, takerBox };
}
