import { createServer, connect, type Socket } from 'node:net';
import { test, expect } from './fixtures';
import { bothOnSameMinutes, hostSession, joinSession, minuteTakerLaptop, minutesBox } from './secondLaptop';
import { call, expectNoAxeViolations, goTo, openConference, seedMeeting } from './seedMeeting';
import type { Conference } from '../../shared/model';

// Issue #17, as two people would do it: the chair's laptop and the minute-taker's laptop, each
// its own browser host with its own data folder (and its own browser context), on loopback.

async function stored(app: { url: string; chairSecret: string }, id: string): Promise<Conference> {
  return (await call<{ conference: Conference }>(app as never, 'chairside:conference.open', { id })).conference;
}

test('the minute-taker joins from a second laptop with the code; both type in the same step and both see all of it', async ({ app, page, browser }) => {
  test.setTimeout(150_000);
  const seeded = await seedMeeting(app, 'initial', 'Nowak');
  await page.reload();
  await openConference(page, 'Nowak');

  const { address, code } = await hostSession(page);
  expect(address).toMatch(/^127\.0\.0\.1:\d+$/);

  const taker = await minuteTakerLaptop(browser);
  try {
    // A wrong code first: refused in words, and nothing arrives.
    await taker.page.getByLabel('Address of the chair\'s laptop').fill(address);
    await taker.page.getByLabel('Code').fill(code.replace(/\d/, (d) => String((Number(d) + 1) % 10)));
    await taker.page.getByRole('button', { name: 'Join' }).click();
    await expect(taker.page.getByRole('alert')).toContainText(/code/i);
    await expect(taker.page.getByRole('button', { name: /^Open / })).toHaveCount(0);

    await joinSession(taker.page, address, code);
    const comparison = (await taker.page.getByTestId('collab-comparison').textContent())!;
    await expect(page.getByTestId('collab-comparison')).toHaveText(comparison);
    // The family screen and the meeting's clock stay with the chair.
    await expect(taker.page.getByRole('button', { name: /family screen/i })).toHaveCount(0);
    await expect(taker.page.getByRole('button', { name: 'Start meeting' })).toHaveCount(0);
    await expectNoAxeViolations(taker.page, 'minute-taker in a session');

    // Both on the same step's minutes.
    const { chairBox, takerBox } = await bothOnSameMinutes(page, taker.page);
    await chairBox.click();
    await page.keyboard.press('Control+End');
    await takerBox.click();
    await taker.page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Chair: Kelly says school runs are going well. ');
    await taker.page.keyboard.press('Enter');
    await taker.page.keyboard.type('Minute-taker: Dean agreed to the safety plan. ');
    await page.keyboard.type('Ewa Wiśniewska — مرحبا — 你好. ');
    await taker.page.keyboard.type('Priya will visit weekly.');

    for (const p of [page, taker.page]) {
      const box = minutesBox(p);
      await expect(box).toContainText('Kelly says school runs are going well');
      await expect(box).toContainText('Ewa Wiśniewska — مرحبا — 你好');
      await expect(box).toContainText('Dean agreed to the safety plan');
      await expect(box).toContainText('Priya will visit weekly');
    }
    // Each sees where the other is typing (the label is decoration, hidden from screen readers).
    await expect(page.locator('.cs-remote-caret-label', { hasText: 'Minute-taker' })).toBeVisible();
    await expect(taker.page.locator('.cs-remote-caret-label', { hasText: 'Chair' })).toBeVisible();
    // The minute-taker may restrict a passage, but only the chair lifts a restriction.
    await taker.page.keyboard.press('Enter');
    await taker.page.keyboard.type('TAKER-RESTRICTED police said more.');
    await taker.page.keyboard.press('Shift+Home');
    await taker.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const takerSelect = taker.page.getByLabel('Restricted passage');
    await takerSelect.selectOption({ label: 'Mark as: Ongoing police investigation into Dean' });
    await expect(minutesBox(page).locator('.cs-restricted-passage', { hasText: 'TAKER-RESTRICTED' })).toBeVisible({ timeout: 10_000 });
    await taker.page.keyboard.press('ArrowLeft');
    await taker.page.keyboard.press('ArrowLeft');
    await expect(takerSelect.locator('option', { hasText: 'Restricted (marked)' })).toHaveCount(1);
    await expect(takerSelect.locator('option', { hasText: 'Remove restricted mark' })).toHaveCount(0);
    await expect(takerSelect.locator('option', { hasText: 'Only the chair lifts a restriction.' })).toBeDisabled();
    await taker.page.keyboard.press('End');
    await page.screenshot({ path: test.info().outputPath('chair.png') });
    await taker.page.screenshot({ path: test.info().outputPath('minute-taker.png') });

    // Both stores hold all of it (saved within a second of the last key).
    await expect
      .poll(async () => JSON.stringify((await stored(app, seeded.id)).meeting.agenda.map((s) => s.minutes)), { timeout: 10_000 })
      .toMatch(/school runs.*|safety plan/);
    const takerApp = { url: taker.host().url, chairSecret: taker.host().chairSecret };
    await expect.poll(async () => JSON.stringify((await stored(takerApp, seeded.id)).meeting.agenda.map((s) => s.minutes)), { timeout: 10_000 }).toContain('Priya will visit weekly');

    // The minute-taker's laptop dies mid-sentence: what it typed more than a second before is kept,
    // on the chair's laptop and on its own.
    await taker.page.keyboard.type(' Last words before the battery died.');
    await taker.page.waitForTimeout(1_200);
    await taker.host().kill();
    await expect.poll(async () => JSON.stringify((await stored(app, seeded.id)).meeting.agenda.map((s) => s.minutes)), { timeout: 10_000 }).toContain('Last words before the battery died');
    await taker.restart();
    const afterKill = { url: taker.host().url, chairSecret: taker.host().chairSecret };
    expect(JSON.stringify((await stored(afterKill, seeded.id)).meeting.agenda.map((s) => s.minutes))).toContain('Last words before the battery died');
  } finally {
    await taker.close();
  }
});

