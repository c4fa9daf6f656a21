import type { Conference } from '../../shared/model';
import { test, expect } from './fixtures';
import { call, expectNoAxeViolations, openConference, seedMeeting } from './seedMeeting';

test.use({ viewport: { width: 1366, height: 768 } });

test('leaving a conference whose latest edits could not be saved asks first, and staying keeps them', async ({ app, page }) => {
  const seeded = await seedMeeting(app, 'initial');
  await page.reload();
  await openConference(page, 'Moss');
  const venue = page.getByLabel('Venue');
  await expect(venue).toBeVisible();

  // The chair types; before the autosave, another window (the minute-taker's) saves the same
  // conference, so this window's save is refused rather than written over theirs.
  await venue.fill('Laurence House, room 4');
  const other = await call<{ conference: Conference }>(app, 'chairside:conference.open', { id: seeded.id });
  await call(app, 'chairside:conference.save', { conference: { ...other.conference, details: { ...other.conference.details, chair: 'Pat Other' } }, baseRevision: other.conference.revision });
  await expect(page.getByRole('alert').filter({ hasText: 'changed in another window' })).toBeVisible();

  await page.getByRole('button', { name: '← Conferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without your latest changes?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('could not be saved');
  await page.screenshot({ path: 'test-results/leave-unsaved-dialog.png' });
  await expectNoAxeViolations(page, 'leave without saving dialog');
  await dialog.getByRole('button', { name: 'Stay' }).click();
  await expect(venue).toHaveValue('Laurence House, room 4');

  // Choosing to leave is the chair's decision, and then the saved version stands.
  await page.getByRole('button', { name: '← Conferences' }).click();
  await page.getByRole('dialog', { name: 'Leave without your latest changes?' }).getByRole('button', { name: 'Leave without them' }).click();
  await expect(page.getByRole('heading', { name: 'Conferences' })).toBeVisible();
  await openConference(page, 'Moss');
  await expect(page.getByLabel('Chair', { exact: true })).toHaveValue('Pat Other');
});
