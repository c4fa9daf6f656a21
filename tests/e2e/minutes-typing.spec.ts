import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { EIGHT, call, goTo, openConference, seedMeeting } from './seedMeeting';
import type { Conference, RichNode } from '../../shared/model';

test.use({ viewport: { width: 1366, height: 768 } });

// Typed letters go into the page's text before the editor's own change (typedCharacterDom.ts), so
// that no layout is forced while a key is handled. These check, in Chromium, that the page then
// shows exactly what the minutes hold, wherever the caret is, and that the caret stays on screen.

const STEP = 'Reports and updates';
const nameOf = (id: unknown) => EIGHT[Number(String(id).slice(3))]?.name ?? '?';

function paragraphsOf(doc: RichNode): string[] {
  const text = (n: RichNode): string => (n.type === 'text' ? (n.text ?? '') : n.type === 'speaker' ? nameOf(n.attrs?.attendeeId) : (n.content ?? []).map(text).join(''));
  return (doc.content ?? []).map(text);
}

async function seedStep(app: Parameters<typeof seedMeeting>[0], paragraphs: RichNode[]) {
  const c = await seedMeeting(app, 'initial');
  c.meeting.agenda.find((s) => s.title === STEP)!.minutes = { type: 'doc', content: paragraphs };
  await call<Conference>(app, 'chairside:conference.save', { conference: c, baseRevision: c.revision });
  return c.id;
}

/** Counts the page's calls that make Chromium lay out at once when the text has just changed. */
async function countSelectionSets(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __sets: number };
    w.__sets = 0;
    for (const name of ['collapse', 'setBaseAndExtent', 'addRange', 'extend'] as const) {
      const original = Selection.prototype[name] as (...args: unknown[]) => unknown;
      Selection.prototype[name] = function (this: Selection, ...args: unknown[]) {
        w.__sets++;
        return original.apply(this, args);
      } as never;
    }
  });
  return {
    reset: () => page.evaluate(() => void ((window as unknown as { __sets: number }).__sets = 0)),
    count: () => page.evaluate(() => (window as unknown as { __sets: number }).__sets),
  };
}

test('letters typed anywhere in a paragraph go in at the caret, and the page shows exactly what the minutes hold', async ({ app, page }) => {
  const line = (i: number): RichNode => ({
    type: 'paragraph',
    content: [
      { type: 'speaker', attrs: { attendeeId: `att${i % 8}` } },
      { type: 'text', text: ` said the school run is ` },
      { type: 'text', text: 'late', marks: [{ type: 'bold' }] },
      { type: 'text', text: ` most days, paragraph ${i}.` },
    ],
  });
  const id = await seedStep(app, [
    ...Array.from({ length: 6 }, (_, i) => line(i)),
    { type: 'paragraph', content: [{ type: 'text', text: 'Before the passage ' }, { type: 'text', text: 'Dean is being investigated', marks: [{ type: 'restricted', attrs: { restrictedItemId: 'restr1' } }] }] },
  ]);
  await page.reload();
  await openConference(page, 'Moss');
  await goTo(page, STEP);
  const editor = page.getByRole('textbox', { name: `Minutes: ${STEP}` });
  const sets = await countSelectionSets(page);
  const p = (i: number) => editor.locator('p').nth(i);

  // In the middle of a word: the caret is put there first, then the keys alone are counted.
  await p(1).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'aragraph 1.'.length; i++) await page.keyboard.press('ArrowLeft');
  await sets.reset();
  await page.keyboard.type('XY z');
  await expect(p(1)).toHaveText(`${EIGHT[1].name} said the school run is late most days, pXY zaragraph 1.`);
  // Each key went in without the caret being set again (the old way set it on every key).
  expect(await sets.count()).toBe(0);

  // At the end of a paragraph, after a bold word (the letters are bold too), just after a speaker.
  await p(2).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' End.');
  await p(3).click();
  await page.keyboard.press('End');
  for (let i = 0; i < ' most days, paragraph 3.'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('st');
  await expect(p(3).locator('strong')).toHaveText('latest');
  await p(4).click();
  await page.keyboard.press('End');
  for (let i = 0; i < ' said the school run is late most days, paragraph 4.'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('ly');
  // Bold switched on with nothing selected: the next letters carry it.
  await p(5).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Noted');
  await expect(p(5).locator('strong').last()).toHaveText('Noted');
  // Typing on from the end of a restricted passage stays restricted.
  await p(6).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' again');
  await expect(p(6).locator('.cs-restricted-passage')).toHaveText('Dean is being investigated again');

  // What the page shows is what was saved, paragraph by paragraph.
  await editor.blur();
  const shown = await editor.locator('p').allTextContents();
  await expect
    .poll(async () => {
      const c = await call<{ conference: Conference }>(app, 'chairside:conference.open', { id });
      return paragraphsOf(c.conference.meeting.agenda.find((s) => s.title === STEP)!.minutes);
    })
    .toEqual(shown);
  expect(shown[2]).toMatch(/paragraph 2\. End\.$/);
  expect(shown[4]).toMatch(new RegExp(`^${EIGHT[4].name}ly said`));
});

test('typing on at the bottom of the window keeps the caret on screen, and no key reads the layout while it is handled', async ({ app, page }) => {
  await seedStep(
    app,
    Array.from({ length: 60 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i + 1}: the health visitor saw the baby at clinic on Tuesday and the home was warm.` }] })),
  );
  await page.reload();
  await openConference(page, 'Moss');
  await goTo(page, STEP);
  const editor = page.getByRole('textbox', { name: `Minutes: ${STEP}` });
  await editor.locator('p').first().click();
  await page.keyboard.press('Control+End');
  // Each call that measures the page, made while a typed key is being handled: with the letter
  // just written in, each makes Chromium lay out the page there and then. The window's own
  // listeners run first (capture) and last (bubbling) for the key.
  await page.evaluate(() => {
    const w = window as unknown as { __inKey: boolean; __reads: string[] };
    w.__inKey = false;
    w.__reads = [];
    addEventListener('keypress', () => void (w.__inKey = true), true);
    addEventListener('keypress', () => void (w.__inKey = false));
    for (const proto of [Element.prototype, Range.prototype] as const) {
      for (const name of ['getClientRects', 'getBoundingClientRect'] as const) {
        const original = proto[name] as (...args: unknown[]) => unknown;
        (proto as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
          if (w.__inKey) w.__reads.push(`${proto === Range.prototype ? 'Range' : 'Element'}.${name}`);
          return original.apply(this, args);
        };
      }
    }
  });
  // What the next frame shows.
  const caret = () =>
    page.evaluate(async () => {
      await new Promise((shown) => requestAnimationFrame(() => requestAnimationFrame(shown)));
      const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight };
    });
  // Several lines' worth, so the text wraps past the bottom of the window more than once.
  const topBefore = await editor.evaluate((el) => el.getBoundingClientRect().top);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.type('grandma has offered to stay over on Fridays and take them to school ');
    const at = await caret();
    expect(at.bottom, `line ${i}`).toBeLessThanOrEqual(at.height);
    expect(at.top, `line ${i}`).toBeGreaterThanOrEqual(0);
  }
  // The page did scroll to follow the caret, and measured nothing while a key was handled (before,
  // the caret was measured on every key typed at the end of the minutes).
  expect(await editor.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(topBefore);
  expect(await page.evaluate(() => (window as unknown as { __reads: string[] }).__reads)).toEqual([]);
});
