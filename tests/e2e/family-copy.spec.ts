import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Conference, RichNode } from '../../shared/model';
import { test, expect } from './fixtures';
import { call, expectNoAxeViolations, goTo, openConference, seedMeeting } from './seedMeeting';

// A meeting with a closed part: Dean is excluded from "Reports and updates" because the police
// must share what cannot be shared with him, the chair hides "Mapping" from the family screen,
// and adds two steps of their own. The family's copy of the minutes must hold the notes of the
// ordinary steps and of the step the chair released, and nothing of the rest.

const words = (text: string): RichNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

test.use({ viewport: { width: 1366, height: 768 } });

test('the family copy leaves out steps held with someone excluded, hidden steps and unreleased steps the chair added', async ({ app, page }) => {
  const seeded = await seedMeeting(app, 'initial');
  const c: Conference = structuredClone(seeded);
  const step = (key: string) => c.meeting.agenda.find((s) => s.key === key)!;
  step('welcome').minutes = words('Everyone introduced themselves and Kelly brought her sister.');
  step('reports').minutes = words('DC Reid said the charge decision is pending.');
  step('mapping').minutes = words('The worker described the bruise photographs.');
  const added = (id: string, title: string, text: string) => ({ id, key: 'custom' as const, title, minutes: words(text), family: { show: true, scores: 'hidden' as const } });
  c.meeting.agenda.splice(c.meeting.agenda.indexOf(step('mapping')) + 1, 0, added('closed1', 'Closed session: police update', 'The police named a second suspect.'), added('housing1', 'Housing update', 'Jo Frost has found a bigger flat for the family.'));
  c.reports.push({ id: 'rep1', agency: 'education', expected: true, sharedWithFamily: true, containsRestricted: false, familySummary: '', chairNote: 'Ask Ms Green why the attendance figures changed.' });
  await call(app, 'chairside:conference.save', { conference: c, baseRevision: c.revision });

  await page.reload();
  await openConference(page, 'Moss');

  // The exclusion, recorded as the chair would.
  await goTo(page, 'Purpose and confidentiality');
  await page.getByRole('button', { name: 'Record an exclusion' }).click();
  await page.getByLabel('Who is excluded (exclusion 1)').selectOption({ label: 'Dean Moss' });
  await page.getByLabel('Ground (exclusion 1)').selectOption({ label: 'Information must be shared that cannot be shared with them' });
  await page.getByRole('group', { name: 'Steps it covers (exclusion 1)' }).getByLabel('Reports and updates').check();

  // Mapping is not shown to the family.
  await goTo(page, 'Mapping');
  await page.getByText('Family screen for this step').click();
  await page.getByLabel('Show “Mapping” to the family').uncheck();
  await expect(page.getByText('This step is not shown on the family screen.')).toBeVisible();
  await page.getByText('Family screen for this step').click();

  // The chair releases one of their own steps, after being told what that means.
  await goTo(page, 'Housing update');
  await page.getByText('Family screen for this step').click();
  await expect(page.getByText('Its notes stay out of the family’s copy until you decide.')).toBeVisible();
  await page.getByRole('button', { name: 'Release to the family’s copy…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Release this step’s notes to the family?' });
  await expect(dialog).toContainText('under the heading “Housing update”');
  await expectNoAxeViolations(page, 'release dialog');
  await page.screenshot({ path: test.info().outputPath('release-dialog.png') });
  await dialog.getByRole('button', { name: 'Release to the family' }).click();
  await expect(page.getByText(/^You released its notes to the family’s copy on \d\d\/\d\d\/\d{4}\.$/)).toBeVisible();
  await page.getByText('Family screen for this step').click();

  // The step held while Dean was out says it can never be released.
  await goTo(page, 'Reports and updates');
  await page.getByText('Family screen for this step').click();
  await expect(page.getByText(/cannot be released: information was heard that cannot be shared/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Release to the family’s copy…' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('not-releasable.png') });
  await page.getByText('Family screen for this step').click();

  await goTo(page, 'Export');
  await page.getByLabel('Family copy').check();
  // Before making the family copy, the chair sees what it leaves out and why.
  const pending = page.getByRole('region', { name: 'Left out of the family copy' });
  await expect(pending).toContainText('The notes of 2 steps stay out of the family copy until you decide.');
  await expect(pending.getByRole('listitem')).toHaveText([/^Reports and updates: cannot be released/, /^Mapping: not decided/, /^Closed session: police update: not decided/]);
  await expectNoAxeViolations(page, 'export, family copy');
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
  const dir = mkdtempSync(join(tmpdir(), 'chairside-family-copy-'));
  try {
    const file = join(dir, pdf.suggestedFilename());
    await pdf.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Everyone introduced themselves and Kelly brought her sister.');
    expect(text).toContain('Housing update');
    expect(text).toContain('Jo Frost has found a bigger flat for the family.');
    expect(text).toContain('Education sent a report.');
    for (const kept of ['charge decision', 'bruise photographs', 'Closed session', 'second suspect', 'attendance figures', 'Ongoing police investigation']) {
      expect(text, `the family copy holds "${kept}"`).not.toContain(kept);
    }
    // The full record keeps all of it.
    await page.getByLabel('Full record').check();
    const [full] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
    const fullFile = join(dir, full.suggestedFilename());
    await full.saveAs(fullFile);
    const fullText = execFileSync('pdftotext', [fullFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const kept of ['charge decision', 'bruise photographs', 'Closed session: police update', 'second suspect']) expect(fullText).toContain(kept);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
