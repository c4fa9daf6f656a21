import { SCHEMA_VERSION, type Conference, type AgendaStep, type Details } from './conference';
import { AGENDA_STEP_KEYS, AGENDA_STEP_TITLES, type AgendaStepKey, type ConferenceKind } from './vocabulary';
import { emptyDoc } from './richText';

/** Ids are random, short and URL/file safe. Uses Web Crypto, present in browsers and Node 20. */
export function newId(): string {
  const bytes = new Uint8Array(12);
  // shared/ has neither DOM nor Node types, so name the one Web Crypto method it needs.
  (globalThis as unknown as { crypto: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** The agenda for each kind of meeting. Core groups neither recommend nor decide. */
export function agendaKeysFor(kind: ConferenceKind): AgendaStepKey[] {
  const all = AGENDA_STEP_KEYS.filter((k) => k !== 'custom');
  if (kind === 'core-group') return all.filter((k) => k !== 'recommendations' && k !== 'decision');
  return all;
}

export function newAgendaStep(key: AgendaStepKey, title = AGENDA_STEP_TITLES[key]): AgendaStep {
  return {
    id: newId(),
    key,
    title,
    minutes: emptyDoc(),
    // Scores stay hidden from the family until the chair chooses to show them.
    family: { show: true, scores: 'hidden' },
  };
}

export function newConference(details: Partial<Details> & { kind: ConferenceKind; date: string }, now = new Date()): Conference {
  const at = now.toISOString();
  const agenda = agendaKeysFor(details.kind).map((k) => newAgendaStep(k));
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    revision: 0,
    createdAt: at,
    updatedAt: at,
    status: 'draft',
    details: {
      startTime: '10:00',
      format: 'in-person',
      venue: '',
      chair: '',
      minuteTaker: '',
      localAuthority: '',
      familyName: '',
      harmContext: 'family',
      ...details,
    },
    children: [],
    family: [],
    attendees: [],
    reports: [],
    restricted: [],
    map: [],
    views: [],
    contributions: [],
    scaling: { anchors: { zero: '', ten: '' }, scores: [], showFamilyScores: false },
    recommendations: [],
    decisions: [],
    dissent: [],
    plan: {
      coreGroupIds: [],
      safetyNetwork: [],
      actions: [],
      contingency: '',
      bottomLines: '',
      final: false,
    },
    meeting: { agenda, currentStepId: agenda[0]?.id, exclusions: [], purpose: '' },
    documentVersion: 1,
    minutesFinal: false,
    planVersion: 1,
    corrections: [],
    audit: [],
  };
}
