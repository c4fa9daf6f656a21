import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { call, expectNoAxeViolations, goTo, openConference, seedMeeting } from './seedMeeting';
import type { Conference } from '../../shared/model';

// After the meeting: business support sees the outline plan due, the chair exports it, records
// it as sent to each person on the distribution list, and the list's "Due this week" moves on.
test.use({ viewport: { width: 1366, height: 768 } });

test('the outline plan goes out to the distribution list and business support sees what is due', async ({ app, page }) => {
  // A month ago, so the outline plan is overdue whatever day the test runs.
  const meetingDay = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const seeded = await seedMeeting(app, 'initial');
  const c: Conference = { ...structuredClone(seeded), status: 'held', details: { ...seeded.details, date: meetingDay } };
  await call(app, 'chairside:conference.save', { conference: c, baseRevision: c.revision });
  await page.reload();

  // Business support's list: the outline plan is overdue (one working day after the meeting).
  const due = page.getByRole('region', { name: 'Due this week' });
  await expect(due.getByRole('row', { name: /Outline plan/ })).toContainText('Overdue');
  await expectNoAxeViolations(page, 'list with due this week');

  await openConference(page, 'Moss');
  await goTo(page, 'Circulation');
  const deadlines = page.getByRole('table', { name: 'Deadlines after the meeting' });
  await expect(deadlines.getByRole('row', { name: /Outline plan/ })).toContainText('Overdue');
  await expect(deadlines.getByRole('row', { name: /Outline plan/ })).toContainText('Sent to 0 of 8.');
  // Kelly and Dean get the family copy; the six professionals the full record.
  await expect(page.getByLabel('Copy for Kelly Moss')).toHaveValue('family');
  await expect(page.getByLabel('Copy for DC Tom Reid')).toHaveValue('full');
  // Sending before exporting is refused in words.
  await page.getByRole('button', { name: 'Record the plan as sent to Kelly Moss' }).click();
  await expect(page.getByRole('alert')).toContainText('Export the family copy of the plan (version 1) first');
  await expectNoAxeViolations(page, 'circulation');

  await goTo(page, 'Export');
  await page.getByLabel('Plan', { exact: true }).check();
  for (const audience of ['Family copy', 'Full record']) {
    await page.getByLabel(audience).check();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
  }

  await goTo(page, 'Circulation');
  await page.getByLabel('How documents are sent').fill('Secure email');
  for (const name of ['Sam Carter', 'Priya Shah', 'DC Tom Reid', 'Ms Green', 'Dr Okafor', 'Jo Frost', 'Kelly Moss', 'Dean Moss']) {
    await page.getByRole('button', { name: `Record the plan as sent to ${name}` }).click();
  }
  await expect(deadlines.getByRole('row', { name: /Outline plan/ })).toContainText('Done');
  await expect(deadlines.getByRole('row', { name: /Outline plan/ })).toContainText('Sent to everyone (8).');
  await expect(page.getByRole('table', { name: 'Sent' }).getByRole('row')).toHaveCount(9);
  await page.screenshot({ path: test.info().outputPath('circulation.png'), fullPage: true });

  await page.getByRole('button', { name: '← Conferences' }).click();
  await expect(page.getByRole('region', { name: 'Due this week' }).getByRole('row', { name: /Outline plan/ })).toHaveCount(0);
});

test('the plan is final on its own the day after; corrected minutes are reissued as version 2 with the reason', async ({ app, page }) => {
  const seeded = await seedMeeting(app, 'initial');
  const c: Conference = { ...structuredClone(seeded), status: 'held' };
  await call(app, 'chairside:conference.save', { conference: c, baseRevision: c.revision });
  await page.reload();
  await openConference(page, 'Moss');

  // The plan, marked final on its own (its checks overridden with a reason, as a chair may).
  await goTo(page, 'Plan');
  await page.getByLabel('Reason for overriding the checks').fill('Outline plan: the core group will add the detail.');
  await page.getByRole('button', { name: 'Override the checks and mark final' }).click();
  await expect(page.getByRole('heading', { name: 'Plan is final' })).toBeVisible();

  await goTo(page, 'Export');
  const versions = page.getByRole('region', { name: 'Versions' });
  await expect(versions.getByRole('row', { name: /^Plan/ })).toContainText('Final');
  await expect(versions.getByRole('row', { name: /^Minutes/ })).toContainText('Draft');
  await page.getByLabel('Plan', { exact: true }).check();
  await page.getByLabel('Family copy').check();
  const [plan] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
  expect(plan.suggestedFilename()).toBe('2026-11-23_ICPC_Moss_plan_family_v1.pdf');

  // The minutes go final, then a correction makes version 2.
  await page.getByRole('button', { name: 'Mark minutes final' }).click();
  await page.getByRole('dialog', { name: 'Mark the minutes final?' }).getByRole('button', { name: 'Mark final' }).click();
  await expect(versions.getByRole('row', { name: /^Minutes/ })).toContainText('Final');
  await page.getByRole('button', { name: 'Correct the minutes…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct the minutes?' });
  await dialog.getByRole('button', { name: 'Start version 2' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Say what is being corrected and why');
  await dialog.getByLabel('What is corrected, and why').fill('Ben’s school was named wrongly.');
  await expectNoAxeViolations(page, 'correction dialog');
  await dialog.getByRole('button', { name: 'Start version 2' }).click();
  await expect(versions.getByRole('row', { name: /^Minutes/ })).toContainText('Ben’s school was named wrongly.');
  await expect(versions.getByRole('row', { name: /^Minutes/ })).toContainText('Draft');

  await page.getByLabel('Minutes', { exact: true }).check();
  await page.getByLabel('Full record').check();
  const [minutes] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
  expect(minutes.suggestedFilename()).toBe('2026-11-23_ICPC_Moss_minutes_full_v2.pdf');
  const dir = mkdtempSync(join(tmpdir(), 'chairside-v2-'));
  try {
    const file = join(dir, minutes.suggestedFilename());
    await minutes.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('This is version 2; it replaces version 1, corrected on');
    expect(text).toContain('Ben’s school was named wrongly.');
    expect(text).toContain('Version 2 (draft)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await expect(page.getByRole('row', { name: /Minutes \(version 2\)/ })).toBeVisible(); // the audit records the issue
});
