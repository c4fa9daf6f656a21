import type { Conference } from '../model';
import { projectForFamily } from '../family/projectForFamily';
import type { FamilyItem, FamilyView } from '../family/familyView';
import { h, orNone, p, type Block } from './model';

// The family copy. Everything here comes from projectForFamily (the one gate); only
// familyView() reads the record, and only to hand it to the gate.

export function familyView(c: Conference): FamilyView {
  return projectForFamily(c, { document: { scores: 'anonymous' } });
}

const item = (i: FamilyItem): Block => p(i.explained.length ? `${i.text} (${i.explained.map((e) => `${e.term} means ${e.meaning}`).join('; ')})` : i.text);

export function familyIntro(v: FamilyView): Block[] {
  return [
    h(2, 'About this meeting'),
    { type: 'keyValue', rows: [['Meeting', v.meetingTitle], ['Date', v.date], ['Children', v.children.map((x) => x.name).join(', ') || 'Not recorded']] },
    item(v.purpose),
    ...(v.reports.length ? [h(3, 'Reports shared with you'), ...v.reports.map((r) => item({ ...r.summary, text: r.summary.text.trim() ? `${r.agency || 'Agency'}: ${r.summary.text}` : `${r.agency || 'An agency'} sent a report.` }))] : []),
    h(3, 'Who was there'),
    { type: 'table', columns: [{ title: 'Name', weight: 1 }, { title: 'Role', weight: 1 }], rows: v.people.map((x) => ({ cells: [x.name, x.role] })), empty: 'Not recorded.' },
  ];
}

export function familyMap(v: FamilyView): Block[] {
  const col = (title: string, items: FamilyItem[]): Block[] => [h(3, title), ...(items.length ? items.map(item) : [p('Nothing written here.')])];
  return [
    h(2, 'What we talked about'),
    ...col('What are we worried about?', v.map.worried),
    ...col("What's working well?", v.map.working),
    ...col('What needs to happen?', v.map.needs),
    ...(v.map.grey.length ? col('What we are not sure about yet', v.map.grey) : []),
    ...(v.views.length ? [h(3, 'What the children and family told us'), ...v.views.map((x) => item({ text: `${x.by}: ${x.text}`, explained: x.explained }))] : []),
  ];
}

export function familyScale(v: FamilyView): Block[] {
  return [
    h(2, 'How safe everyone thinks the children are'),
    { type: 'keyValue', rows: [['0 means', orNone(v.scale.zero.text, 'Not set')], ['10 means', orNone(v.scale.ten.text, 'Not set')]] },
    ...v.scale.children.flatMap((x): Block[] => [
      { type: 'dotPlot', title: `${x.childName}: ${x.scores.length} score${x.scores.length === 1 ? '' : 's'}`, zero: v.scale.zero.text, ten: v.scale.ten.text, scores: x.scores.map((s) => s.score) },
      ...(x.trend ? [p(x.trend)] : []),
    ]),
  ];
}

export function familyDecisions(v: FamilyView): Block[] {
  if (!v.decisions.length) return [];
  return [h(2, 'What was decided'), ...v.decisions.map((d) => p(`${d.childName}: ${d.outcome}${d.categories.length ? ` (${d.categories.join(', ')})` : ''}.`))];
}

export function familyPlan(v: FamilyView): Block[] {
  if (v.plan.ended) return [h(2, 'The plan'), p('There is no child protection plan now, so there are no actions or meeting dates in it any more.')];
  return [
    h(2, 'The plan'),
    {
      type: 'keyValue',
      rows: [
        ['The lead social worker', orNone(v.plan.leadWorker, 'Not named yet')],
        ['The core group (the people who meet to carry the plan forward)', orNone(v.plan.coreGroup.map((x) => `${x.name} (${x.role})`).join(', '), 'Not chosen yet')],
      ],
    },
    { type: 'table', columns: [{ title: 'What will happen', weight: 5 }, { title: 'Who', weight: 2 }, { title: 'By when', weight: 2 }], rows: v.plan.actions.map((a) => ({ cells: [a.explained.length ? `${a.what} (${a.explained.map((e) => `${e.term} means ${e.meaning}`).join('; ')})` : a.what, a.who, a.byWhen] })), empty: 'No actions yet.' },
    {
      type: 'keyValue',
      rows: [
        ['If the plan does not work', orNone(v.plan.contingency.text, 'Not written yet')],
        ['What must not happen', orNone(v.plan.bottomLines.text, 'None written')],
        ['Next core group meeting', orNone(v.plan.firstCoreGroup, 'Not set')],
        ['Next review meeting', orNone(v.plan.review, 'Not set')],
      ],
    },
  ];
}

/** The notes of the meeting as the projection lets the family read them (familyAccess.ts decides which steps). */
export function familyMinutes(v: FamilyView): Block[] {
  const blocks = v.minutes.flatMap((step) => [h(3, step.title), ...step.lines.map((line) => p(line))]);
  return blocks.length ? [h(2, 'Notes of the meeting'), ...blocks] : [];
}
