import type { Page } from '@playwright/test';
import { test, expect, type ChairsideApp } from './fixtures';
import { call, openConference, seedMeeting } from './seedMeeting';
import type { ConferenceSummary } from '../../shared/model';

// An attacker sits at the family screen with the keyboard: they can open devtools' console,
// type addresses, run fetch(). Whatever they do, the family tab must not become the chair.
// (Round 1's family tab had window.opener and a copy of the chair's sessionStorage, secret
// included; changing its address to / opened the full chair app.)

const REGISTER = 'Ongoing police investigation into Dean'; // seedMeeting's restricted register entry

const chairSecretOf = (app: ChairsideApp) => app.chairSecret;

async function probeFromFamilyTab(family: Page, app: ChairsideApp) {
  const chairOrigin = new URL(app.url).origin;
  const familySecret = new URLSearchParams(new URL(app.familyUrl).hash.slice(1)).get('f')!;
  return family.evaluate(
    async ({ chairOrigin, familySecret }) => {
      const storage = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join('\n');
      const attempt = async (url: string, init: RequestInit) => {
        try {
          const res = await fetch(url, init);
          return { status: res.status, body: res.type === 'opaque' ? '(opaque)' : await res.text() };
        } catch (err) {
          return { status: -1, body: String(err) };
        }
      };
      const headers = { 'content-type': 'application/json', 'x-chairside-secret': familySecret };
      const calls = {
        ownOriginApi: await attempt('/api/chairside:conference.list', { method: 'POST', headers, body: '{}' }),
        chairApi: await attempt(`${chairOrigin}/api/chairside:conference.list`, { method: 'POST', headers, body: '{}' }),
        chairApiNoCors: await attempt(`${chairOrigin}/api/chairside:conference.create`, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ details: { kind: 'initial', date: '2026-11-23', familyName: 'Forged' } }) }),
        chairEvents: await attempt(`${chairOrigin}/events`, { headers }),
        chairPage: await attempt(`${chairOrigin}/`, {}),
      };
      let openerReachable: boolean;
      try {
        openerReachable = window.opener !== null;
      } catch {
        openerReachable = true; // a cross-origin opener that throws is still a handle
      }
      return { openerReachable, session: storage(sessionStorage), local: storage(localStorage), history: JSON.stringify(history.state), html: document.documentElement.outerHTML, calls };
    },
    { chairOrigin, familySecret },
  );
}

async function expectIsolated(family: Page, app: ChairsideApp, where: string) {
  const secret = chairSecretOf(app);
  const probe = await probeFromFamilyTab(family, app);
  expect(probe.openerReachable, `${where}: window.opener`).toBe(false);
  for (const [name, value] of [['sessionStorage', probe.session], ['localStorage', probe.local], ['history.state', probe.history], ['page HTML', probe.html]] as const) {
    expect(value, `${where}: ${name} holds the chair secret`).not.toContain(secret);
  }
  // Every call fails: no API on the family origin; the chair's origin refuses the family's.
  expect(probe.calls.ownOriginApi.status, `${where}: own-origin API`).not.toBe(200);
  expect(probe.calls.chairApi.status, `${where}: chair API`).toBe(-1); // blocked: no CORS for another origin
  expect(probe.calls.chairEvents.status, `${where}: chair events`).toBe(-1);
  for (const c of Object.values(probe.calls)) expect(c.body).not.toContain(REGISTER);
  // The no-cors POST cannot be read back, so look at what it did: nothing was created.
  const list = await call<{ conferences: ConferenceSummary[] }>(app, 'chairside:conference.list', {});
  expect(list.conferences.map((x) => x.familyName), `${where}: forged create`).not.toContain('Forged');

  // Typing addresses: / on the family origin, and the chair's own address without its secret.
  const familyOrigin = new URL(app.familyUrl).origin;
  for (const address of [`${familyOrigin}/`, `${familyOrigin}/index.html`, `${new URL(app.url).origin}/`]) {
    await family.goto(address);
    await expect(family.getByRole('heading', { name: 'Conferences' }), `${where}: ${address}`).toHaveCount(0);
    expect(await family.content(), `${where}: ${address}`).not.toContain(REGISTER);
  }
  await family.goto(`${new URL(app.url).origin}/`);
  await expect(family.getByText(/opened without its access key/)).toBeVisible();
  // The chair's own address, as the browser's history or session files keep it: its one-time
  // code is spent, so it opens nothing (round 2 kept the secret itself in that address).
  expect(app.url).not.toContain(app.chairSecret);
  await family.goto('about:blank');
  await family.goto(app.url);
  await expect(family.getByText(/used already or has expired/)).toBeVisible();
  await expect(family.getByRole('heading', { name: 'Conferences' })).toHaveCount(0);
}

test('the family tab the chair opens can never act as the chair', async ({ app, page, context }) => {
  await seedMeeting(app, 'initial');
  await page.reload(); // the chair's secret survives a reload (it lives in this tab's history entry)
  await openConference(page, 'Moss');
  const popup = context.waitForEvent('page', { timeout: 5_000 });
  await page.getByRole('button', { name: 'Open family screen' }).click();
  const family = await popup;
  await expect(family.getByRole('heading', { level: 1, name: 'Child protection meeting (first meeting)' })).toBeVisible();
  expect(new URL(family.url()).origin, 'the family page has its own origin').not.toBe(new URL(app.url).origin);
  await expectIsolated(family, app, 'opened by the chair');

  // The chair's own page is untouched and still works.
  await expect(page.getByText('Presenting to family')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Conferences' })).toBeVisible();
});

test('a family page opened on its own address is just as closed', async ({ app }) => {
  await seedMeeting(app, 'initial');
  const family = await app.openFamilyPage();
  await expect(family.getByRole('heading', { level: 1 })).toBeVisible();
  await expectIsolated(family, app, 'opened on its own');
});
