import type { Attendee } from '../model';

export interface Quorum {
  quorate: boolean;
  socialCarePresent: boolean;
  /** Other agencies with a professional present, by agency id or name. */
  otherAgencies: string[];
  needed: number;
  /** One sentence for the chair. */
  summary: string;
}

const present = (a: Attendee) => a.attendance === 'present' || a.attendance === 'left-early';

/** Quorum: children's social care plus `needed` other agencies, each with a professional present. */
export function quorum(attendees: readonly Attendee[], needed: number): Quorum {
  const pros = attendees.filter((a) => a.kind === 'professional' && present(a));
  const socialCarePresent = pros.some((a) => a.agency === 'childrens-social-care');
  const otherAgencies = [...new Set(pros.filter((a) => a.agency && a.agency !== 'childrens-social-care').map((a) => a.agency.trim().toLowerCase()))];
  const quorate = socialCarePresent && otherAgencies.length >= needed;
  const summary = quorate
    ? `Quorate: children's social care and ${otherAgencies.length} other agenc${otherAgencies.length === 1 ? 'y' : 'ies'} present.`
    : `Not quorate: ${socialCarePresent ? '' : "children's social care is not present; "}${otherAgencies.length} of ${needed} other agencies present.`;
  return { quorate, socialCarePresent, otherAgencies, needed, summary };
}
