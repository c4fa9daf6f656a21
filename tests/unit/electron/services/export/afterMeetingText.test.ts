import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMinutes, buildPlan, type DocumentModel } from '../../../../../shared/documents';
import { renderPdf } from '../../../../../electron/services/export/pdfRenderer';
import { findFontsDir } from '../../../../../electron/services/export/fonts';
import { richConference } from '../../../../fixtures/richConference';
import type { Conference } from '../../../../../shared/model';

// What the documents say about the meeting's record (issue 16, items 4 and 5), read back from the
// PDFs as a reader's tools would (pdftotext).

const missing = ['/usr/bin/pdftotext'].filter((t) => !existsSync(t));
const fontsDir = findFontsDir();

async function textOf(model: DocumentModel): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-after-'));
  try {
    const file = join(dir, 'out.pdf');
    writeFileSync(file, (await renderPdf(model, fontsDir, new Date('2026-11-24T09:30:00Z'))).bytes);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(missing.length > 0)(`the minutes and the family copy after the meeting${missing.length ? ` (not run: ${missing.join(', ')} missing)` : ''}`, () => {
  it('the full minutes always state quorum, late and unshared reports, and whether the family understood', async () => {
    const c: Conference = richConference();
    c.meeting.familyUnderstood = { decision: true, plan: false, note: 'Kelly asked for the plan in Polish.' };
    c.reports = [
      { id: 'r1', agency: 'police', expected: true, receivedDate: c.details.date, sharedWithFamily: false, containsRestricted: false, familySummary: '', chairNote: '' },
      { id: 'r2', agency: 'education', expected: true, sharedWithFamily: false, containsRestricted: false, familySummary: '', chairNote: '' },
    ];
    const text = await textOf(buildMinutes(c, 'full'));
    expect(text).toMatch(/Quorate: children's social care and \d other agenc(y|ies) present/);
    expect(text).toMatch(/Police: received \d\d\/\d\d\/\d{4}, due \d\d\/\d\d\/\d{4}, late, not shared with the family\./);
    expect(text).toMatch(/Education: not received by the meeting, due \d\d\/\d\d\/\d{4}, late\./);
    expect(text).toContain('The family understood the decision. It was not recorded that the family understood the plan.');
    expect(text).toContain('Kelly asked for the plan in Polish.');
  });

  it('a meeting without quorum says so, with the reason or that none was recorded', async () => {
    const c = richConference();
    c.attendees = c.attendees.map((a) => (a.agency === 'childrens-social-care' ? { ...a, attendance: 'apologies' as const } : a));
    expect(await textOf(buildMinutes(c, 'full'))).toContain('No reason was recorded for going ahead without quorum.');
  });

  it('the family’s plan names the lead worker, the core group and the bottom lines, and the categories by their statutory names, explained', async () => {
    const c = richConference();
    c.decisions = c.decisions.map((d) => ({ ...d, decidedAt: '2026-11-23T11:00:00.000Z' }));
    const lead = c.attendees.find((a) => a.id === c.plan.leadSocialWorkerId)!;
    const text = await textOf(buildPlan(c, 'family'));
    expect(text).toContain(`The lead social worker ${lead.name}`);
    expect(text).toContain('The core group (the people who meet to carry the plan forward)');
    expect(text).toContain('What must not happen Piotr does not care for the children when he has been drinking.');
    expect(text).toContain('Emotional abuse (harm to how a child feels about themselves and others)');
  });

  it('after a review that ends the plan, the family copy has no carried actions or next dates', async () => {
    const c = richConference();
    c.details.kind = 'review';
    c.plan.firstCoreGroupDate = '2027-01-12';
    c.plan.reviewDate = '2027-05-20';
    c.decisions = c.children.map((ch) => ({ childId: ch.id, outcome: 'end' as const, categories: [], reasons: 'Safe for six months', endingReason: 'Goals met', decidedAt: '2026-11-23T11:00:00.000Z' }));
    const text = await textOf(buildMinutes(c, 'family'));
    expect(text).toContain('There is no child protection plan now');
    expect(text).not.toContain('12/01/2027');
    expect(text).not.toContain('20/05/2027');
    for (const a of c.plan.actions.filter((x) => !x.restricted).slice(0, 3)) expect(text).not.toContain(a.what.slice(0, 25));
  });
});