/** A TCP relay standing for the room's Wi-Fi: records every byte and can drop every connection. */
async function wifiTo(address: string) {
  const [host, port] = [address.split(':')[0]!, Number(address.split(':')[1])];
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((inbound) => {
    const outbound = connect(port, host);
    for (const s of [inbound, outbound]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    inbound.on('data', (d: Buffer) => {
      chunks.push(Buffer.from(d));
      outbound.write(d);
    });
    outbound.on('data', (d: Buffer) => {
      chunks.push(Buffer.from(d));
      inbound.write(d);
    });
    inbound.on('close', () => outbound.destroy());
    outbound.on('close', () => inbound.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    address: `127.0.0.1:${(server.address() as { port: number }).port}`,
    captured: () => Buffer.concat(chunks),
    drop: () => sockets.forEach((s) => s.destroy()),
    close: () => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), server.close(() => r()))),
  };
}

test('both laptops change attendance and scores, the Wi-Fi drops and comes back, and nothing readable crosses it', async ({ app, page, browser }) => {
  test.setTimeout(150_000);
  const seeded = await seedMeeting(app, 'initial', 'Kowalski');
  // Anchors set and confirmed, so both can score.
  const withAnchors: Conference = {
    ...seeded,
    scaling: { ...seeded.scaling, anchors: { zero: 'Amy is not safe at home.', ten: 'Everyone is confident Amy is safe.' }, anchorsConfirmedAt: '2026-11-23T10:00:00.000Z' },
    map: [{ id: 'harmpolice', kind: 'harm', text: 'Police attended after a 999 call.', childIds: ['childamy'], restricted: true, restrictedItemId: 'restr1' }],
  };
  await call(app, 'chairside:conference.save', { conference: withAnchors, baseRevision: seeded.revision });
  await page.reload();
  await openConference(page, 'Kowalski');
  const hosting = await hostSession(page);
  const wifi = await wifiTo(hosting.address);
  const code = hosting.code;
  const taker = await minuteTakerLaptop(browser);
  try {
    await joinSession(taker.page, wifi.address, code);
    await page.getByRole('button', { name: /^Minute-taker’s laptop/ }).click(); // close the panel

    // Attendance on both laptops, different people.
    await goTo(page, 'Welcome and introductions');
    await taker.page.getByRole('button', { name: 'Minute-taker view', pressed: true }).click();
    await goTo(taker.page, 'Welcome and introductions');
    await page.getByLabel('Attendance for Sam Carter').selectOption('left-early');
    await taker.page.getByLabel('Attendance for Dr Okafor').selectOption('apologies');
    for (const p of [page, taker.page]) {
      await expect(p.getByLabel('Attendance for Sam Carter')).toHaveValue('left-early', { timeout: 10_000 });
      await expect(p.getByLabel('Attendance for Dr Okafor')).toHaveValue('apologies', { timeout: 10_000 });
    }

    // Scores on both laptops, different people.
    await goTo(page, 'Scaling');
    await goTo(taker.page, 'Scaling');
    await page.getByLabel('Score from Priya Shah for Amy Moss').fill('3');
    await taker.page.getByLabel('Score from Ms Green for Amy Moss').fill('7');
    for (const p of [page, taker.page]) {
      await expect(p.getByLabel('Score from Priya Shah for Amy Moss')).toHaveValue('3', { timeout: 10_000 });
      await expect(p.getByLabel('Score from Ms Green for Amy Moss')).toHaveValue('7', { timeout: 10_000 });
    }

    // The decision stays with the chair: readable on the minute-taker's laptop, not changeable.
    await goTo(taker.page, 'Decision');
    await expect(taker.page.getByRole('note').filter({ hasText: 'The decision stays with the chair' })).toBeVisible();
    await expectNoAxeViolations(taker.page, 'decision on the minute-taker laptop');
    // A restriction is the chair's to lift: shown ticked and locked, with the reason.
    await goTo(taker.page, 'Mapping');
    await expect(taker.page.getByRole('checkbox', { name: 'Restricted (the family must not hear this)' })).toBeDisabled();
    await expect(taker.page.getByText('Only the chair lifts a restriction.')).toBeVisible();
    await goTo(page, 'Mapping');
    await expect(page.getByRole('checkbox', { name: 'Restricted (the family must not hear this)' })).toBeEnabled();

    // The Wi-Fi drops; both keep typing in the welcome step's minutes; it comes back.
    await goTo(page, 'Welcome and introductions');
    await goTo(taker.page, 'Welcome and introductions');
    wifi.drop();
    await expect(taker.page.getByText(/Reconnecting to the chair/i)).toBeVisible({ timeout: 20_000 });
    const chairBox = minutesBox(page);
    const takerBox = minutesBox(taker.page);
    await chairBox.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' OFFLINE-CHAIR-MARKER while the Wi-Fi was down.');
    await takerBox.click();
    await taker.page.keyboard.press('Control+End');
    await taker.page.keyboard.press('Enter');
    await taker.page.keyboard.type('OFFLINE-TAKER-MARKER while the Wi-Fi was down.');
    await expect(taker.page.getByText(/minute-taker connected/i)).toBeVisible({ timeout: 30_000 });
    for (const box of [chairBox, takerBox]) {
      await expect(box).toContainText('OFFLINE-CHAIR-MARKER', { timeout: 15_000 });
      await expect(box).toContainText('OFFLINE-TAKER-MARKER', { timeout: 15_000 });
    }

    // The minute-taker leaves: their laptop keeps an ordinary copy holding every word, and typing
    // on in it saves on top of all of it (the editor is no longer shared).
    await taker.page.getByRole('button', { name: 'Leave the session' }).click();
    await expect(taker.page.getByText(/You are the minute-taker/)).toHaveCount(0);
    const ownBox = minutesBox(taker.page);
    await expect(ownBox).toContainText('OFFLINE-CHAIR-MARKER');
    await ownBox.click();
    await taker.page.keyboard.press('Control+End');
    await taker.page.keyboard.type(' AFTER-LEAVING');
    const takerApp = { url: taker.host().url, chairSecret: taker.host().chairSecret };
    await expect
      .poll(async () => JSON.stringify((await stored(takerApp, seeded.id)).meeting.agenda.map((s) => s.minutes)), { timeout: 10_000 })
      .toMatch(/OFFLINE-CHAIR-MARKER.*OFFLINE-TAKER-MARKER.*AFTER-LEAVING|OFFLINE-TAKER-MARKER.*OFFLINE-CHAIR-MARKER.*AFTER-LEAVING/);

    // What crossed the Wi-Fi: none of it readable.
    const wire = wifi.captured();
    expect(wire.length).toBeGreaterThan(1_000);
    for (const marker of ['OFFLINE-CHAIR-MARKER', 'OFFLINE-TAKER-MARKER', 'Kowalski', 'Amy Moss', 'Priya Shah', 'Dr Okafor', 'Ongoing police investigation', code.replace(/\D/g, '')]) {
      expect(wire.includes(Buffer.from(marker)), marker).toBe(false);
    }
  } finally {
    await wifi.close();
    await taker.close();
  }
});
