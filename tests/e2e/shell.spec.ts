import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { openConference, seedMeeting } from './seedMeeting';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';

// What the desktop shell promises that the browser host can show too: the content security
// policy inside every page (Electron sends no headers to file:// pages), and Ctrl+, for Settings.

const DIST = resolve(import.meta.dirname, '../../dist/renderer');

/** The content of each CSP <meta> in a page, read by the browser's own parser. */
async function metaPolicies(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('meta[http-equiv="Content-Security-Policy" i]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
}

const directives = (policy: string) => policy.split(';').map((d) => d.trim()).filter(Boolean);

test('every built page carries the one policy as its first <meta>, equal to the header the host sends', async ({ app, page }) => {
  const pages = readdirSync(DIST).filter((f) => f.endsWith('.html'));
  expect(pages.sort()).toEqual(['family.html', 'index.html']);
  for (const name of pages) {
    const html = readFileSync(resolve(DIST, name), 'utf8');
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
    // First in <head>, so no script or stylesheet is read before the policy applies.
    expect(/^\s*<meta\s[^>]*http-equiv="Content-Security-Policy"/i.test(head), `${name} starts its <head> with the policy`).toBe(true);
  }

  const chairHeader = (await page.request.get(app.url)).headers()['content-security-policy'];
  expect(chairHeader).toBe(CONTENT_SECURITY_POLICY);
  expect(await metaPolicies(page)).toEqual([META_CONTENT_SECURITY_POLICY]);
  const family = await app.openFamilyPage();
  const familyHeader = (await family.request.get(app.familyUrl)).headers()['content-security-policy'];
  expect(await metaPolicies(family)).toEqual([META_CONTENT_SECURITY_POLICY]);
  // Equal to the header, less only what a <meta> cannot carry (browsers ignore frame-ancestors there).
  for (const header of [chairHeader!, familyHeader!]) {
    expect(directives(header).filter((d) => !d.startsWith('frame-ancestors'))).toEqual(directives(META_CONTENT_SECURITY_POLICY));
  }
  // The page's own policy refuses what the header refuses: an inline script never runs.
  expect(await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
  })).toBe(false);
});

test('Ctrl+, opens Settings from the conference list and from inside a conference, and back returns there', async ({ app, page }) => {
  await seedMeeting(app, 'initial', 'Moss');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Conferences' })).toBeVisible();
  await page.keyboard.press('Control+Comma');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to conferences' }).click();

  await openConference(page, 'Moss');
  const nav = page.getByRole('navigation', { name: 'Conference' });
  await expect(nav).toBeVisible();
  await page.keyboard.press('Control+Comma');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Back to the conference' }).click();
  await expect(nav).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeHidden();
});
