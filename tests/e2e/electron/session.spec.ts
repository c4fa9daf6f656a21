import { test, expect } from '@playwright/test';
import { bothOnSameMinutes, hostSession, joinSession, minutesBox } from '../secondLaptop';
import { binary, launchDesktopApp, type DesktopApp } from './desktopApp';

// Issue #17 in the desktop app itself: two copies of Chairside, each with its own data folder,
// the chair's letting the minute-taker's join, both typing in the same step. The browser-host
// tests (minute-taker-laptop.spec.ts) prove the session in depth; this checks the shell wires it
// (the IPC bridge, the collaboration events, the listener). Both copies run with
// --collab-loopback, so nothing leaves this machine. They run wherever an Electron binary exists.
const NO_BINARY = 'No Electron binary on this machine (it is downloaded from GitHub, which this machine cannot reach): the desktop session test was skipped. Sessions were tested between two browser hosts.';

async function launchCopy(): Promise<DesktopApp> {
  const copy = await launchDesktopApp(['--collab-loopback']);
  // Where the keychain is weak the app asks first; a test machine's answer is yes.
  const consent = copy.page.getByRole('button', { name: 'Continue and store data on this computer' });
  if (await consent.isVisible()) await consent.click();
  await expect(copy.page.getByRole('heading', { name: 'Conferences' })).toBeVisible();
  return copy;
}

test.describe('desktop session with a minute-taker', () => {
  test.skip(!binary, NO_BINARY);
  const copies: DesktopApp[] = [];
  test.afterEach(async () => {
    for (const c of copies.splice(0)) await c.close().catch(() => undefined);
  });

  test('two copies pair on loopback with the code, and each sees what the other types in the same step', async () => {
    test.setTimeout(150_000);
    const chair = await launchCopy();
    copies.push(chair);
    const taker = await launchCopy();
    copies.push(taker);

    await chair.page.getByRole('button', { name: 'New conference' }).click();
    await chair.page.getByLabel('Kind of meeting').selectOption({ label: 'Initial child protection conference' });
    await chair.page.getByLabel('Family name', { exact: true }).fill('Kowalczyk');
    await chair.page.getByRole('button', { name: 'Create conference' }).click();
    await expect(chair.page.getByRole('heading', { level: 2, name: 'Details' })).toBeVisible();

    const { address, code } = await hostSession(chair.page);
    // The switch kept the listener on loopback; without it the app listens on its private address.
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
    await joinSession(taker.page, address, code);
    await expect(chair.page.getByTestId('collab-comparison')).toHaveText((await taker.page.getByTestId('collab-comparison').textContent())!);

    const { chairBox, takerBox } = await bothOnSameMinutes(chair.page, taker.page);
    await chairBox.click();
    await chair.page.keyboard.press('Control+End');
    await chair.page.keyboard.type('Chair: Agnieszka said mornings are calmer. ');
    await takerBox.click();
    await taker.page.keyboard.press('Control+End');
    await taker.page.keyboard.press('Enter');
    await taker.page.keyboard.type('Minute-taker: the school confirmed attendance. ');
    for (const page of [chair.page, taker.page]) {
      await expect(minutesBox(page)).toContainText('Agnieszka said mornings are calmer');
      await expect(minutesBox(page)).toContainText('the school confirmed attendance');
    }
    // Then both at once: the two copies end with the same minutes, word for word.
    await Promise.all([chair.page.keyboard.type(' Both typing now.'), taker.page.keyboard.type(' At the same time.')]);
    await expect(minutesBox(taker.page)).toContainText('At the same time.');
    await expect(minutesBox(chair.page)).toContainText('Both typing now.');
    await expect.poll(async () => (await minutesBox(taker.page).innerText()) === (await minutesBox(chair.page).innerText())).toBe(true);
  });
});
