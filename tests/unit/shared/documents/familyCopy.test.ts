import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMinutes, buildPlan } from '../../../../shared/documents';
import { restrictedConference } from '../../../fixtures/restrictedConference';
import { richConference } from '../../../fixtures/richConference';

describe('family copies of documents', () => {
  it('never hold a restricted string, over 300 random conferences', () => {
    fc.assert(
      fc.property(restrictedConference, ({ conference, markers, minutesMarkers, copyMarkers }) => {
        const text = JSON.stringify([buildMinutes(conference, 'family'), buildPlan(conference, 'family')]);
        for (const m of [...markers, ...minutesMarkers, ...copyMarkers]) expect(text).not.toContain(m);
      }),
      { numRuns: 300 },
    );
  });

  it('the full record keeps restricted content, labelled', () => {
    const c = richConference();
    const full = JSON.stringify(buildMinutes(c, 'full'));
    expect(full).toContain('SECRET-OP-WILLOW');
    expect(full).toContain('RESTRICTED — not for the family');
  });

  it('the family copy explains itself in plain words and names the children', () => {
    const doc = buildMinutes(richConference(), 'family');
    expect(doc.title).toContain('family copy');
    const text = JSON.stringify(doc);
    expect(text).toContain('What are we worried about?');
    expect(text).toContain('Zofia Nowak-Świątek');
  });
});
