import { test, expect } from './fixtures';
import { call, goTo, openConference, seedMeeting } from './seedMeeting';
import type { Conference } from '../../shared/model';

test.use({ viewport: { width: 1366, height: 768 } });

// The minutes' selection races (issue #17): a key pressed straight after a toolbar choice or a
// caret jump, before the next frame, as a fast typist presses it. No waiting between the action
// and the key is the point of each test.

const SECRET = 'Dean is being investigated.';

test('a key straight after “Mark as: …” goes after the restricted passage, never over it', async ({ app, page }) => {
  await seedMeeting(app, 'initial');
  await page.reload();
  await openConference(page, 'Moss');
  await goTo(page, 'Reports and updates');
  const editor = page.getByRole('textbox', { name: 'Minutes: Reports and updates' });
  const select = page.getByLabel('Restricted passage');
  await editor.click();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.type(SECRET);
    await page.keyboard.press('Shift+Home');
    // The editor learns of a selection the browser made (Shift+Home) from an event a moment later;
    // nobody reaches the list within that moment, so wait for it here, not after the choice.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // Chosen from the list (with the mouse the list takes focus; with the keyboard it is Alt+F10
    // and the arrow keys), then a key at once.
    if (i % 2) await select.focus();
    await select.selectOption({ label: 'Mark as: Ongoing police investigation into Dean' });
    await page.keyboard.type(' Noted.');
    const line = editor.locator('p').last();
    await expect(line, `try ${i}`).toHaveText(`${SECRET} Noted.`);
    await expect(line.locator('.cs-restricted-passage'), `try ${i}`).toContainText(SECRET);
    await page.keyboard.press('Enter');
  }
  await expect(editor.locator('p', { hasText: SECRET })).toHaveCount(4);
});

test('a key straight after Ctrl+End lands at the end of the step, not at the old caret', async ({ app, page }) => {
  const c = await seedMeeting(app, 'initial');
  // A long step, so the end is well off screen (its blocks are not laid out until scrolled to).
  const step = c.meeting.agenda.find((s) => s.title === 'Reports and updates')!;
  step.minutes = {
    type: 'doc',
    content: Array.from({ length: 300 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i + 1} of the reports, long enough to wrap onto a second line at this width of window, as minutes do.` }] })),
  };
  await call<Conference>(app, 'chairside:conference.save', { conference: c, baseRevision: c.revision });
  await page.reload();
  await openConference(page, 'Moss');
  await goTo(page, 'Reports and updates');
  const editor = page.getByRole('textbox', { name: 'Minutes: Reports and updates' });
  await editor.locator('p').first().click();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`Z${i}`);
    await expect(editor.locator('p').last(), `try ${i}`).toHaveText(/Z\d$/);
    await expect(editor.locator('p').first(), `try ${i}`).toHaveText(/^Paragraph 1 of/);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
  }
  await expect(editor.locator('p').last()).toHaveText(/as minutes do\.$/);
});

test('a key straight after inserting live conference data goes in the paragraph after it, not over the block', async ({ app, page }) => {
  await seedMeeting(app, 'initial');
  await page.reload();
  await openConference(page, 'Moss');
  await goTo(page, 'Reports and updates');
  const editor = page.getByRole('textbox', { name: 'Minutes: Reports and updates' });
  const live = page.getByLabel('Insert from the conference (live)');
  await editor.click();
  await page.keyboard.type('Before the scores.');
  // With the mouse the list takes focus; a fast typist then types on at once. The block was left
  // selected, and the key replaced it.
  await live.focus();
  await live.selectOption({ label: 'Safety scores: Amy Moss' });
  await page.keyboard.type('Scores noted.');
  await expect(editor.locator('.cs-live')).toHaveCount(1);
  await expect(editor.locator('p').last()).toHaveText('Scores noted.');
  await expect(editor.locator('p').first()).toHaveText('Before the scores.');
});
