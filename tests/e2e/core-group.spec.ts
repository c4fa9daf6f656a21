import { test, expect } from './fixtures';
import { EIGHT, expectNoAxeViolations, goTo, openConference, seedMeeting } from './seedMeeting';

test.use({ viewport: { width: 1366, height: 768 } });

test('a core group meeting has no recommendations or decision, and everyone scales', async ({ app, page }) => {
  await seedMeeting(app, 'core-group');
  await page.reload();
  await openConference(page, 'Moss');
  const nav = page.getByRole('navigation', { name: 'Conference' });
  await expect(nav.getByRole('button', { name: 'Scaling', exact: true })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Recommendations' })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: 'Decision', exact: true })).toHaveCount(0);

  await goTo(page, 'Scale anchors');
  await page.getByLabel('What 0 means for this family').fill('Amy and Ben cannot live at home.');
  await page.getByLabel('What 10 means for this family').fill('Amy and Ben are safe enough for the plan to end.');
  await page.getByRole('button', { name: 'Confirm anchors' }).click();

  await goTo(page, 'Scaling');
  for (const child of ['Amy Moss', 'Ben Moss']) {
    await page.getByRole('tab', { name: new RegExp(child) }).click();
    await page.getByLabel(`Score from ${EIGHT[0].name} for ${child}`).focus();
    for (let i = 0; i < EIGHT.length; i++) {
      await page.keyboard.press(String((i + 3) % 10));
      if (i < EIGHT.length - 1) await page.keyboard.press('ArrowDown');
    }
    await expect(page.getByText('Not yet scaled (0)')).toBeVisible();
    await expect(page.getByRole('tab', { name: new RegExp(child) })).toContainText('(8/8)');
  }
  await expectNoAxeViolations(page, 'core group scaling');
  await page.screenshot({ path: test.info().outputPath('core-group-scaling-1366x768.png') });

  await app.restart();
  await openConference(page, 'Moss');
  await goTo(page, 'Scaling');
  await page.getByRole('tab', { name: /Ben Moss/ }).click();
  await expect(page.getByLabel('Score from Dean Moss for Ben Moss')).toHaveValue('0');
});
