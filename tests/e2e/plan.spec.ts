import { test, expect } from './fixtures';
import { expectNoAxeViolations, goTo, openConference, seedMeeting } from './seedMeeting';
import type { ChairsideApp } from './fixtures';
import type { Conference } from '../../shared/model';

test.use({ viewport: { width: 1366, height: 768 } });

async function save(app: ChairsideApp, c: Conference) {
  const url = new URL(app.url);
  const secret = app.chairSecret;
  const res = await fetch(`${url.origin}/api/${encodeURIComponent('chairside:conference.save')}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-chairside-secret': secret },
    body: JSON.stringify({ conference: c, baseRevision: c.revision }),
  });
  const result = (await res.json()) as { ok: boolean; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
}

test('the chair drafts a plan that fails its checks, fixes it, marks it final, and it survives a restart', async ({ app, page }) => {
  const c = await seedMeeting(app, 'initial');
  c.map.push(
    { id: 'danger1', kind: 'danger', text: 'Social care are worried that when Kelly drinks in the evening nobody looks after Amy and Ben.', childIds: ['childamy', 'childben'], restricted: false },
    { id: 'goal1', kind: 'safety-goal', text: 'Kelly will be sober whenever she looks after Amy and Ben, for the next six months.', childIds: ['childamy', 'childben'], restricted: false, pairedDangerId: 'danger1' },
  );
  c.decisions.push({ childId: 'childamy', outcome: 'cp-plan', categories: ['neglect'], reasons: 'Amy is often left alone.' });
  await save(app, c);
  await page.reload();
  await openConference(page, 'Moss');
  await goTo(page, 'Plan');

  await page.getByLabel('Lead social worker').selectOption({ label: "Sam Carter (Children's social care)" });
  for (const who of ['Sam Carter', 'Priya Shah', 'Kelly Moss']) await page.getByRole('checkbox', { name: new RegExp(`^${who}`) }).check();

  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.getByLabel('What will happen').fill('Kelly to engage with services');
  const checks = page.getByRole('list', { name: 'Checks for action 1' });
  await expect(checks).toContainText('"engage with" is vague on its own.');
  await expect(checks).toContainText('Say who will do it');
  await expect(checks).toContainText('Give a date');
  await expect(checks).toContainText('Say how we will know it is done.');
  await expect(checks).toContainText('Link it to the danger statement or safety goal');

  const final = page.getByRole('button', { name: 'Mark plan as final' });
  await expect(final).toHaveAttribute('aria-disabled', 'true');
  await final.click({ force: true }); // a click does nothing while checks are flagged
  await expect(page.getByText(/checks are still flagged/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Plan is final' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('plan-flagged-1366x768.png') });

  await page.getByLabel('What will happen').fill('Kelly will go to the alcohol service drop-in every Tuesday');
  await page.getByLabel('Who', { exact: true }).selectOption({ label: 'Kelly Moss' });
  await page.getByLabel('By when (dd/mm/yyyy)').fill('18/12/2026');
  await page.getByLabel('By when (dd/mm/yyyy)').press('Tab');
  await page.getByLabel('How we will know it is done').fill('The alcohol worker tells Sam each week whether Kelly came');
  await page.getByLabel('Danger statement or safety goal it serves').selectOption({ index: 2 });
  await expect(page.getByText('Specific: this action passes every check.')).toBeVisible();

  await page.getByLabel(/^Contingency plan/).fill('If Kelly drinks while looking after the children, Sam will arrange for them to stay with their grandmother that night.');
  // Each "Use dd/mm/yyyy" button sets a date to its limit and then goes away.
  const useLimit = page.getByRole('button', { name: /^Use \d\d\/\d\d\/\d{4}$/ });
  await expect(useLimit).toHaveCount(2);
  await useLimit.first().click();
  await expect(useLimit).toHaveCount(1);
  await useLimit.first().click();
  await expect(useLimit).toHaveCount(0);
  await expect(page.getByText('All checks pass.')).toBeVisible();
  await expectNoAxeViolations(page, 'plan');
  await page.getByRole('button', { name: 'Mark plan as final' }).click();
  await expect(page.getByRole('heading', { name: 'Plan is final' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('plan-final-1366x768.png'), fullPage: true });

  await app.restart();
  await openConference(page, 'Moss');
  await goTo(page, 'Plan');
  await expect(page.getByRole('heading', { name: 'Plan is final' })).toBeVisible();
  // Nobody typed minutes for this step: opening its editor must not write to it.
  await expect(page.getByText(/^Step started/)).toHaveCount(0);
  await expect(page.getByLabel('What will happen')).toHaveValue('Kelly will go to the alcohol service drop-in every Tuesday');
  await expect(page.getByLabel('By when (dd/mm/yyyy)')).toHaveValue('18/12/2026');

  await goTo(page, 'Close');
  await expect(page.getByText('Becomes subject of a child protection plan (Neglect).')).toBeVisible();
  await page.getByRole('checkbox', { name: 'The family understand the decision' }).check();
  await page.getByRole('checkbox', { name: /The family understand the plan/ }).check();
  await expect(page.getByText('Checked with the family.')).toBeVisible();
  await expectNoAxeViolations(page, 'close');
});
