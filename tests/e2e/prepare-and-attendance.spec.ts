import { test, expect } from './fixtures';
import { expectNoAxeViolations, goTo } from './seedMeeting';

test.use({ viewport: { width: 1366, height: 768 } });

test('a chair prepares a conference and opens the meeting: people, reports, restricted register, attendance and quorum, updates and views', async ({ app, page }) => {
  await page.getByRole('button', { name: 'New conference' }).click();
  await page.getByLabel('Family name', { exact: true }).fill('Moss');
  await page.getByLabel('Date').fill('23/11/2026');
  await page.getByRole('button', { name: 'Create conference' }).click();
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('Child 1 name').fill('Amy Moss');

  await goTo(page, 'People and invitations');
  const people: [string, string, string][] = [
    ['Sam Carter', 'Social worker', "Children's social care"],
    ['DC Tom Reid', 'Detective constable', 'Police'],
    ['Ms Green', 'Head teacher', 'Education'],
  ];
  for (const [i, [name, role, agency]] of people.entries()) {
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel(`Name of person ${i + 1}`).fill(name);
    await page.getByLabel(`Role of ${name}`).fill(role);
    await page.getByLabel(`Agency of ${name}`).selectOption({ label: agency });
  }
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Name of person 4').fill('Kelly Moss');
  await page.getByLabel('Kind of attendee for Kelly Moss').selectOption({ label: 'Parent or carer' });
  await page.getByRole('button', { name: 'Move Kelly Moss up' }).click();
  await expect(page.getByLabel('Name of person 3')).toHaveValue('Kelly Moss');
  await expectNoAxeViolations(page, 'people');

  await goTo(page, 'Agency reports');
  const police = page.getByRole('listitem', { name: 'Police report' });
  await expect(police.getByLabel('Police report due')).toHaveValue('19/11/2026');
  await police.getByLabel('Police report received').fill('20/11/2026');
  await expect(police.getByRole('list', { name: 'Attention: Police report' })).toContainText('Received late');
  await expect(police.getByRole('list', { name: 'Attention: Police report' })).toContainText('Not shared with the family');
  await police.getByLabel('Police report holds information the family cannot be told').check();
  const education = page.getByRole('listitem', { name: 'Education report' });
  await education.getByLabel('Education report received').fill('18/11/2026');
  await education.getByLabel('Education report shared with the family').check();
  await expect(education.getByRole('list', { name: /Attention/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'reports');

  await goTo(page, 'Restricted information');
  await page.getByLabel('What it is (restricted entry 1)').fill('Police investigation into a family friend');
  await page.getByLabel('Why the family cannot be told (restricted entry 1)').fill('Would prejudice the investigation');

  await goTo(page, 'Welcome and introductions');
  await expect(page.getByText(/Not quorate/)).toBeVisible();
  await page.getByLabel('Attendance for Sam Carter').selectOption('present');
  await page.getByLabel('Attendance for DC Tom Reid').selectOption('present');
  await expect(page.getByLabel('Reason to go ahead without quorum')).toBeVisible();
  await page.getByLabel('Attendance for Ms Green').selectOption('present');
  await expect(page.getByText(/^Quorate/)).toBeVisible();
  await page.getByLabel('Attendance for Kelly Moss').selectOption('left-early');
  await page.getByLabel('Time Kelly Moss left (HH:mm)').fill('11:15');
  await page.getByLabel('The family has seen the reports before the meeting').check();
  await expectNoAxeViolations(page, 'welcome');

  await goTo(page, 'Reports and updates');
  await page.getByLabel('Worries (DC Tom Reid)').fill('Two call-outs in October.');
  await page.getByLabel('Restricted: the family must not hear this (DC Tom Reid)').check();
  await expect(page.getByRole('region', { name: /Update from DC Tom Reid/ }).getByText('Restricted', { exact: true })).toBeVisible();

  await goTo(page, "The child's views");
  await page.getByRole('button', { name: 'Add a view' }).click();
  await page.getByLabel('Name as said (view 1)').fill('Amy');
  await page.getByLabel('How it was gathered (view 1)').selectOption({ label: 'Three Houses' });
  await page.getByLabel('In their words (view 1)').fill('I like it when Mum reads to me.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await app.restart();
  await page.getByRole('button', { name: /Open Amy Moss/ }).click();
  await goTo(page, 'Welcome and introductions');
  await expect(page.getByText(/^Quorate/)).toBeVisible();
  await expect(page.getByLabel('Attendance for Kelly Moss')).toHaveValue('left-early');
  await goTo(page, 'Reports and updates');
  await expect(page.getByLabel('Worries (DC Tom Reid)')).toHaveValue('Two call-outs in October.');
  await goTo(page, "The child's views");
  await expect(page.getByLabel('In their words (view 1)')).toHaveValue('I like it when Mum reads to me.');
});
