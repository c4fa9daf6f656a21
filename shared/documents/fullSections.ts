import {
  ATTENDANCE_LABELS,
  CATEGORY_LABELS,
  EXCLUSION_GROUND_LABELS,
  MAP_COLUMNS,
  MAP_ITEM_KIND_LABELS,
  MEETING_FORMAT_LABELS,
  CONFERENCE_KIND_LABELS,
  OUTCOME_LABELS,
  VIEW_METHOD_LABELS,
  ACTION_STATUS_LABELS,
  type Conference,
} from '../model';
import { agencyLabel, attendeeById, childLabel, formatDate, formatInstant } from '../format';
import { planDates } from '../conference/planDates';
import { describeSpread, formatMedian, summariseChild } from '../conference/scaling';
import { minutesToText } from '../conference/minutesText';
import { describeAttendee } from '../conference/people';
import { actionOwnersText, actionWhenText } from '../conference/planActions';
import { RICH, type RichNode } from '../model/richText';
import { h, orNone, p, RESTRICTED_LABEL, type Block } from './model';
import { DEFAULT_RULES, quorumAndReportsSection, type MeetingRules } from './meetingRecord';

// Sections of the full record. Restricted content is included and labelled on every block.

const nameOf = (c: Conference, id: string | undefined) => attendeeById(c, id)?.name ?? (id ? 'Former attendee' : '');
const children = (c: Conference, ids: string[]) => ids.map((id) => c.children.find((x) => x.id === id)).filter(Boolean).map((x) => childLabel(x!)).join(', ');
const tag = (restricted: boolean, text: string) => (restricted ? `[${RESTRICTED_LABEL}] ${text}` : text);

export function detailsSection(c: Conference): Block[] {
  const d = c.details;
  return [
    h(2, 'Conference details'),
    {
      type: 'keyValue',
      rows: [
        ['Meeting', CONFERENCE_KIND_LABELS[d.kind]],
        ['Date and time', `${formatDate(d.date)} at ${d.startTime}`],
        ['Format', `${MEETING_FORMAT_LABELS[d.format]}${d.venue ? `, ${d.venue}` : ''}`],
        ['Chair', orNone(d.chair, 'Not recorded')],
        ['Minute-taker', orNone(d.minuteTaker, 'Not recorded')],
        ['Local authority', orNone(d.localAuthority, 'Not recorded')],
      ],
    },
    h(3, 'Children'),
    {
      type: 'table',
      columns: [{ title: 'Name', weight: 3 }, { title: 'Date of birth', weight: 2 }, { title: 'Gender', weight: 1 }],
      rows: c.children.map((ch) => ({ cells: [childLabel(ch), ch.unborn ? `Expected ${formatDate(ch.expectedDate) || 'date not known'}` : formatDate(ch.dateOfBirth), ch.gender ?? ''] })),
      empty: 'No children recorded.',
    },
  ];
}

export function attendanceSection(c: Conference, rules: MeetingRules = DEFAULT_RULES): Block[] {
  const reportFor = (agency: string) => c.reports.find((r) => r.agency === agency);
  return [
    h(2, 'Attendance'),
    {
      type: 'table',
      columns: [{ title: 'Name', weight: 3 }, { title: 'Role and agency', weight: 4 }, { title: 'Attendance', weight: 2 }, { title: 'Report', weight: 3 }],
      rows: c.attendees.map((a) => {
        const r = a.kind === 'professional' ? reportFor(a.agency) : undefined;
        const report = !r ? '' : r.receivedDate ? `Received ${formatDate(r.receivedDate)}${r.sharedWithFamily ? ', shared with family' : ', not shared with family'}` : r.expected ? 'Not received' : 'Not expected';
        return {
          cells: [a.name, describeAttendee(a, c), `${ATTENDANCE_LABELS[a.attendance]}${a.leftAt ? ` at ${a.leftAt}` : ''}${a.remote ? ' (remote)' : ''}`, report],
        };
      }),
      empty: 'No attendees recorded.',
    },
    ...quorumAndReportsSection(c, rules),
    ...(c.meeting.exclusions.length
      ? [
          h(3, 'Exclusions'),
          ...c.meeting.exclusions.map((e) =>
            p(`${nameOf(c, e.attendeeId)} was excluded from ${e.stepIds.map((id) => c.meeting.agenda.find((s) => s.id === id)?.title).filter(Boolean).join(', ') || 'part of the meeting'}. Ground: ${EXCLUSION_GROUND_LABELS[e.ground]}.${e.note ? ` ${e.note}` : ''}`),
          ),
        ]
      : []),
    h(2, 'Purpose of the meeting'),
    p(orNone(c.meeting.purpose)),
  ];
}

