import { Conference, SCHEMA_VERSION } from './conference';

/**
 * Stored records are upgraded one version at a time by pure functions, each with its own test.
 * A record newer than this app knows is opened read-only and never written back.
 *
 * Version 0 was the pre-release shape: no schemaVersion field, `children[].dob` instead of
 * `dateOfBirth`, no `audit`. It is kept as the first step so the mechanism is exercised.
 */
type Step = (record: Record<string, unknown>) => Record<string, unknown>;

export const UPGRADE_STEPS: Record<number, Step> = {
  0: (r) => {
    const children = Array.isArray(r.children) ? r.children : [];
    return {
      ...r,
      schemaVersion: 1,
      children: children.map((c: Record<string, unknown>) => {
        const { dob, ...rest } = c;
        return dob === undefined ? rest : { ...rest, dateOfBirth: dob };
      }),
      audit: Array.isArray(r.audit) ? r.audit : [],
    };
  },
  // Version 1 kept one note per agency report, written as the chair's and yet shown to the family
  // once the report was shared. It moves to the chair's own note; what the family may read starts
  // empty, so nothing written for the chair reaches the family after the upgrade.
  1: (r) => {
    const reports = Array.isArray(r.reports) ? r.reports : [];
    return {
      ...r,
      schemaVersion: 2,
      reports: reports.map((report: Record<string, unknown>) => {
        const { summary, ...rest } = report;
        return { ...rest, chairNote: typeof summary === 'string' ? summary : '', familySummary: '' };
      }),
    };
  },
  // Version 2 had "adolescent / extra-familial harm" as a kind of meeting, run as an initial
  // conference. It becomes an initial conference about extra-familial harm; every other record
  // is about harm within the family.
  2: (r) => {
    const details = (r.details ?? {}) as Record<string, unknown>;
    const adolescent = details.kind === 'adolescent';
    return {
      ...r,
      schemaVersion: 3,
      details: { ...details, kind: adolescent ? 'initial' : details.kind, harmContext: adolescent ? 'extra-familial' : 'family' },
      // The plan now has its own version; until now it shared the minutes'.
      planVersion: typeof r.documentVersion === 'number' ? r.documentVersion : 1,
      corrections: [],
    };
  },
};

export type UpgradeResult =
  | { kind: 'current'; conference: Conference }
  | { kind: 'upgraded'; conference: Conference; from: number }
  | { kind: 'newer'; version: number; raw: unknown }
  | { kind: 'invalid'; reason: string };

export function versionOf(raw: unknown): number {
  if (raw && typeof raw === 'object' && 'schemaVersion' in raw) {
    const v = (raw as { schemaVersion: unknown }).schemaVersion;
    return typeof v === 'number' && Number.isInteger(v) ? v : -1;
  }
  return 0;
}

export function upgradeConference(raw: unknown): UpgradeResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { kind: 'invalid', reason: 'The file does not hold a conference record.' };
  const from = versionOf(raw);
  if (from < 0) return { kind: 'invalid', reason: 'The record has an unreadable schema version.' };
  if (from > SCHEMA_VERSION) return { kind: 'newer', version: from, raw };
  let record = raw as Record<string, unknown>;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = UPGRADE_STEPS[v];
    if (!step) return { kind: 'invalid', reason: `No upgrade step from schema version ${v}.` };
    record = step(record);
  }
  const parsed = Conference.safeParse(record);
  if (!parsed.success) return { kind: 'invalid', reason: `The record does not match the expected shape (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message}).` };
  return from === SCHEMA_VERSION ? { kind: 'current', conference: parsed.data } : { kind: 'upgraded', conference: parsed.data, from };
}
