import { test, expect } from './fixtures';
import { call, goTo, openConference, seedMeeting } from './seedMeeting';

test.use({ viewport: { width: 1366, height: 768 } });

test('removing someone who has already scored asks what to do, and keeping them keeps their scores', async ({ app, page }) => {
  const c = await seedMeeting(app, 'initial');
  c.scaling.anchors = { zero: 'Not safe at home.', ten: 'Safe enough for the plan to end.' };
  c.scaling.anchorsConfirmedAt = new Date().toISOString();
  c.scaling.scores = [
    { attendeeId: 'att2', childId: 'childamy', score: 3, reason: 'Two call-outs.' },
    { attendeeId: 'att2', childId: 'childben', score: 4, reason: 'Two call-outs.' },
  ];
  await call(app, 'chairside:conference.save', { conference: c, baseRevision: c.revision });
  await page.reload();
  await openConference(page, 'Moss');
  await goTo(page, 'People and invitations');

  await page.getByRole('button', { name: 'Remove DC Tom Reid' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove DC Tom Reid?' });
  await expect(dialog).toContainText('has given 2 scores and 0 recommendations');
  await dialog.getByRole('button', { name: 'Keep them and their scores, marked absent' }).click();
  await expect(page.getByLabel('Name of person 3')).toHaveValue('DC Tom Reid');
  await goTo(page, 'Welcome and introductions');
  await expect(page.getByLabel('Attendance for DC Tom Reid')).toHaveValue('absent');

  await goTo(page, 'People and invitations');
  await page.getByRole('button', { name: 'Remove Jo Frost' }).click();
  await expect(page.getByRole('dialog', { name: 'Remove Jo Frost?' })).toContainText('will be taken off the list');
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByLabel('Name of Jo Frost')).toHaveCount(0);
  await expect(page.getByRole('listitem', { name: 'Jo Frost' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const saved = await call<{ conference: typeof c }>(app, 'chairside:conference.open', { id: c.id });
  expect(saved.conference.scaling.scores).toHaveLength(2);
  expect(saved.conference.attendees.map((a) => a.name)).not.toContain('Jo Frost');
});