export function contributionsSection(c: Conference): Block[] {
  return [
    h(2, 'Agency contributions'),
    ...(c.contributions.length ? [] : [p('None recorded.')]),
    ...c.contributions.flatMap((x): Block[] => [
      h(3, nameOf(c, x.attendeeId) + (attendeeById(c, x.attendeeId) ? `, ${agencyLabel(attendeeById(c, x.attendeeId)!.agency)}` : '')),
      { type: 'keyValue', rows: [['Worries', orNone(x.worries)], ["What's working well", orNone(x.workingWell)], ['New information', orNone(x.newInformation)]] },
      ...(x.restricted ? [p(RESTRICTED_LABEL, { restricted: true })] : []),
    ]),
    h(2, "The child's and family's views"),
    ...(c.views.length ? [] : [p('None recorded.')]),
    ...c.views.map((v) =>
      p(tag(v.restricted, `${v.whose === 'child' ? "Child's view" : "Family's view"}, ${v.attributedName || nameOf(c, v.attributedTo)}${v.method ? ` (${VIEW_METHOD_LABELS[v.method]})` : ''}: ${v.text}`), { restricted: v.restricted }),
    ),
  ];
}

export function mapSection(c: Conference): Block[] {
  return [
    h(2, 'Mapping: the harm and existing safety'),
    ...MAP_COLUMNS.flatMap((col): Block[] => [
      h(3, col.title),
      {
        type: 'table',
        columns: [{ title: 'Kind', weight: 2 }, { title: 'What was said', weight: 7 }, { title: 'Raised by', weight: 2 }],
        rows: c.map
          .filter((m) => (col.kinds as readonly string[]).includes(m.kind))
          .map((m) => ({ cells: [MAP_ITEM_KIND_LABELS[m.kind], tag(m.restricted, m.text + (m.childIds.length ? ` (${children(c, m.childIds)})` : '')), nameOf(c, m.raisedBy)], restricted: m.restricted })),
        empty: 'Nothing recorded.',
      },
    ]),
  ];
}

/**
 * Each child's scores by the screen's own rule (summariseChild, as the scaling panel and the
 * decision step use it): the plot and the median are the professionals' scores, with the
 * family's only when the chair chose to show them; the family's scores are always given apart.
 */
export function scalingSection(c: Conference): Block[] {
  const s = c.scaling;
  return [
    h(2, 'Scaling'),
    { type: 'keyValue', rows: [['0 means', orNone(s.anchors.zero, 'Not set')], ['10 means', orNone(s.anchors.ten, 'Not set')]] },
    ...c.children.flatMap((ch): Block[] => {
      const summary = summariseChild(c, ch.id);
      // Every score that counts, the family's too, by the same rule: the table lists them all.
      const everyone = summariseChild({ attendees: c.attendees, scaling: { ...s, showFamilyScores: true } }, ch.id).shown;
      const shown = summary.shown.map((e) => e.score.score);
      const m = summary.headline.median;
      const whose = s.showFamilyScores ? 'everyone’s scores, the family’s included as the chair chose' : 'professionals’ scores; the family’s are given apart, as the chair chose';
      const side = (familySide: boolean) => (familySide ? 'Family' : 'Professional');
      return [
        h(3, `Scores for ${childLabel(ch)}`),
        { type: 'dotPlot', title: `${childLabel(ch)}: ${shown.length} score${shown.length === 1 ? '' : 's'}${m === undefined ? '' : `, median ${formatMedian(m)}`} (${whose})`, zero: s.anchors.zero, ten: s.anchors.ten, scores: shown },
        {
          type: 'keyValue',
          rows: [
            ['Professionals', describeSpread(summary.professional)],
            ['Family', `${describeSpread(summary.family)}${!s.showFamilyScores && summary.family.count ? ' Not in the plot or the median above.' : ''}`],
            // Scores from people since marked absent, or no longer scaling, count nowhere on screen either.
            ...(summary.orphaned.length ? [['Not counted', `${summary.orphaned.length} score${summary.orphaned.length === 1 ? '' : 's'} from people no longer taking part in scaling.`] as [string, string]] : []),
          ],
        },
        {
          type: 'table',
          columns: [{ title: 'Who', weight: 3 }, { title: 'Side', weight: 2 }, { title: 'Score', weight: 1 }, { title: 'Why', weight: 6 }],
          // Professionals first, then the family, each in the order they scored.
          rows: [...everyone.filter((e) => !e.familySide), ...everyone.filter((e) => e.familySide)].map((e) => ({ cells: [e.attendee.name, side(e.familySide), String(e.score.score), e.score.reason] })),
          empty: 'No scores recorded.',
        },
      ];
    }),
  ];
}

