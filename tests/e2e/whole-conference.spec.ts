import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoAxeViolations, goTo } from './seedMeeting';

// The whole job, as a new chair would do it, by the UI alone: an initial conference for two
// children with eight people, from invitation to decision, then a core group that follows on.
test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(300_000);

const PEOPLE: [string, string, string, string][] = [
  ['Sam Carter', 'Social worker', "Children's social care", 'Professional'],
  ['Priya Shah', 'Health visitor', 'Health visiting', 'Professional'],
  ['DC Tom Reid', 'Detective constable', 'Police', 'Professional'],
  ['Ms Green', 'Head teacher', 'Education', 'Professional'],
  ['Dr Okafor', 'GP', 'GP', 'Professional'],
  ['Jo Frost', 'Housing officer', 'Housing', 'Professional'],
  ['Kelly Moss', 'Mother', '', 'Parent or carer'],
  ['Dean Moss', 'Father', '', 'Parent or carer'],
];
const CHILDREN = ['Amy Moss', 'Ben Moss'];
const PROFESSIONALS = PEOPLE.filter((p) => p[3] === 'Professional').map((p) => p[0]);

async function column(page: Page, title: string) {
  const tab = page.getByRole('tablist', { name: 'Map columns' }).getByRole('tab', { name: new RegExp(`^${title.replace('?', '\\?')}`) });
  if (await tab.count()) await tab.click();
}

