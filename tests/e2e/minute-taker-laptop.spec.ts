import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startHostProcess, type HostProcess } from './hostProcess';
import { call, expectNoAxeViolations, openConference, seedMeeting } from './seedMeeting';
import type { Conference } from '../../shared/model';

/**
 * Issue #17, as two people would do it: the chair's laptop and the minute-taker's laptop, each
 * its own browser host with its own data folder (and its own browser context), on loopback.
 */
async function minuteTakerLaptop(browser: import('@playwright/test').Browser) {
  const dataDir = mkdtempSync(join(tmpdir(), 'chairside-e2e-taker-'));
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ weakKeyProtectionAccepted: true }));
  let host: HostProcess = await startHostProcess(dataDir);
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (err) => console.log(`[minute-taker page error] ${err.message}`));
  await page.goto(host.url);
  return {
    page,
    dataDir,
    host: () => host,
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

const minutesBox = (page: Page) => page.getByRole('textbox', { name: /^Minutes: / }).first();

async function stored(app: { url: string; chairSecret: string }, id: string): Promise<Conference> {
  return (await call<{ conference: Conference }>(app as never, 'chairside:conference.open', { id })).conference;
}

test('the minute-taker joins from a second laptop with the code; both type in the same step and both see all of it', async ({ app, page, browser }) => {
  test.setTimeout(150_000);
  const seeded = await seedMeeting(app, 'initial', 'Nowak');
  await page.reload();
  await openConference(page, 'Nowak');

  await page.getByRole('button', { name: /^Minute-taker’s laptop/ }).click();
  await page.getByRole('button', { name: 'Let the minute-taker join' }).click();
  const address = (await page.getByTestId('collab-address').textContent())!;
  const code = (await page.getByTestId('collab-code').textContent())!;
  expect(address).toMatch(/^127\.0\.0\.1:\d+$/);

  const taker = await minuteTakerLaptop(browser);
  try {
    // A wrong code first: refused in words, and nothing arrives.
    await taker.page.getByLabel('Address of the chair\'s laptop').fill(address);
    await taker.page.getByLabel('Code').fill(code.replace(/\d/, (d) => String((Number(d) + 1) % 10)));
    await taker.page.getByRole('button', { name: 'Join' }).click();
    await expect(taker.page.getByRole('alert')).toContainText(/code/i);
    await expect(taker.page.getByRole('button', { name: /^Open / })).toHaveCount(0);

    await taker.page.getByLabel('Code').fill(code);
    await taker.page.getByRole('button', { name: 'Join' }).click();
    await expect(taker.page.getByText(/You are the minute-taker/)).toBeVisible({ timeout: 20_000 });
    const comparison = (await taker.page.getByTestId('collab-comparison').textContent())!;
    await expect(page.getByTestId('collab-comparison')).toHaveText(comparison);
    // The family screen and the meeting's clock stay with the chair.
    await expect(taker.page.getByRole('button', { name: /family screen/i })).toHaveCount(0);
    await expect(taker.page.getByRole('button', { name: 'Start meeting' })).toHaveCount(0);
    await expectNoAxeViolations(taker.page, 'minute-taker in a session');

    // Both on the same step's minutes.
    await page.getByRole('button', { name: 'Minute-taker view' }).click();
    const chairBox = minutesBox(page);
    const takerBox = minutesBox(taker.page);
    await expect(chairBox).toHaveAccessibleName((await takerBox.getAttribute('aria-label'))!);
    await chairBox.click();
    await page.keyboard.press('Control+End');
    await takerBox.click();
    await taker.page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Chair: Kelly says school runs are going well. ');
    await taker.page.keyboard.press('Enter');
    await taker.page.keyboard.type('Minute-taker: Dean agreed to the safety plan. ');
    await page.keyboard.type('Ewa Wiśniewska — مرحبا — 你好. ');
    await taker.page.keyboard.type('Priya will visit weekly.');

    for (const p of [page, taker.page]) {
      const box = minutesBox(p);
      await expect(box).toContainText('Kelly says school runs are going well');
      await expect(box).toContainText('Ewa Wiśniewska — مرحبا — 你好');
      await expect(box).toContainText('Dean agreed to the safety plan');
      await expect(box).toContainText('Priya will visit weekly');
    }
    // Each sees where the other is typing (the label is decoration, hidden from screen readers).
    await expect(page.locator('.cs-remote-caret-label', { hasText: 'Minute-taker' })).toBeVisible();
    await expect(taker.page.locator('.cs-remote-caret-label', { hasText: 'Chair' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('chair.png') });
    await taker.page.screenshot({ path: test.info().outputPath('minute-taker.png') });

    // Both stores hold all of it (saved within a second of the last key).
    await expect
      .poll(async () => JSON.stringify((await stored(app, seeded.id)).meeting.agenda.map((s) => s.minutes)), { timeout: 10_000 })
      .toMatch(/school runs.*|safety plan/);
    const takerApp = { url: taker.host().url, chairSecret: taker.host().chairSecret };
    await expect.poll(async () => JSON.stringify((await stored(takerApp, seeded.id)).meeting.agenda.map((s) => s.minutes)), { timeout: 10_000 }).toContain('Priya will visit weekly');

    // The minute-taker's laptop dies mid-sentence: what it typed more than a second before is kept,
    // on the chair's laptop and on its own.
    await taker.page.keyboard.type(' Last words before the battery died.');
    await taker.page.waitForTimeout(1_200);
    await taker.host().kill();
    await expect.poll(async () => JSON.stringify((await stored(app, seeded.id)).meeting.agenda.map((s) => s.minutes)), { timeout: 10_000 }).toContain('Last words before the battery died');
    await taker.restart();
    const afterKill = { url: taker.host().url, chairSecret: taker.host().chairSecret };
    expect(JSON.stringify((await stored(afterKill, seeded.id)).meeting.agenda.map((s) => s.minutes))).toContain('Last words before the battery died');
  } finally {
    await taker.close();
  }
});
