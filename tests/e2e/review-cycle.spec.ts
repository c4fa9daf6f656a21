import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoAxeViolations, goTo } from './seedMeeting';

// A plan's life by the UI alone: an initial conference, two core groups, a review that continues
// the plan under the same category, and a review that ends it. The dates offered are working
// days, each review starts from the last decision, and the scores' trajectory is drawn.
test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(300_000);

const PEOPLE: [string, string, string][] = [
  ['Sam Carter', "Children's social care", 'Professional'],
  ['DC Tom Reid', 'Police', 'Professional'],
  ['Ms Green', 'Education', 'Professional'],
  ['Kelly Moss', '', 'Parent or carer'],
];
const CHILD = 'Amy Moss';
const WEEKDAY = /^(Mon|Tue|Wed|Thu|Fri)/;

async function newMeeting(page: Page, kind: string, date: string, followsOn?: RegExp) {
  await page.getByRole('button', { name: 'New conference' }).click();
  await page.getByLabel('Kind of meeting').selectOption({ label: kind });
  await page.getByLabel('Date').fill(date);
  if (followsOn) {
    const option = page.getByLabel('Follows on from').locator('option').filter({ hasText: followsOn });
    await page.getByLabel('Follows on from').selectOption({ label: (await option.textContent())! });
  } else await page.getByLabel('Family name', { exact: true }).fill('Moss');
  await page.getByRole('button', { name: 'Create conference' }).click();
}

async function runMeeting(page: Page, scores: number[]) {
  await goTo(page, 'Scale anchors');
  await page.getByRole('button', { name: 'Confirm anchors' }).click();
  await page.getByRole('button', { name: 'Start meeting' }).click();
  for (const [name] of PEOPLE) await page.getByLabel(`Attendance for ${name}`).selectOption('present');
  await expect(page.getByText(/^Quorate/)).toBeVisible();
  await goTo(page, 'Scaling');
  await page.getByLabel(`Score from ${PEOPLE[0]![0]} for ${CHILD}`).focus();
  for (const [i, s] of scores.entries()) {
    await page.keyboard.press(String(s));
    if (i < scores.length - 1) await page.keyboard.press('ArrowDown');
  }
  await expect(page.getByText('Not yet scaled (0)')).toBeVisible();
}

async function decide(page: Page, outcome: string, reasons: string, extra?: (page: Page) => Promise<void>) {
  await goTo(page, 'Decision');
  await page.getByRole('radio', { name: outcome, exact: true }).check();
  if (extra) await extra(page);
  await page.getByLabel('Reasons for the decision').fill(reasons);
  await page.getByRole('button', { name: 'Record decision' }).click();
}

/** The date the plan offers for a limit: a working day, shown dd/mm/yyyy. */
async function offered(page: Page, label: string): Promise<string> {
  const card = page.locator('.plan-date-card').filter({ has: page.getByLabel(label, { exact: true }) });
  const text = (await card.getByRole('button', { name: /^Use / }).textContent())!.replace('Use ', '').trim();
  const [d, m, y] = text.split('/').map(Number);
  expect(new Date(Date.UTC(y!, m! - 1, d!)).toUTCString(), `${label} offered on ${text}`).toMatch(WEEKDAY);
  return text;
}

