import { newConference, AGENCIES, type Attendee, type Conference, type ConferenceKind } from '../../../shared/model';

const FIRST = ['Asha', 'Ben', 'Chloe', 'Dev', 'Erin', 'Femi', 'Grace', 'Hamid', 'Isla', 'Jon', 'Kemi', 'Liam', 'Maya', 'Nadia', 'Owen', 'Priya'];
const LAST = ['Khan', 'Smith', 'Okafor', 'Jones', 'Patel', 'Brown', 'Taylor', 'Wilson', 'Evans', 'Ahmed'];

/**
 * A conference for the harness and the benchmark: `attendees` people (one parent and one child
 * among them when there are more than four), `children` children, anchors confirmed, no scores.
 */
export function seedConference(opts: { children: number; attendees: number; kind?: ConferenceKind; scored?: boolean; withPrevious?: boolean }): Conference {
  const c = newConference({ kind: opts.kind ?? 'initial', date: '2026-11-23', familyName: 'Harness' });
  c.children = Array.from({ length: opts.children }, (_, i) => ({ id: `child${i}`, name: `${FIRST[(i * 5) % FIRST.length]} Harness`, unborn: false }));
  c.attendees = Array.from({ length: opts.attendees }, (_, i): Attendee => {
    const family = opts.attendees > 4 && i >= opts.attendees - 2;
    return {
      id: `att${i}`,
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}${i >= FIRST.length ? ` ${Math.floor(i / FIRST.length) + 1}` : ''}`,
      role: family ? (i === opts.attendees - 1 ? 'Mother' : 'Father') : 'Practitioner',
      agency: family ? '' : AGENCIES[i % AGENCIES.length]!,
      kind: family ? 'parent-carer' : 'professional',
      attendance: 'present',
      remote: i % 5 === 0,
    };
  });
  c.restricted = [{ id: 'restr1', sourceAgency: 'police', summary: 'Ongoing police investigation into Dean', reason: 'Would prejudice the investigation' }];
  c.scaling.anchors = {
    zero: 'The children cannot stay at home because it is not safe enough.',
    ten: 'Everyone is confident the children are safe enough for the plan to end.',
  };
  c.scaling.anchorsConfirmedAt = '2026-11-23T10:30:00.000Z';
  if (opts.scored) {
    for (const child of c.children)
      c.attendees.forEach((a, i) => {
        if (i % 4 !== 3) c.scaling.scores.push({ attendeeId: a.id, childId: child.id, score: (i * 7 + child.id.length) % 11, reason: 'Because of what was said in the reports.' });
      });
  }
  if (opts.withPrevious) {
    c.scaling.previous = {
      conferenceDate: '2026-08-20',
      anchors: c.scaling.anchors,
      scores: c.children.flatMap((ch) => c.attendees.slice(0, 6).map((a, i) => ({ childName: ch.name, name: a.name, agency: a.agency, score: (i * 3) % 8 }))),
    };
  }
  return c;
}
