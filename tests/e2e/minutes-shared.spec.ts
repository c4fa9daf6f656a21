import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { bothOnSameMinutes, hostSession, joinSession, minuteTakerLaptop, minutesBox } from './secondLaptop';
import { call, goTo, openConference, seedMeeting } from './seedMeeting';
import type { Conference, RichNode } from '../../shared/model';

// Line breaks (Shift+Enter) in the shared minutes, in the real editor on two paired laptops
// (issue #17). In a session a break is a "\n" in the text (shared/collab/hardBreaks.ts); this
// checks the browser side of that: it shows as a line, typing next to it keeps it, both laptops
// end with the same lines, and the saved record holds hardBreak nodes as ever.

/** The lines of the paragraph holding `words`, as drawn: its text, the other person's caret left out. */
const lines = (page: Page, words: string) =>
  minutesBox(page).evaluate((el, w) => {
    const p = [...el.querySelectorAll('p')].find((x) => x.textContent?.includes(w));
    const copy = p?.cloneNode(true) as HTMLElement | undefined;
    copy?.querySelectorAll('.cs-remote-caret').forEach((c) => c.remove());
    return (copy?.textContent ?? '').split('\n');
  }, words);

test('line breaks typed on both laptops show as lines on both, keep their place, and save as hardBreak nodes', async ({ app, page, browser }) => {
  test.setTimeout(120_000);
  const seeded = await seedMeeting(app, 'initial', 'Nowak');
  await page.reload();
  await openConference(page, 'Nowak');
  await goTo(page, 'Reports and updates');
  const { address, code } = await hostSession(page);
  const taker = await minuteTakerLaptop(browser);
  try {
    await joinSession(taker.page, address, code);
    const { chairBox, takerBox } = await bothOnSameMinutes(page, taker.page);

    await chairBox.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Address: 4 Mill Lane');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Leeds');
    await expect(takerBox).toContainText('Leeds');
    // The minute-taker adds a line at the end while the chair adds one in the middle.
    await takerBox.click();
    await taker.page.keyboard.press('Control+End');
    await taker.page.keyboard.press('Shift+Enter');
    await taker.page.keyboard.type('LS1 4AB');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Holbeck');
    // Typing straight on after a break, and a break at the very end of the paragraph.
    await taker.page.keyboard.type(' (checked)');
    await taker.page.keyboard.press('Shift+Enter');

    // Each break is its own line on both screens (a "\n" in pre-wrapped text), none turned into a space.
    const want = ['Address: 4 Mill Lane', 'Holbeck', 'Leeds', 'LS1 4AB (checked)', ''];
    for (const p of [page, taker.page]) await expect.poll(() => lines(p, 'Mill Lane'), { timeout: 10_000 }).toEqual(want);
    const height = (p: Page) => minutesBox(p).locator('p', { hasText: 'Mill Lane' }).evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
    expect(Math.round(await height(page))).toBeGreaterThanOrEqual(5);

    await expect
      .poll(
        async () => {
          const step = (await call<{ conference: Conference }>(app, 'chairside:conference.open', { id: seeded.id })).conference.meeting.agenda.find((s) => s.title === 'Reports and updates')!;
          const para = step.minutes.content?.find((n: RichNode) => n.content?.some((c) => c.text?.includes('Mill Lane')));
          return (para?.content ?? []).map((n: RichNode) => (n.type === 'text' ? n.text : n.type));
        },
        { timeout: 10_000 },
      )
      .toEqual(['Address: 4 Mill Lane', 'hardBreak', 'Holbeck', 'hardBreak', 'Leeds', 'hardBreak', 'LS1 4AB (checked)', 'hardBreak']);
  } finally {
    await taker.close();
  }
});

test('the other person’s caret ends where their typing stopped, every time', async ({ app, page, browser }) => {
  test.setTimeout(120_000);
  await seedMeeting(app, 'initial', 'Nowak');
  await page.reload();
  await openConference(page, 'Nowak');
  await goTo(page, 'Reports and updates');
  const { address, code } = await hostSession(page);
  const taker = await minuteTakerLaptop(browser);
  try {
    await joinSession(taker.page, address, code);
    const { chairBox, takerBox } = await bothOnSameMinutes(page, taker.page);
    await chairBox.click();
    // A burst of keys, then a stop: the chair's last caret move goes after the 150 ms gap. It was
    // left unsent about one burst in four (the gap's timer fired a fraction of a millisecond
    // early), so the minute-taker saw "LeedChairs" until the chair next moved.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(`Address ${i}: 4 Mill Lane`);
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('Leeds');
      // The caret label sits after the last letter typed, not inside the word.
      await expect(takerBox).toContainText(`${i}: 4 Mill Lane\nLeedsChair`, { timeout: 5_000 });
    }
  } finally {
    await taker.close();
  }
});