async function leave(page: Page) {
  await page.getByRole('button', { name: 'End meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.getByRole('button', { name: '← Conferences' }).click();
}

test('ICPC, two core groups, a review that continues the plan and a review that ends it', async ({ page }) => {
  // The initial conference: the plan under Neglect.
  await newMeeting(page, 'Initial child protection conference', '25/02/2026');
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('Child 1 name').fill(CHILD);
  await page.getByLabel('Strategy discussion').fill('16/02/2026');
  await expect(page.getByRole('list', { name: 'Timescales' })).toContainText('On time: the conference within 15 working days of the strategy discussion');
  await goTo(page, 'People and invitations');
  for (const [i, [name, agency, kind]] of PEOPLE.entries()) {
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel(`Name of person ${i + 1}`).fill(name);
    await page.getByLabel(`Kind of attendee for ${name}`).selectOption({ label: kind });
    if (agency) await page.getByLabel(`Agency of ${name}`).selectOption({ label: agency });
  }
  await goTo(page, 'Scale anchors');
  await page.getByLabel('What 0 means for this family').fill('Amy cannot live at home.');
  await page.getByLabel('What 10 means for this family').fill('Everyone is confident Amy is safe enough for the plan to end.');
  await runMeeting(page, [2, 3, 3, 6]);
  await decide(page, 'Becomes subject of a child protection plan', 'Amy is often left alone.', async (p) => {
    await p.getByRole('group', { name: 'Category' }).getByRole('checkbox', { name: 'Neglect' }).check();
  });
  await expect(page.getByText(/Recorded .*\(Neglect\)/)).toBeVisible();
  await goTo(page, 'Plan');
  // The review limit, 25/05/2026, is the spring bank holiday: the Friday before is offered.
  expect(await offered(page, 'Review conference')).toBe('22/05/2026');
  expect(await offered(page, 'First core group')).toBe('11/03/2026');
  await page.locator('.plan-date-card').filter({ has: page.getByLabel('Review conference', { exact: true }) }).getByRole('button', { name: /^Use / }).click();
  await leave(page);

  // Two core groups: everyone scales, nobody decides.
  await newMeeting(page, 'Core group meeting', '10/03/2026', /Initial child protection conference, 25\/02\/2026/);
  await expect(page.getByRole('list', { name: 'Timescales' })).toContainText('On time: the first core group within 10 working days');
  await runMeeting(page, [4, 4, 5, 7]);
  await goTo(page, 'Plan');
  expect(await offered(page, 'Next core group')).toBe('21/04/2026');
  await leave(page);
  await newMeeting(page, 'Core group meeting', '21/04/2026', /Core group meeting, 10\/03\/2026/);
  await runMeeting(page, [5, 5, 5, 7]);
  await leave(page);

  // The first review: starts from the ICPC's decision, continues under the same category.
  await newMeeting(page, 'Review child protection conference', '21/05/2026', /Core group meeting, 21\/04\/2026/);
  await expect(page.getByRole('list', { name: 'Timescales' })).toContainText('On time: a review within 3 months of the conference on 25/02/2026');
  await runMeeting(page, [6, 6, 5, 8]);
  await goTo(page, 'Decision');
  const before = page.getByRole('region', { name: `Before this meeting: ${CHILD}` });
  await expect(before).toContainText('Initial child protection conference, 25/02/2026: Becomes subject of a child protection plan under Neglect.');
  await expect(before).toContainText('Reasons then: Amy is often left alone.');
  await expectNoAxeViolations(page, 'review decision with history');
  // Continuing under another category is refused, in words.
  await decide(page, 'Child protection plan continues', 'Progress, but not yet safe.', async (p) => {
    await p.getByRole('group', { name: 'Category' }).getByRole('checkbox', { name: 'Emotional abuse' }).check();
  });
  await expect(page.getByRole('alert').filter({ hasText: 'The plan is under Neglect. To continue it, keep that category' })).toBeVisible();
  await page.getByRole('group', { name: 'Category' }).getByRole('checkbox', { name: 'Emotional abuse' }).uncheck();
  await page.getByRole('group', { name: 'Category' }).getByRole('checkbox', { name: 'Neglect' }).check();
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByText(/Recorded .*Child protection plan continues \(Neglect\)/)).toBeVisible();
  await goTo(page, 'Plan');
  expect(await offered(page, 'Review conference')).toBe('20/11/2026');
  expect(await offered(page, 'Next core group')).toBe('02/07/2026');
  await leave(page);

  // The second review ends the plan; the trajectory shows every meeting so far.
  await newMeeting(page, 'Review child protection conference', '19/11/2026', /Review child protection conference, 21\/05\/2026/);
  await expect(page.getByRole('list', { name: 'Timescales' })).toContainText('On time: a review within 6 months of the last review on 21/05/2026');
  await runMeeting(page, [8, 8, 7, 9]);
  await goTo(page, 'Decision');
  await expect(page.getByRole('region', { name: `Before this meeting: ${CHILD}` })).toContainText('Review child protection conference, 21/05/2026: Child protection plan continues under Neglect.');
  const chart = page.getByRole('img', { name: /^Scores for Amy Moss across meetings/ });
  await expect(chart).toHaveAttribute('aria-label', /ICPC 25\/02\/2026: median 3 .*CGM 10\/03\/2026: median 4 .*CGM 21\/04\/2026: median 5 .*RCPC 21\/05\/2026: median 6 .*RCPC 19\/11\/2026 \(this meeting\): median 8/);
  await page.screenshot({ path: test.info().outputPath('review-trajectory.png'), fullPage: true });
  await decide(page, 'Child protection plan ends', 'Amy has been safe for six months.', async (p) => {
    await p.getByLabel('Why the plan is ending').fill('The safety goals have been met for six months.');
  });
  await expect(page.getByText(/Recorded .*Child protection plan ends/)).toBeVisible();
});
