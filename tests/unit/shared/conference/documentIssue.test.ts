import { describe, expect, it } from 'vitest';
import { newConference } from '../../../../shared/model';
import { isFinal, startCorrection, versionOf, wasIssued } from '../../../../shared/conference/documentIssue';
import { buildMinutes, buildPlan, exportFileName } from '../../../../shared/documents';

const PATTERN = '{date}_{kind}_{family}_{document}_{audience}_v{version}';
const text = (v: unknown) => JSON.stringify(v);

describe('each document has its own state and version', () => {
  it('the plan goes final on its own, so the outline plan goes out before the minutes', () => {
    const c = newConference({ kind: 'initial', date: '2026-11-23', familyName: 'Nowak' });
    c.plan.final = true;
    expect([isFinal(c, 'plan'), isFinal(c, 'minutes')]).toEqual([true, false]);
    expect(buildPlan(c, 'full').final).toBe(true);
    expect(buildMinutes(c, 'full').final).toBe(false);
  });

  it('a correction after final makes the next version, with its reason, unlocked until marked final again', () => {
    const c = newConference({ kind: 'initial', date: '2026-11-23', familyName: 'Nowak' });
    expect(startCorrection(c, 'minutes', 'Wrong date of birth', new Date())).toMatch(/not final yet/);
    c.minutesFinal = true;
    expect(startCorrection(c, 'minutes', '  ', new Date())).toMatch(/Say what is being corrected/);
    expect(startCorrection(c, 'minutes', 'Amy’s date of birth was wrong', new Date('2026-12-10T10:00:00Z'))).toBeNull();
    expect([versionOf(c, 'minutes'), c.minutesFinal, versionOf(c, 'plan')]).toEqual([2, false, 1]);
    expect(c.corrections).toEqual([{ document: 'minutes', version: 2, at: '2026-12-10T10:00:00.000Z', reason: 'Amy’s date of birth was wrong' }]);
    expect(exportFileName(PATTERN, c, 'minutes', 'family', 'pdf')).toBe('2026-11-23_ICPC_Nowak_minutes_family_v2.pdf');
    expect(exportFileName(PATTERN, c, 'plan', 'family', 'pdf')).toBe('2026-11-23_ICPC_Nowak_plan_family_v1.pdf');
    expect(buildMinutes(c, 'full').version).toBe(2);
  });

  it('a version that has been exported is changed only through a correction', () => {
    const c = newConference({ kind: 'initial', date: '2026-11-23' });
    c.plan.final = true;
    expect(wasIssued(c, 'plan')).toBe(false);
    c.audit.push({ at: '2026-11-24T09:00:00.000Z', what: 'plan', audience: 'family', version: 1, files: [] });
    expect(wasIssued(c, 'plan')).toBe(true);
    expect(wasIssued(c, 'minutes')).toBe(false);
    startCorrection(c, 'plan', 'Wrong officer', new Date());
    expect(wasIssued(c, 'plan')).toBe(false); // version 2 has not gone out yet
  });

  it('the full record prints the reason; the family copy only that it replaces the last version', () => {
    const c = newConference({ kind: 'initial', date: '2026-11-23' });
    c.plan.final = true;
    startCorrection(c, 'plan', 'The police action named the wrong officer (DC SECRET)', new Date('2026-11-25T10:00:00Z'));
    expect(text(buildPlan(c, 'full'))).toContain('This is version 2; it replaces version 1, corrected on 25/11/2026: The police action named the wrong officer (DC SECRET)');
    const family = text(buildPlan(c, 'family'));
    expect(family).toContain('This is version 2; it replaces version 1.');
    expect(family).not.toContain('SECRET');
  });
});