export function recommendationsSection(c: Conference): Block[] {
  if (c.details.kind === 'core-group') return [];
  return [
    h(2, 'Recommendations'),
    {
      type: 'table',
      columns: [{ title: 'Who', weight: 3 }, { title: 'Child', weight: 3 }, { title: 'Recommendation', weight: 5 }],
      rows: c.recommendations.map((r) => ({
        cells: [nameOf(c, r.attendeeId), children(c, [r.childId]), r.plan ? `Plan: ${r.categories.map((x) => CATEGORY_LABELS[x]).join(', ') || 'no category'}${r.categoryReason ? `. ${r.categoryReason}` : ''}` : 'No plan'],
      })),
      empty: 'No recommendations recorded.',
    },
    h(2, 'Decision'),
    ...(c.decisions.length ? [] : [p('No decision recorded.')]),
    ...c.decisions.flatMap((d): Block[] => [
      h(3, children(c, [d.childId]) || 'Child'),
      {
        type: 'keyValue',
        rows: [
          ['Outcome', OUTCOME_LABELS[d.outcome]],
          ['Category', d.categories.map((x) => CATEGORY_LABELS[x]).join(', ') || 'None'],
          ['Reasons', orNone(d.reasons)],
          ...(d.endingReason ? [['Why the plan ends', d.endingReason] as [string, string]] : []),
        ],
      },
      ...c.dissent.filter((x) => x.childId === d.childId).map((x) => p(`Dissent: ${x.name}${x.agency ? ` (${agencyLabel(x.agency)})` : ''}: ${x.reason}`)),
    ]),
  ];
}

export function planSection(c: Conference): Block[] {
  const pl = c.plan;
  const dates = planDates(c);
  return [
    h(2, 'The plan'),
    {
      type: 'keyValue',
      rows: [
        ['Lead social worker', orNone(nameOf(c, pl.leadSocialWorkerId), 'Not named')],
        ['Core group', pl.coreGroupIds.map((id) => nameOf(c, id)).join(', ') || 'Not named'],
        ['Safety network', pl.safetyNetwork.map((m) => `${m.name} (${m.relationship}): ${m.part}`).join('; ') || 'None recorded'],
      ],
    },
    h(3, 'Danger statements and safety goals'),
    ...(c.map.some((m) => m.kind === 'danger') ? [] : [p('No danger statements recorded.')]),
    ...c.map
      .filter((m) => m.kind === 'danger')
      .flatMap((d) => [
        p(tag(d.restricted, `Danger statement: ${d.text}`), { restricted: d.restricted }),
        ...c.map.filter((g) => g.kind === 'safety-goal' && g.pairedDangerId === d.id).map((g) => p(tag(g.restricted, `Safety goal: ${g.text}`), { restricted: g.restricted })),
      ]),
    h(3, 'Actions'),
    {
      type: 'table',
      columns: [{ title: 'What will happen', weight: 5 }, { title: 'Who', weight: 3 }, { title: 'By when', weight: 2 }, { title: 'How we will know', weight: 4 }, { title: 'Progress', weight: 2 }],
      rows: pl.actions.map((a) => ({
        cells: [tag(a.restricted, a.what), actionOwnersText(a, c, { formerAttendee: true }), actionWhenText(a, 'full'), a.measure, `${ACTION_STATUS_LABELS[a.status]}${a.statusNote ? `: ${a.statusNote}` : ''}${a.reviewedOn ? ` (${formatDate(a.reviewedOn)})` : ''}`],
        restricted: a.restricted,
      })),
      empty: 'No actions recorded.',
    },
    { type: 'keyValue', rows: [['Contingency plan', orNone(pl.contingency)], ['Bottom lines', orNone(pl.bottomLines)], ...dates.map((d) => [d.label, formatDate(d.value) || 'Not set'] as [string, string])] },
  ];
}

export function minutesTextSection(c: Conference): Block[] {
  return [
    h(2, 'Minutes of each step'),
    ...c.meeting.agenda.flatMap((s): Block[] => {
      const text = minutesToText(markRestricted(s.minutes), c);
      return [h(3, `${s.title}${s.startedAt ? ` (from ${formatInstant(s.startedAt).slice(11)})` : ''}`), ...(text.trim() ? text.split('\n').map((line) => p(line)) : [p('No minutes for this step.')])];
    }),
  ];
}

/** Restricted passages stay in the full record, each labelled where it stands. */
function markRestricted(n: RichNode): RichNode {
  if (n.type === 'text' && n.marks?.some((m) => m.type === RICH.restricted)) return { ...n, text: `[${RESTRICTED_LABEL}: ${n.text ?? ''}]` };
  return n.content ? { ...n, content: n.content.map(markRestricted) } : n;
}
