import { execFileSync } from 'node:child_process';
import { rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { goTo, openConference, seedMeeting } from './seedMeeting';
import { CANNOT_MOUNT, canMountTmpfs } from '../fixtures/tmpfs';

// The data folder on a real 1 MB tmpfs, filled while the minute-taker types. Mounting needs root
// on Linux; elsewhere this is skipped and the storage unit tests (injected faults) still run.
test.skip(!canMountTmpfs(), CANNOT_MOUNT);

function mountTinyDisk(dir: string): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
  // The fixture's consent to the browser host's plain key was written under the mount.
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ weakKeyProtectionAccepted: true }));
}

function fillDisk(dir: string): string {
  const s = statfsSync(dir);
  const filler = join(dir, 'filler');
  writeFileSync(filler, Buffer.alloc(s.bavail * s.bsize));
  return filler;
}

test.describe('a full disk', () => {
  // A function-valued option is given through a fixture function (Playwright would call a bare one as the fixture).
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepareData: async ({}, use) => use(mountTinyDisk) });

  test('the minutes say so in words, keep every word on screen, and save once there is room', async ({ app, page }) => {
    try {
      await seedMeeting(app, 'initial');
      await page.reload();
      await openConference(page, 'Moss');
      await goTo(page, 'Reports and updates');
      const editor = page.getByRole('textbox', { name: 'Minutes: Reports and updates' });
      const saved = page.getByRole('status').filter({ hasText: /^Saved$/ }).first();
      await editor.click();
      await page.keyboard.type('Before the disk filled. ');
      await expect(saved).toBeVisible({ timeout: 5_000 });

      const filler = fillDisk(app.dataDir);
      await page.keyboard.type('Typed on a full disk. ');
      await expect(page.getByText(/^Not saved: The disk is full, so this change was not saved\. Free some space/).first()).toBeVisible({ timeout: 5_000 });
      await expect(editor).toContainText('Before the disk filled. Typed on a full disk.');

      rmSync(filler);
      await page.keyboard.type('Room again.');
      await expect(saved).toBeVisible({ timeout: 5_000 });

      await app.restart();
      await openConference(page, 'Moss');
      await goTo(page, 'Reports and updates');
      await expect(page.getByRole('textbox', { name: 'Minutes: Reports and updates' })).toContainText('Before the disk filled. Typed on a full disk. Room again.');
    } finally {
      // Lazily, so the fixture can stop the host and remove the folder as usual.
      execFileSync('umount', ['-l', app.dataDir]);
    }
  });
});

test.describe('a read-only data folder', () => {
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepareData: async ({}, use) => use(mountTinyDisk) });

  test('the app opens read-only and says so on every page: the list and the conference can be read, nothing claims to save', async ({ app, page }) => {
    try {
      await seedMeeting(app, 'initial');
      await app.restart(() => void execFileSync('mount', ['-o', 'remount,ro', app.dataDir]));
      await expect(page.getByText(/^Read only\. The data folder cannot be written to/)).toBeVisible();
      await expect(page.getByText(/Something went wrong/)).toHaveCount(0);
      await openConference(page, 'Moss');
      await expect(page.getByText(/^Read only: The data folder cannot be written to/)).toBeVisible();
      await expect(page.getByText(/^Read only\. The data folder cannot be written to/)).toBeVisible();
    } finally {
      execFileSync('umount', ['-l', app.dataDir]);
    }
  });
});
