import { describe, it, expect } from 'vitest';
import { newConference, type Conference, type RichNode } from '../../../../shared/model';
import { countWords, liveDataLines, minutesToText, restrictedIdsIn } from '../../../../shared/conference/minutesText';

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.children.push({ id: 'jay', name: 'Jay', unborn: false });
  c.attendees.push(
    { id: 'sw', name: 'Sam Okoro', role: 'Social worker', agency: 'childrens-social-care', kind: 'professional', attendance: 'present', remote: false },
    { id: 'mum', name: 'Kelly Smith', role: 'Mother', agency: '', kind: 'parent-carer', attendance: 'present', remote: false },
  );
  return c;
}

const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const t = (text: string, restrictedItemId?: string): RichNode =>
  restrictedItemId ? { type: 'text', text, marks: [{ type: 'restricted', attrs: { restrictedItemId } }] } : { type: 'text', text };
const speaker = (attendeeId: string): RichNode => ({ type: 'speaker', attrs: { attendeeId } });

describe('minutesToText', () => {
  it('resolves speakers by id, so a rename follows', () => {
    const c = conference();
    const doc: RichNode = { type: 'doc', content: [p(speaker('sw'), t(' Jay has been late to school.'))] };
    expect(minutesToText(doc, c)).toBe("Sam Okoro (Children's social care): Jay has been late to school.");
    c.attendees[0]!.name = 'Samuel Okoro';
    expect(minutesToText(doc, c)).toContain('Samuel Okoro');
    expect(minutesToText({ type: 'doc', content: [p(speaker('gone'), t(' hi'))] }, c)).toBe('Unknown speaker: hi');
  });

  it('writes timestamps, headings and lists', () => {
    const doc: RichNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [t('Police')] },
        p({ type: 'timestamp', attrs: { time: '10:42', elapsed: 12 } }, t(' Started.')),
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('one'))] }, { type: 'listItem', content: [p(t('two'))] }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('first')), p(t('more'))] }] },
        { type: 'blockquote', content: [p(t('quoted'))] },
      ],
    };
    expect(minutesToText(doc, conference())).toBe(['Police', '[10:42] Started.', '• one', '• two', '1. first', '   more', '> quoted'].join('\n'));
  });

  it('leaves restricted passages out when asked, and a paragraph that was only restricted goes entirely', () => {
    const doc: RichNode = {
      type: 'doc',
      content: [p(speaker('sw'), t(' Open part. '), t('Police are investigating.', 'r1')), p(speaker('sw'), t(' '), t('Address withheld.', 'r2'))],
    };
    const full = minutesToText(doc, conference());
    expect(full).toContain('Police are investigating.');
    const family = minutesToText(doc, conference(), { dropRestricted: true });
    expect(family).toBe("Sam Okoro (Children's social care): Open part.");
    expect(restrictedIdsIn(doc)).toEqual(['r1', 'r2']);
  });

  it('renders live data from the current record', () => {
    const c = conference();
    const doc: RichNode = { type: 'doc', content: [{ type: 'liveData', attrs: { kind: 'decision', childId: 'jay' } }] };
    expect(minutesToText(doc, c)).toBe("The chair's decision: Jay\nNo decision recorded yet.");
    c.decisions.push({ childId: 'jay', outcome: 'cp-plan', categories: ['neglect'], reasons: 'Jay is often hungry.' });
    expect(minutesToText(doc, c)).toBe(
      "The chair's decision: Jay\nBecomes subject of a child protection plan (Neglect).\nReasons: Jay is often hungry.",
    );
  });
});

describe('liveDataLines', () => {
  it('lists scores with anchors, and recommendations with categories', () => {
    const c = conference();
    c.scaling.anchors = { zero: 'Jay cannot stay at home', ten: 'Jay is safe enough to end the plan' };
    c.scaling.scores.push({ attendeeId: 'sw', childId: 'jay', score: 4, reason: 'Drinking continues' });
    c.recommendations.push({ attendeeId: 'sw', childId: 'jay', plan: true, categories: ['neglect'] });
    expect(liveDataLines(c, 'scores', 'jay').lines).toEqual([
      '0 means: Jay cannot stay at home. 10 means: Jay is safe enough to end the plan.',
      "Sam Okoro (Children's social care): 4 — Drinking continues",
    ]);
    expect(liveDataLines(c, 'recommendations', 'jay').lines).toEqual(["Sam Okoro (Children's social care): child protection plan (Neglect)"]);
  });
});

describe('countWords', () => {
  it('counts typed words only', () => {
    expect(countWords({ type: 'doc', content: [p(speaker('sw'), t(' one two  three')), p(t('four'))] })).toBe(4);
  });
});
