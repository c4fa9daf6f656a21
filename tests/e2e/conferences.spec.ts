import AxeBuilder from '@axe-core/playwright';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 1366, height: 768 } });

async function axeClean(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function createConference(page: Page, familyName: string, kind = 'Initial child protection conference') {
  await page.getByRole('button', { name: 'New conference' }).click();
  await page.getByLabel('Kind of meeting').selectOption({ label: kind });
  await page.getByLabel('Family name', { exact: true }).fill(familyName);
  await page.getByRole('button', { name: 'Create conference' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Details' })).toBeVisible();
}

async function waitSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

test('a chair creates, edits, searches, reopens after a restart and deletes conferences', async ({ app, page }) => {
  await expect(page.getByRole('heading', { name: 'Conferences' })).toBeVisible();
  await axeClean(page, 'empty list');

  await createConference(page, 'Nowak');
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('Child 1 name').fill('Zofia Nowak-Świątek');
  await page.getByLabel('Child 1 date of birth').fill('02/04/2019');
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('Child 2 name').fill('ليلى حداد');
  await page.getByLabel('Child 2 date of birth').fill('31/02/2020');
  await page.getByLabel('Child 2 date of birth').press('Tab'); // said when the field is left, not on every key
  await expect(page.getByText('Enter a real date as dd/mm/yyyy')).toBeVisible();
  await page.getByLabel('Child 2 date of birth').fill('29/02/2020');
  await page.getByRole('button', { name: 'Add a family member' }).click();
  await page.getByLabel('Family member 1 name').fill('Anna Nowak');
  await page.getByLabel('Relationship to Zofia Nowak-Świątek').fill('Mother');
  await page.getByLabel('Has parental responsibility').check();
  await page.getByLabel('Format').selectOption('hybrid');
  await page.getByLabel('Venue').fill('Laurence House, room 3');
  await page.getByLabel('Chair', { exact: true }).fill('Alex Chair');
  await waitSaved(page);
  await axeClean(page, 'details');

  await page.getByRole('button', { name: '← Conferences' }).click();
  await createConference(page, 'Chen', 'Core group meeting');
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('Child 1 name').fill('陈小明');
  await waitSaved(page);
  await page.getByRole('button', { name: '← Conferences' }).click();

  // Search by child name and by family name, accents and scripts included.
  const rows = page.getByRole('list', { name: 'Conferences, newest first' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await page.getByLabel('Search by child or family name').fill('zofia');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Zofia Nowak-Świątek');
  await page.getByLabel('Search by child or family name').fill('Chen');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('陈小明');
  await page.getByLabel('Search by child or family name').fill('');
  await expect(rows).toHaveCount(2);
  await axeClean(page, 'list');

  await app.restart();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: /Open Zofia Nowak-Świątek/ }).click();
  await expect(page.getByLabel('Child 2 name')).toHaveValue('ليلى حداد');
  await expect(page.getByLabel('Child 2 date of birth')).toHaveValue('29/02/2020');
  await expect(page.getByLabel('Relationship to Zofia Nowak-Świątek')).toHaveValue('Mother');
  await expect(page.getByLabel('Venue')).toHaveValue('Laurence House, room 3');
  await page.getByRole('button', { name: '← Conferences' }).click();

  await page.getByRole('button', { name: /Delete 陈小明/ }).click();
  await expect(page.getByRole('dialog', { name: 'Delete this conference?' })).toContainText('陈小明');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: /Delete 陈小明/ }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(rows).toHaveCount(1);
  await app.restart();
  await expect(rows).toHaveCount(1);
  await expect(page.getByText('陈小明')).toHaveCount(0);
  // Deleting really removes the file: one conference file is left in the data folder.
  expect(readdirSync(join(app.dataDir, 'conferences')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
});

test('a damaged conference file is set aside and named, and the rest still open', async ({ app, page }) => {
  await createConference(page, 'Kowalski');
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('Child 1 name').fill('Jan Kowalski');
  await waitSaved(page);
  await page.getByRole('button', { name: '← Conferences' }).click();
  await createConference(page, 'Garcia');
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('Child 1 name').fill('Lucía García');
  await waitSaved(page);
  await page.getByRole('button', { name: '← Conferences' }).click();

  await app.restart((dir) => {
    const folder = join(dir, 'conferences');
    const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
    // Damage one of the two files beyond repair.
    writeFileSync(join(folder, files[0]!), 'this is not a conference');
  });
  const quarantine = page.getByRole('region', { name: 'Could not be opened' });
  await expect(quarantine).toBeVisible();
  await expect(quarantine.getByRole('listitem')).toHaveCount(1);
  await expect(quarantine.getByRole('listitem')).toContainText(/could not be opened\. It /);
  await expect(page.getByRole('button', { name: /^Open / })).toHaveCount(1);
  await page.getByRole('button', { name: /^Open / }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Details' })).toBeVisible();
  expect(readdirSync(join(app.dataDir, 'quarantine')).length).toBeGreaterThan(0);
});

test('the agenda is a stepper the chair drives by keyboard alone', async ({ page }) => {
  await createConference(page, 'Keys');
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('button', { name: /Welcome and introductions/ })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('button', { name: /Purpose and confidentiality/ })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('navigation').getByRole('button', { name: /Scaling/ })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('navigation').getByRole('button', { name: /Mapping/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText(/Meeting \d+:\d\d/)).toBeVisible();

  // An ad-hoc step goes in after the current one.
  await page.getByRole('button', { name: 'Add a step after this one' }).click();
  await page.getByRole('dialog').getByLabel('Step title').fill('Update from the interpreter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Update from the interpreter', exact: true })).toBeVisible();
  const agenda = page.getByRole('navigation').getByRole('listitem');
  const titles = await agenda.allInnerTexts();
  const at = titles.findIndex((t) => t.includes('Update from the interpreter'));
  expect(titles[at - 1]).toContain('Mapping');
  await axeClean(page, 'workspace');
});
