import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { EIGHT, expectNoAxeViolations, goTo, openConference, seedMeeting } from './seedMeeting';

// The map, scale anchors, scaling, recommendations and decision of an initial conference for
// two children with eight attendees, driven by keyboard and mouse through the browser host.

test.use({ viewport: { width: 1366, height: 768 } });

/** At 1366×768 beside the stepper the map shows one column at a time (tabs); wider, all three. */
async function column(page: Page, title: string) {
  const tab = page.getByRole('tablist', { name: 'Map columns' }).getByRole('tab', { name: new RegExp(`^${title.replace('?', '\\?')}`) });
  if (await tab.count()) await tab.click();
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test('the map: add, edit, reorder, move between kinds, delete with undo, paste 10,000 characters', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
  await seedMeeting(app, 'initial');
  await page.reload();
  await openConference(page, 'Moss');
  await goTo(page, 'Mapping');

  await page.getByRole('button', { name: 'Add danger statement' }).click();
  await page.keyboard.type('Sam is worried that Dean hits Kelly when he has been drinking, and Amy could be hurt.');
  await expect(page.getByText('What could happen to the child if nothing changes?').first()).toBeVisible();
  await page.getByRole('button', { name: 'Add danger statement' }).click();
  const pasted = 'Amy told her teacher she hides under the bed. '.repeat(218).slice(0, 10_000);
  await page.evaluate((t) => navigator.clipboard.writeText(t), pasted);
  await page.keyboard.press('Control+V');
  await expect(page.getByLabel('Danger statement 2', { exact: true })).toHaveValue(pasted);

  // Reorder by keyboard: the second statement moves up.
  await page.getByRole('button', { name: 'Move Danger statement 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Danger statement 1', { exact: true })).toHaveValue(pasted);

  await column(page, 'What needs to happen?');
  await page.getByRole('button', { name: 'Add safety goal' }).click();
  await page.keyboard.type('Kelly and Dean will keep Amy and Ben safe from their arguments for six months.');
  await expect(page.getByText('1 safety goal is not paired with a danger statement.')).toBeVisible();
  await page.getByLabel('Answers danger statement').selectOption({ index: 2 });
  await expect(page.getByText(/safety goal is not paired/)).toHaveCount(0);

  await column(page, "What's working well?");
  await page.getByRole('button', { name: 'Add strength' }).click();
  await page.keyboard.type('Kelly takes Ben to every health appointment.');
  await column(page, 'What are we worried about?');
  await page.getByRole('button', { name: 'Add harm' }).click();
  await page.keyboard.type('Police were called to a fight at home; Dean is under investigation.');
  const harm = page.getByRole('listitem').filter({ has: page.getByLabel('Harm 1', { exact: true }) });
  await harm.getByLabel('Restricted (the family must not hear this)').check();
  await harm.getByLabel('Restricted register entry').selectOption({ label: 'Ongoing police investigation into Dean (police)' });
  await harm.getByLabel('Amy Moss').check();
  await harm.getByLabel('Raised by').selectOption({ label: 'DC Tom Reid (Detective constable, Police)' });
  await expect(harm.getByText('Restricted', { exact: true })).toBeVisible();

  // Move between kinds: the strength becomes existing safety.
  await column(page, "What's working well?");
  await page.getByRole('listitem').filter({ has: page.getByLabel('Strength 1', { exact: true }) }).getByLabel('Kind').selectOption('existing-safety');
  await expect(page.getByLabel('Existing safety 1', { exact: true })).toHaveValue('Kelly takes Ben to every health appointment.');

  // Delete, then undo: the item comes back in its place.
  await column(page, 'What are we worried about?');
  await page.getByRole('button', { name: 'Delete Danger statement 2' }).click();
  await expect(page.getByLabel('Danger statement 2', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(page.getByLabel('Danger statement 2', { exact: true })).toHaveValue(/Dean hits Kelly/);
  await expectNoAxeViolations(page, 'map');
  await shot(page, 'map-1366x768');

  // Soft warning past four danger statements.
  for (let i = 3; i <= 5; i++) {
    await page.getByRole('button', { name: 'Add danger statement' }).click();
    await page.keyboard.type(`Worry number ${i}`);
  }
  await expect(page.getByText(/There are 5 danger statements/)).toBeVisible();

  await app.restart();
  await openConference(page, 'Moss');
  await goTo(page, 'Mapping');
  await expect(page.getByLabel('Danger statement 1', { exact: true })).toHaveValue(pasted);
  await expect(page.getByLabel('Harm 1', { exact: true })).toHaveValue(/Police were called/);
  await expect(page.getByLabel('Danger statement 5', { exact: true })).toHaveValue('Worry number 5');
  await column(page, "What's working well?");
  await expect(page.getByLabel('Existing safety 1', { exact: true })).toHaveValue(/health appointment/);
});

test('anchors, keyboard scaling for two children and eight people, recommendations, decision with dissent, kept after restart', async ({ app, page }) => {
  await seedMeeting(app, 'initial');
  await page.reload();
  await openConference(page, 'Moss');

  // Scaling stays shut until the anchors are confirmed, and says why.
  await goTo(page, 'Scaling');
  await expect(page.getByText(/Scaling opens once the scale anchors are set/)).toBeVisible();
  await expectNoAxeViolations(page, 'scaling (closed)');
  await goTo(page, 'Scale anchors');
  await page.getByRole('button', { name: 'Confirm anchors' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Write what both' })).toContainText('Write what both 0 and 10 mean');
  await page.getByLabel('What 0 means for this family').fill('Amy and Ben cannot live at home because it is not safe.');
  await page.getByLabel('What 10 means for this family').fill('Everyone is confident Amy and Ben are safe enough for the plan to end.');
  await page.getByRole('button', { name: 'Confirm anchors' }).click();
  await expect(page.getByText(/Anchors confirmed at \d\d\/\d\d\/\d{4}/)).toBeVisible();
  await expectNoAxeViolations(page, 'anchors');

  await goTo(page, 'Scaling');
  const scores: Record<string, number[]> = { 'Amy Moss': [3, 4, 2, 5, 10, 4, 8, 7], 'Ben Moss': [5, 6, 4, 6, 10, 5, 9, 8] };
  for (const [child, list] of Object.entries(scores)) {
    await page.getByRole('tab', { name: new RegExp(child) }).click();
    await page.getByLabel(`Score from ${EIGHT[0].name} for ${child}`).focus();
    for (const [i, score] of list.entries()) {
      if (score === 10) {
        await page.keyboard.press('1');
        await page.keyboard.press('0');
      } else await page.keyboard.press(String(score));
      await page.keyboard.press('Tab');
      await page.keyboard.type(`Reason ${i + 1} for ${child}.`);
      if (i < list.length - 1) {
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('ArrowDown');
      }
    }
    for (const [i, score] of list.entries()) await expect(page.getByLabel(`Score from ${EIGHT[i]!.name} for ${child}`)).toHaveValue(String(score));
    await expect(page.getByText('Not yet scaled (0)')).toBeVisible();
  }
  // Family scores are recorded; the chair chooses whether they are shown in the plot.
  await page.getByRole('tab', { name: /Amy Moss/ }).click();
  await expect(page.getByRole('img', { name: /Scores for Amy Moss/ })).toHaveAccessibleName(/6 scores: median 4, range 2 to 10/);
  await page.getByLabel("Show family members' scores beside the professionals'").check();
  await expect(page.getByRole('img', { name: /Scores for Amy Moss/ })).toHaveAccessibleName(/8 scores: median 4.5, range 2 to 10/);

  // Bad scores are refused with a message, typed or pressed.
  const gp = page.getByLabel(`Score from Dr Okafor for Amy Moss`);
  await gp.fill('11');
  // Alerts are looked for inside this screen's table: the workspace has its own banners.
  const table = page.getByRole('table', { name: 'Scores for Amy Moss' });
  await expect(table.getByRole('alert')).toHaveText('11 is outside the scale. Scores run from 0 to 10.');
  await gp.fill('4.5');
  await expect(table.getByRole('alert')).toHaveText('4.5 is not a whole number. Scores are whole numbers from 0 to 10.');
  await gp.fill('');
  await gp.press('t');
  await expect(gp).toHaveValue('10');
  await expect(table.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page, 'scaling');
  await shot(page, 'scaling-1366x768');

  // Recommendations: a plan without a category is refused and not counted.
  await goTo(page, 'Recommendations');
  const rec = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('radiogroup', { name: `Recommendation from ${name} for Amy Moss` }) });
  await rec('Sam Carter').getByRole('radio', { name: 'Plan', exact: true }).check();
  await expect(rec('Sam Carter').getByRole('alert')).toContainText('A plan needs a category');
  await expect(page.getByText('1 incomplete recommendation is not counted.')).toBeVisible();
  await rec('Sam Carter').getByRole('checkbox', { name: 'Neglect' }).check();
  await rec('Sam Carter').getByRole('checkbox', { name: 'Emotional abuse' }).check();
  await expect(rec('Sam Carter').getByRole('alert')).toContainText('More than one category needs a reason');
  await rec('Sam Carter').getByLabel('Why more than one category').fill('Neglect of basic care and the impact of the violence at home.');
  for (const name of ['Priya Shah', 'DC Tom Reid', 'Ms Green']) {
    await rec(name).getByRole('radio', { name: 'Plan', exact: true }).check();
    await rec(name).getByRole('checkbox', { name: 'Neglect' }).check();
  }
  await rec('Dr Okafor').getByRole('radio', { name: 'No plan' }).check();
  await rec('Jo Frost').getByRole('radio', { name: 'Plan', exact: true }).check();
  await rec('Jo Frost').getByRole('checkbox', { name: 'Neglect' }).check();
  const tally = page.getByRole('region', { name: 'Recommendation tally for Amy Moss' });
  await expect(tally.getByRole('definition').first()).toHaveText('5');
  await expect(tally).toContainText('Every professional present has given a recommendation.');
  await expectNoAxeViolations(page, 'recommendations');
  await shot(page, 'recommendations-1366x768');

  // Decision: reasons are required; dissent is kept with the decision.
  await goTo(page, 'Decision');
  await expect(page.getByRole('complementary', { name: /What the conference said about Amy Moss/ })).toContainText('5');
  await page.getByRole('radio', { name: 'Becomes subject of a child protection plan' }).check();
  await page.getByRole('button', { name: 'Record decision' }).click();
  const form = page.getByRole('region', { name: 'Decision for Amy Moss' });
  await expect(form.getByRole('alert').first()).toContainText('A child protection plan needs a category');
  await page.getByRole('group', { name: 'Category' }).getByRole('checkbox', { name: 'Neglect' }).check();
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(form.getByRole('alert')).toHaveText('Record the reasons for the decision.');
  await page.getByLabel('Reasons for the decision').fill('Amy has been exposed to violence and her basic needs are not met.');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByText(/Recorded \d\d\/\d\d\/\d{4} \d\d:\d\d: Becomes subject of a child protection plan \(Neglect\)/)).toBeVisible();
  await page.getByLabel('Who disagrees').selectOption({ label: 'Dr Okafor (GP, GP)' });
  await expect(page.getByLabel('Their agency')).toHaveValue('GP');
  await page.getByLabel('Why they disagree').fill('Sees the family often and thinks a child in need plan would be enough.');
  await page.getByRole('button', { name: 'Add dissent' }).click();
  await expect(page.getByRole('list', { name: 'Dissent from the decision for Amy Moss' })).toContainText('Dr Okafor (GP): Sees the family often');
  await expectNoAxeViolations(page, 'decision');
  await shot(page, 'decision-1366x768');

  await app.restart();
  await openConference(page, 'Moss');
  await goTo(page, 'Decision');
  await expect(page.getByText(/Recorded .*Becomes subject of a child protection plan \(Neglect\)/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Dissent from the decision for Amy Moss' })).toContainText('Dr Okafor');
  await goTo(page, 'Scaling');
  await page.getByRole('tab', { name: /Ben Moss/ }).click();
  await expect(page.getByLabel('Score from Ms Green for Ben Moss')).toHaveValue('6');
  await expect(page.getByLabel('Why Ms Green gave that score for Ben Moss')).toHaveValue('Reason 4 for Ben Moss.');
  await goTo(page, 'Recommendations');
  await expect(page.getByRole('region', { name: 'Recommendation tally for Amy Moss' })).toContainText('Every professional present has given a recommendation.');
});
