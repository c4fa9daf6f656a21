import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoAxeViolations, goTo, openConference, seedMeeting } from './seedMeeting';

test.use({ viewport: { width: 1366, height: 768 } });

/** The export log's table (the page may show other tables), known by its Files column. */
const exportLog = (page: Page) => page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Files' }) });

test('the chair exports the family copy of the minutes and the archive package as downloads', async ({ app, page }) => {
  await seedMeeting(app, 'initial');
  await page.reload();
  await openConference(page, 'Moss');
  await goTo(page, 'Export');
  await expectNoAxeViolations(page, 'export');
  // What the documents can show is said before the chair exports.
  await page.getByText('Languages and scripts in the documents').click();
  await expect(page.getByText(/Arabic and Hebrew are shaped and set right to left/)).toBeVisible();

  await page.getByLabel('Family copy').check();
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
  expect(pdf.suggestedFilename()).toBe('2026-11-23_ICPC_Moss_minutes_family_v1.pdf');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded: 2026-11-23_ICPC_Moss_minutes_family_v1.pdf' })).toBeVisible();

  const dir = mkdtempSync(join(tmpdir(), 'chairside-export-e2e-'));
  try {
    const file = join(dir, pdf.suggestedFilename());
    await pdf.saveAs(file);
    // The audit log on the page shows the checksum of the very file downloaded.
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    await expect(exportLog(page).getByRole('row', { name: /Family copy/ })).toContainText(sha256);
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Amy Moss');
      expect(text).toContain('OFFICIAL-SENSITIVE');
      expect(text).not.toContain('Ongoing police investigation'); // the restricted register entry
    }
    const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export archive package' }).click()]);
    const zipFile = join(dir, zip.suggestedFilename());
    await zip.saveAs(zipFile);
    expect(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/verify-archive.ts', zipFile], { encoding: 'utf8' })).toMatch(/^OK: 6 files[^]*Signed by the installation key [0-9a-f ]+; its audit chain of \d+ entries is intact/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Both exports are in the audit log shown on the page.
  await expect(exportLog(page).getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(page, 'export with its audit log');
});

test('the chair cancels an archive export: nothing is downloaded or recorded, and the next export works', async ({ app, page }) => {
  await seedMeeting(app, 'initial');
  await page.reload();
  await openConference(page, 'Moss');
  await goTo(page, 'Export');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Export archive package' }).click();
  // The button is there only while an export is under way: main stops the worker.
  await page.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Export cancelled: nothing was saved.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel export' })).toHaveCount(0);
  await expect(page.getByText('Nothing exported yet.')).toBeVisible();
  expect(downloads).toBe(0);
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/_minutes_full_v1\.pdf$/);
  await expect(exportLog(page).getByRole('row')).toHaveCount(2);
});
