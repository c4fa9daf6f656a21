import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { call, expectNoAxeViolations, goTo, openConference, seedMeeting } from './seedMeeting';

// Issue #15, items 8 and 9, by the UI alone once the meeting is seeded: the family typed once and
// invited from Details, an interpreter with a language for that parent, the register entry a
// restricted report starts, an action owned by two people and an ongoing one, on the plan page and
// in the exported full plan, and the lead social worker check.

test.use({ viewport: { width: 1366, height: 768 } });

test('family invited from Details, an interpreter for them, shared and ongoing actions in the plan and its PDF', async ({ app, page }) => {
  const c = await seedMeeting(app, 'initial');
  c.map.push(
    { id: 'danger1', kind: 'danger', text: 'Social care are worried that when Kelly drinks in the evening nobody looks after Amy and Ben.', childIds: ['childamy', 'childben'], restricted: false },
    { id: 'goal1', kind: 'safety-goal', text: 'An adult who is sober will look after Amy and Ben every evening.', childIds: ['childamy', 'childben'], restricted: false, pairedDangerId: 'danger1' },
  );
  c.reports.push({ id: 'rep-housing', agency: 'housing', expected: true, sharedWithFamily: false, containsRestricted: false, familySummary: '', chairNote: '' });
  c.decisions.push({ childId: 'childamy', outcome: 'cp-plan', categories: ['neglect'], reasons: 'Amy is often left alone.' });
  await call(app, 'chairside:conference.save', { conference: c, baseRevision: c.revision });
  await page.reload();
  await openConference(page, 'Moss');

  // Details: the family member is typed once.
  await goTo(page, 'Details');
  await page.getByRole('button', { name: 'Add a family member' }).click();
  await page.getByLabel('Family member 1 name').fill('Marta Moss');
  const marta = page.getByRole('listitem', { name: /^Family member 1/ });
  await marta.getByLabel('Relationship to Amy Moss').fill('stepmother');
  await marta.getByLabel('Relationship to Ben Moss').fill('stepmother');

  // People: invited from the family with one button, linked both ways.
  await goTo(page, 'People and invitations');
  await page.getByRole('button', { name: 'Add Marta Moss (stepmother) from the family' }).click();
  await expect(page.getByRole('button', { name: /from the family$/ })).toHaveCount(0);
  await expect(page.getByLabel('Name of person 9')).toHaveValue('Marta Moss');
  await expect(page.getByLabel('Role of Marta Moss')).toHaveValue('Stepmother');
  await page.getByLabel('Name of person 9').fill('Marta Nowak-Moss');
  await goTo(page, 'Details');
  await expect(page.getByLabel('Family member 1 name')).toHaveValue('Marta Nowak-Moss');

  // An interpreter with a language, for that parent.
  await goTo(page, 'People and invitations');
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Name of person 10').fill('Ewa Lis');
  await page.getByLabel('Kind of attendee for Ewa Lis').selectOption({ label: 'Interpreter' });
  const ewa = page.getByRole('listitem', { name: 'Ewa Lis' });
  await expect(ewa.getByRole('list', { name: 'Still to record for Ewa Lis' })).toContainText('Say which language they interpret.');
  await ewa.getByLabel('Language Ewa Lis interprets').fill('Polish');
  await ewa.getByRole('group', { name: 'Ewa Lis interprets for' }).getByRole('checkbox', { name: 'Marta Nowak-Moss' }).check();
  await expect(ewa.getByRole('list', { name: 'Still to record for Ewa Lis' })).toHaveCount(0);
  // The chair named on Details is listed as the chair, a kind of its own (never scales or recommends).
  await page.getByRole('button', { name: 'Add Alex Chair as chair' }).click();
  await expect(page.getByLabel('Kind of attendee for Alex Chair')).toHaveValue('chair');
  await expect(page.getByRole('button', { name: 'Add Alex Chair as chair' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'people');
  await ewa.screenshot({ path: test.info().outputPath('people-interpreter.png') });

  // A restricted report starts a register entry named by the agency, and the chair is taken to its summary.
  await goTo(page, 'Agency reports');
  const housing = page.getByRole('listitem', { name: 'Housing report' });
  await housing.getByLabel('Housing report holds information the family cannot be told').check();
  const summary = housing.getByLabel('What the Housing report holds that the family cannot be told');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveValue('');
  await page.keyboard.type('A neighbour has reported threats from a family friend');
  await goTo(page, 'Restricted information');
  await expect(page.getByLabel('Source agency of restricted entry 2')).toHaveValue('Housing');
  await expect(page.getByLabel('What it is (restricted entry 2)')).toHaveValue('A neighbour has reported threats from a family friend');

  // Attendance: everyone present; the interpreter's row says what they do.
  await goTo(page, 'Welcome and introductions');
  for (const who of ['Marta Nowak-Moss', 'Ewa Lis']) await page.getByLabel(`Attendance for ${who}`).selectOption('present');
  await expect(page.getByRole('row', { name: /^Ewa Lis/ })).toContainText('Interpreter (Polish, for Marta Nowak-Moss)');

  // The plan: the lead social worker check, in words.
  await goTo(page, 'Plan');
  const people = page.getByRole('list', { name: 'Checks for people' });
  await page.getByLabel('Lead social worker').selectOption({ label: 'Priya Shah (Health visiting)' });
  await expect(people).toContainText("The lead social worker must be a social worker from children's social care: Priya Shah is from Health visiting.");
  await page.getByLabel('Lead social worker').selectOption({ label: "Sam Carter (Children's social care)" });
  await expect(page.getByText(/lead social worker must be/)).toHaveCount(0);
  for (const who of ['Sam Carter', 'Priya Shah', 'Marta Nowak-Moss']) await page.getByRole('group', { name: 'Core group: ' + (who === 'Marta Nowak-Moss' ? 'family' : 'professionals') }).getByRole('checkbox', { name: new RegExp(`^${who}`) }).check();

  // An action owned by two people.
  await page.getByRole('button', { name: 'Add an action' }).click();
  const first = page.getByRole('listitem', { name: 'Action 1' });
  await first.getByLabel('What will happen').fill('Sam and Priya visit Amy and Ben at home every Thursday after school');
  await first.getByLabel('Who', { exact: true }).selectOption({ label: "Sam Carter (Children's social care)" });
  await first.getByText('Shared with others').click();
  await first.getByRole('group', { name: 'Action 1: also done by' }).getByRole('checkbox', { name: 'Priya Shah' }).check();
  await expect(first.getByText('Who: Sam Carter and Priya Shah')).toBeVisible();
  await first.getByLabel('By when (dd/mm/yyyy)').fill('18/12/2026');
  await first.getByLabel('By when (dd/mm/yyyy)').press('Tab');
  await first.getByLabel('How we will know it is done').fill('Sam writes up each visit and tells the core group');
  await first.getByLabel('Danger statement or safety goal it serves').selectOption({ index: 2 });
  await expect(first.getByText('Specific: this action passes every check.')).toBeVisible();

  // An ongoing action: no end date asked for.
  await page.getByRole('button', { name: 'Add an action' }).click();
  const second = page.getByRole('listitem', { name: 'Action 2' });
  await second.getByLabel('What will happen').fill('Marta phones Sam every Monday evening to say how the week went');
  await second.getByLabel('Who', { exact: true }).selectOption({ label: 'Marta Nowak-Moss' });
  await second.getByLabel('How we will know it is done').fill('Sam keeps a note of each call');
  await second.getByLabel('Danger statement or safety goal it serves').selectOption({ index: 2 });
  await expect(second.getByRole('list', { name: 'Checks for action 2' })).toContainText('Give a date it will be done by, or mark it as ongoing.');
  await second.getByLabel(/^Ongoing until the plan ends/).check();
  await expect(second.getByText('By when: Ongoing, reported at each core group')).toBeVisible();
  await expect(second.getByText('Specific: this action passes every check.')).toBeVisible();
  await expectNoAxeViolations(page, 'plan with shared and ongoing actions');
  await page.screenshot({ path: test.info().outputPath('plan-shared-and-ongoing-1366x768.png'), fullPage: true });
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // The exported full plan says the same.
  await goTo(page, 'Export');
  await page.getByLabel('Plan', { exact: true }).check();
  await page.getByLabel('Full record').check();
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
  const dir = mkdtempSync(join(tmpdir(), 'chairside-people-plan-'));
  try {
    const file = join(dir, pdf.suggestedFilename());
    await pdf.saveAs(file);
    test.skip(!existsSync('/usr/bin/pdftotext'), 'pdftotext (poppler-utils) is not installed, so the PDF text cannot be read');
    // Table cells wrap; read the text as runs of words.
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Sam Carter and Priya Shah');
    expect(text).toContain('Ongoing, reported at each core group');
    expect(text).toContain('Marta Nowak-Moss');

    // The full minutes' attendance table names the interpreter's language and whom they interpreted for.
    await page.getByLabel('Minutes', { exact: true }).check();
    const [minutes] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
    const minutesFile = join(dir, minutes.suggestedFilename());
    await minutes.saveAs(minutesFile);
    const minutesText = execFileSync('pdftotext', ['-raw', minutesFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(minutesText).toContain('Interpreter (Polish, for Marta Nowak-Moss)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
