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