async function scaleEveryone(page: Page, child: string, scores: number[]) {
  await page.getByRole('tab', { name: new RegExp(child) }).click();
  await page.getByLabel(`Score from ${PEOPLE[0]![0]} for ${child}`).focus();
  for (const [i, s] of scores.entries()) {
    await page.keyboard.press(String(s));
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Because ${i + 1}.`);
    if (i < scores.length - 1) {
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('ArrowDown');
    }
  }
  await expect(page.getByText('Not yet scaled (0)')).toBeVisible();
}

test('a chair runs an initial conference from invitation to decision, then a core group that follows on', async ({ app, page }) => {
  // Invitation: the conference, the children, the people.
  await page.getByRole('button', { name: 'New conference' }).click();
  await page.getByLabel('Family name', { exact: true }).fill('Moss');
  await page.getByLabel('Date').fill('23/11/2026');
  await page.getByRole('button', { name: 'Create conference' }).click();
  for (const [i, name] of CHILDREN.entries()) {
    await page.getByRole('button', { name: 'Add a child' }).click();
    await page.getByLabel(`Child ${i + 1} name`).fill(name);
  }
  await page.getByLabel('Chair', { exact: true }).fill('Alex Chair');
  await goTo(page, 'People and invitations');
  for (const [i, [name, role, agency, kind]] of PEOPLE.entries()) {
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel(`Name of person ${i + 1}`).fill(name);
    await page.getByLabel(`Role of ${name}`).fill(role);
    await page.getByLabel(`Kind of attendee for ${name}`).selectOption({ label: kind });
    if (agency) await page.getByLabel(`Agency of ${name}`).selectOption({ label: agency });
  }
  await goTo(page, 'Agency reports');
  await expect(page.getByRole('listitem', { name: /report$/ })).toHaveCount(6);
  await goTo(page, 'Scale anchors');
  await page.getByLabel('What 0 means for this family').fill('Amy and Ben cannot live at home.');
  await page.getByLabel('What 10 means for this family').fill('Everyone is confident Amy and Ben are safe enough for the plan to end.');
  await page.getByRole('button', { name: 'Confirm anchors' }).click();

  // The meeting.
  await page.getByRole('button', { name: 'Start meeting' }).click();
  for (const [name] of PEOPLE) await page.getByLabel(`Attendance for ${name}`).selectOption('present');
  await expect(page.getByText(/^Quorate/)).toBeVisible();
  await expectNoAxeViolations(page, 'welcome');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: 'Purpose and confidentiality', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Use suggested wording' }).click();
  await expectNoAxeViolations(page, 'purpose');
  await page.keyboard.press('Alt+ArrowDown');
  await page.getByLabel('Worries (Priya Shah)').fill('Ben has missed two health checks.');
  await page.getByLabel('Working well (Priya Shah)').fill('Kelly is warm with Ben.');
  await expectNoAxeViolations(page, 'contributions');
  await page.keyboard.press('Alt+ArrowDown');
  await page.getByRole('button', { name: 'Add a view' }).click();
  await page.getByLabel('Name as said (view 1)').fill('Amy');
  await page.getByLabel('In their words (view 1)').fill('I want Dad to stop shouting.');
  await expectNoAxeViolations(page, "child's views");
  await page.keyboard.press('Alt+ArrowDown');
  await page.getByRole('button', { name: 'Add a view' }).click();
  await page.getByLabel('Who said it (view 1)').selectOption({ label: 'Kelly Moss' });
  await page.getByLabel('In their words (view 1)').fill('We love our children and will do what it takes.');
  await expectNoAxeViolations(page, "family's views");

  await goTo(page, 'Mapping');
  await page.getByRole('button', { name: 'Add danger statement' }).click();
  await page.keyboard.type('Sam is worried that Dean hits Kelly when he drinks, and Amy and Ben could be hurt.');
  await column(page, 'What needs to happen?');
  await page.getByRole('button', { name: 'Add safety goal' }).click();
  await page.keyboard.type('Kelly and Dean will show for six months that the children are safe when Dean drinks.');
  await page.getByLabel('Answers danger statement').selectOption({ index: 1 });

  await goTo(page, 'Scaling');
  await scaleEveryone(page, 'Amy Moss', [3, 4, 2, 5, 4, 4, 8, 7]);
  await scaleEveryone(page, 'Ben Moss', [4, 5, 3, 6, 5, 5, 8, 8]);

  await goTo(page, 'Recommendations');
  for (const child of CHILDREN) {
    await page.getByRole('tab', { name: new RegExp(child) }).click();
    for (const name of PROFESSIONALS) {
      const rec = page.getByRole('listitem').filter({ has: page.getByRole('radiogroup', { name: `Recommendation from ${name} for ${child}` }) });
      await rec.getByRole('radio', { name: 'Plan', exact: true }).check();
      await rec.getByRole('checkbox', { name: 'Emotional abuse' }).check();
    }
    await expect(page.getByRole('region', { name: `Recommendation tally for ${child}` })).toContainText('Every professional present has given a recommendation.');
  }

  await goTo(page, 'Decision');
  for (const child of CHILDREN) {
    await page.getByRole('tab', { name: new RegExp(child) }).click();
    await page.getByRole('radio', { name: 'Becomes subject of a child protection plan' }).check();
    await page.getByRole('group', { name: 'Category' }).getByRole('checkbox', { name: 'Emotional abuse' }).check();
    await page.getByLabel('Reasons for the decision').fill(`${child} lives with violence at home.`);
    await page.getByRole('button', { name: 'Record decision' }).click();
    await expect(page.getByText(/Recorded .*Becomes subject of a child protection plan \(Emotional abuse\)/)).toBeVisible();
  }
  await page.getByRole('button', { name: 'End meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // Everything survives a restart.
  await app.restart();
  await page.getByRole('button', { name: /Open Amy Moss, Ben Moss/ }).click();
  await goTo(page, 'Decision');
  await expect(page.getByRole('tab', { name: /Ben Moss/ })).toContainText('decided');

  // The core group that follows on: people, plan and scores carried over; nobody recommends.
  await page.getByRole('button', { name: '← Conferences' }).click();
  await page.getByRole('button', { name: 'New conference' }).click();
  await page.getByLabel('Kind of meeting').selectOption({ label: 'Core group meeting' });
  await page.getByLabel('Date').fill('07/12/2026');
  await page.getByLabel('Follows on from').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Create conference' }).click();
  await expect(page.getByLabel('Child 2 name')).toHaveValue('Ben Moss');
  const nav = page.getByRole('navigation');
  await expect(nav.getByText('Recommendations')).toHaveCount(0);
  await expect(nav.getByText('Decision', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  for (const [name] of PEOPLE) await page.getByLabel(`Attendance for ${name}`).selectOption('present');
  await goTo(page, 'Scale anchors');
  await page.getByRole('button', { name: 'Confirm anchors' }).click();
  await goTo(page, 'Scaling');
  await scaleEveryone(page, 'Amy Moss', [5, 5, 4, 6, 5, 5, 8, 8]);
  await expect(page.getByText(/23\/11\/2026/).first()).toBeVisible(); // last conference's scores beside today's
  await expectNoAxeViolations(page, 'core group scaling');
});
