import { AGENCY_LABELS, type Attendee, type KnownAgency } from '../model';

export interface Quorum {
  quorate: boolean;
  socialCarePresent: boolean;
  /** Other agencies with a professional present, as counted (health as one where the setting says so). */
  otherAgencies: string[];
  needed: number;
  /** One sentence for the chair and for the minutes. */
  summary: string;
}

export interface QuorumOptions {
  /** Count every health discipline (health visiting, school nursing, GP, midwifery, hospital, CAMHS) as one agency. */
  healthAsOneAgency?: boolean;
}

const HEALTH: ReadonlySet<string> = new Set<KnownAgency>(['health-visiting', 'school-nursing', 'gp', 'midwifery', 'hospital-trust', 'camhs']);
const present = (a: Attendee) => a.attendance === 'present' || a.attendance === 'left-early';

/**
 * The agency an attendee counts for. The pick list gives ids; a typed agency is matched by what
 * it says, so "Greenwich children's social care" is children's social care and "Met Police" is
 * the police, not two more agencies.
 */
export function agencyGroup(agency: string, options: QuorumOptions = {}): string {
  const id = canonicalAgency(agency);
  return options.healthAsOneAgency && HEALTH.has(id) ? 'health' : id;
}

export function canonicalAgency(agency: string): string {
  const text = agency.trim().toLowerCase();
  if (!text) return '';
  if (text in AGENCY_LABELS) return text;
  if (/children['’]?s social care|social care|social services|social work|\bcsc\b|children and families/.test(text)) return 'childrens-social-care';
  if (/police|constabulary/.test(text)) return 'police';
  if (/health visit/.test(text)) return 'health-visiting';
  if (/school nurs/.test(text)) return 'school-nursing';
  if (/\bgp\b|general practi|surgery|medical practice/.test(text)) return 'gp';
  if (/midwi/.test(text)) return 'midwifery';
  if (/camhs|mental health/.test(text)) return 'camhs';
  if (/hospital|nhs|paediatric/.test(text)) return 'hospital-trust';
  if (/school|academy|college|education|nursery/.test(text)) return 'education';
  if (/housing/.test(text)) return 'housing';
  if (/probation/.test(text)) return 'probation';
  if (/youth (offending|justice)|\byot\b/.test(text)) return 'youth-offending';
  for (const [id, label] of Object.entries(AGENCY_LABELS)) if (label.toLowerCase() === text) return id;
  return text;
}

/**
 * Quorum: children's social care plus `needed` other agencies, each with a professional present
 * (Working Together 2023; London CP Procedures). The chair and the minute-taker are their own
 * kinds of attendee and never count, even when they work for children's social care.
 */
export function quorum(attendees: readonly Attendee[], needed: number, options: QuorumOptions = {}): Quorum {
  const pros = attendees.filter((a) => a.kind === 'professional' && present(a));
  const groups = pros.map((a) => agencyGroup(a.agency, options)).filter(Boolean);
  const socialCarePresent = groups.includes('childrens-social-care');
  const otherAgencies = [...new Set(groups.filter((g) => g !== 'childrens-social-care'))];
  const quorate = socialCarePresent && otherAgencies.length >= needed;
  const health = options.healthAsOneAgency ? ' (health counted as one agency)' : '';
  const summary = quorate
    ? `Quorate: children's social care and ${otherAgencies.length} other agenc${otherAgencies.length === 1 ? 'y' : 'ies'} present${health}.`
    : `Not quorate: ${socialCarePresent ? '' : "children's social care is not present; "}${otherAgencies.length} of ${needed} other agencies present${health}.`;
  return { quorate, socialCarePresent, otherAgencies, needed, summary };
}

/** Not quorate and no reason recorded to go ahead: the chair may not decide yet. */
export function quorumUnresolved(q: Quorum, overrideReason: string | undefined): boolean {
  return !q.quorate && !(overrideReason ?? '').trim();
}
