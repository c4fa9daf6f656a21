import { describe, expect, it } from 'vitest';
import { newConference, SCHEMA_VERSION, UPGRADE_STEPS, upgradeConference, versionOf } from '../../../../shared/model';

/** A version 0 record: no schemaVersion, children's `dob`, no audit. */
function v0Record() {
  const { schemaVersion: _v, audit: _a, ...rest } = newConference({ kind: 'initial', date: '2025-12-01' });
  return { ...rest, children: [{ id: 'c1', name: 'Amara', unborn: false, dob: '2019-04-02' }, { id: 'c2', name: '', unborn: true, expectedDate: '2026-02-01' }] };
}

describe('upgrade steps', () => {
  it('has one step for every version below the current one', () => {
    for (let v = 0; v < SCHEMA_VERSION; v++) expect(typeof UPGRADE_STEPS[v]).toBe('function');
  });

  it('step 0 → 1 renames dob, adds audit and the version, and is pure', () => {
    const input = v0Record();
    const copy = structuredClone(input);
    const out = UPGRADE_STEPS[0]!(input as Record<string, unknown>);
    expect(input).toEqual(copy); // the input is not changed
    expect(out.schemaVersion).toBe(1);
    expect(out.audit).toEqual([]);
    expect(out.children).toEqual([
      { id: 'c1', name: 'Amara', unborn: false, dateOfBirth: '2019-04-02' },
      { id: 'c2', name: '', unborn: true, expectedDate: '2026-02-01' },
    ]);
  });

  it('step 0 → 1 keeps an existing audit and copes with missing children', () => {
    const audit = [{ at: '2025-12-01T10:00:00.000Z', what: 'plan', audience: 'full', version: 1, files: [] }];
    const out = UPGRADE_STEPS[0]!({ ...v0Record(), children: undefined, audit });
    expect(out.children).toEqual([]);
    expect(out.audit).toBe(audit);
  });

  it('step 1 → 2 moves the one report note to the chair’s own note, so nothing written for the chair reaches the family', () => {
    const v1 = { ...newConference({ kind: 'initial', date: '2026-01-01' }), schemaVersion: 1 } as Record<string, unknown>;
    v1.reports = [{ id: 'r', agency: 'police', expected: true, sharedWithFamily: true, containsRestricted: false, summary: 'Chase DC Reid' }];
    const copy = structuredClone(v1);
    const out = UPGRADE_STEPS[1]!(v1);
    expect(v1).toEqual(copy);
    expect(out.schemaVersion).toBe(2);
    expect(out.reports).toEqual([{ id: 'r', agency: 'police', expected: true, sharedWithFamily: true, containsRestricted: false, chairNote: 'Chase DC Reid', familySummary: '' }]);
    const result = upgradeConference(v1);
    expect(result.kind).toBe('upgraded');
  });
});

describe('step 2 → 3: harm context apart from the kind of meeting', () => {
  const v2 = (kind: string) => {
    const c = newConference({ kind: 'initial', date: '2026-01-01' }) as unknown as Record<string, unknown>;
    const { harmContext: _h, ...details } = c.details as Record<string, unknown>;
    return { ...c, schemaVersion: 2, details: { ...details, kind } };
  };

  it('makes an adolescent conference an initial conference about extra-familial harm', () => {
    const out = UPGRADE_STEPS[2]!(v2('adolescent'));
    expect(out.details).toMatchObject({ kind: 'initial', harmContext: 'extra-familial' });
    expect(upgradeConference(v2('adolescent')).kind).toBe('upgraded');
  });

  it('keeps every other kind, about harm within the family', () => {
    for (const kind of ['initial', 'review', 'core-group', 'pre-birth', 'transfer-in']) {
      expect(UPGRADE_STEPS[2]!(v2(kind)).details).toMatchObject({ kind, harmContext: 'family' });
    }
  });
});

describe('upgradeConference', () => {
  it('passes a current record through', () => {
    const c = newConference({ kind: 'review', date: '2026-01-01' });
    expect(upgradeConference(c)).toEqual({ kind: 'current', conference: c });
  });

  it('upgrades a version 0 record to a valid current one', () => {
    const result = upgradeConference(v0Record());
    expect(result.kind).toBe('upgraded');
    if (result.kind !== 'upgraded') return;
    expect(result.from).toBe(0);
    expect(result.conference.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.conference.children[0]?.dateOfBirth).toBe('2019-04-02');
  });

  it('reports a newer record without touching it', () => {
    const raw = { ...newConference({ kind: 'review', date: '2026-01-01' }), schemaVersion: SCHEMA_VERSION + 3 };
    expect(upgradeConference(raw)).toEqual({ kind: 'newer', version: SCHEMA_VERSION + 3, raw });
  });

  it.each([[null], [[]], ['text'], [{ schemaVersion: 'one' }], [{ schemaVersion: 1.5 }], [{ schemaVersion: SCHEMA_VERSION, id: 'x' }]])('calls %j invalid with a reason', (raw) => {
    const result = upgradeConference(raw);
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') expect(result.reason.length).toBeGreaterThan(10);
  });

  it('reads versions', () => {
    expect(versionOf({})).toBe(0);
    expect(versionOf({ schemaVersion: 4 })).toBe(4);
    expect(versionOf({ schemaVersion: '4' })).toBe(-1);
  });
});

describe('dates in the record', () => {
  it('must exist: 31 February and 29 February outside a leap year are refused', async () => {
    const { IsoDate } = await import('../../../../shared/model');
    expect(IsoDate.safeParse('2026-02-28').success).toBe(true);
    expect(IsoDate.safeParse('2028-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2026-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2026-02-31').success).toBe(false);
    expect(IsoDate.safeParse('2026-13-01').success).toBe(false);
  });
});
