import { test, expect } from './fixtures';
import { expectNoAxeViolations, goTo, openConference, seedMeeting } from './seedMeeting';

test.use({ viewport: { width: 1366, height: 768 } });

test('the chair sets the local authority and the file name pattern, and new conferences and exports use them', async ({ app, page }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Local authority name')).toHaveValue('London Borough of Lewisham');
  // The default pattern, previewed for a made-up family.
  await expect(page.getByText('2026-11-23_ICPC_Nowak-Swiatek_minutes_family_v2.pdf')).toBeVisible();
  await expectNoAxeViolations(page, 'settings');

  // A pattern that would give the four files of a package the same name is refused, with why.
  const pattern = page.getByLabel('File name pattern');
  await pattern.fill('{date}_{family}');
  await expect(page.getByText('Include {document} and {audience}, so the minutes and the plan, full record and family copy, get different names.')).toBeVisible();
  await expect(pattern).toHaveAttribute('aria-invalid', 'true');
  await pattern.fill('{date}_{family}_{child}');
  await expect(page.getByText(/\{child\} is not one of the names that can be used/)).toBeVisible();
  await page.getByLabel('Reports due before an initial conference (working days)').fill('three');
  await page.getByLabel('Local authority name').fill('   ');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Enter the working days as a whole number from 0 to 30.')).toBeVisible();
  await expect(page.getByText('Enter the local authority’s name: it heads every exported page.')).toBeVisible();
  await expect(page.getByLabel('Local authority name')).toBeFocused(); // the first field to mend
  await expectNoAxeViolations(page, 'settings with errors');

  // Leaving with unsaved changes asks first.
  await page.getByRole('button', { name: 'Back to conferences' }).click();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  await page.getByRole('button', { name: 'Stay' }).click();

  await page.getByLabel('Local authority name').fill('Royal Borough of Kingston upon Thames');
  await page.getByLabel('Reports due before an initial conference (working days)').fill('3');
  await pattern.fill('{family} {document} ({audience}) v{version}');
  await expect(page.getByText('Nowak-Swiatek-plan-(family)-v2.pdf')).toBeVisible();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toBeHidden();

  // Kept after a restart.
  await app.restart();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('File name pattern')).toHaveValue('{family} {document} ({audience}) v{version}');
  await expect(page.getByLabel('Reports due before an initial conference (working days)')).toHaveValue('3');
  await page.getByRole('button', { name: 'Back to conferences' }).click();

  // A new conference takes the local authority; its export takes the pattern.
  await seedMeeting(app, 'initial');
  await page.reload();
  await openConference(page, 'Moss');
  await expect(page.getByLabel('Local authority')).toHaveValue('Royal Borough of Kingston upon Thames');
  await goTo(page, 'Export');
  await page.getByLabel('Family copy').check();
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
  expect(pdf.suggestedFilename()).toBe('Moss-minutes-(family)-v1.pdf');
});
