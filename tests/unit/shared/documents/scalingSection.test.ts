import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../../shared/documents';
import { formatMedian, summariseChild } from '../../../../shared/conference/scaling';
import type { Block } from '../../../../shared/documents/model';
import type { Conference } from '../../../../shared/model';
import { richConference } from '../../../fixtures/richConference';

/** Two children; professionals score 3 and 4 for each, the mother 6 and 7: the screen's median is 3.5, everyone's 4. */
function twoChildConference(showFamilyScores: boolean): Conference {
  const c = richConference();
  const pros = c.attendees.filter((a) => ['present', 'left-early'].includes(a.attendance) && !['interpreter', 'chair', 'minute-taker', 'parent-carer', 'child', 'advocate'].includes(a.kind)).slice(0, 2);
  const parent = c.attendees.find((a) => a.kind === 'parent-carer' && ['present', 'left-early'].includes(a.attendance))!;
  expect(pros).toHaveLength(2);
  expect(parent).toBeDefined();
  c.scaling.showFamilyScores = showFamilyScores;
  c.scaling.scores = ['amy', 'ben'].flatMap((childId) => [
    { attendeeId: pros[0]!.id, childId, score: 3, reason: 'Worried' },
    { attendeeId: pros[1]!.id, childId, score: 4, reason: 'Some safety' },
    { attendeeId: parent.id, childId, score: childId === 'amy' ? 6 : 7, reason: 'We are doing well' },
  ]);
  return c;
}

const plots = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { type: 'dotPlot' }> => b.type === 'dotPlot');

describe('the minutes’ scaling section follows the screen’s rule', () => {
  it('gives the professionals’ median, as the screen does, with the family’s scores apart', () => {
    const c = twoChildConference(false);
    const minutes = buildMinutes(c, 'full');
    const [amy, ben] = plots(minutes.blocks);
    // Before: "3 scores, median 4" (everyone's). The screen says 3.5.
    for (const [plot, childId] of [[amy!, 'amy'], [ben!, 'ben']] as const) {
      const screen = summariseChild(c, childId).headline;
      expect(plot.title).toContain(`median ${formatMedian(screen.median)}`);
      expect(plot.title).toContain('median 3.5');
      expect(plot.scores).toEqual([3, 4]);
    }
    const text = JSON.stringify(minutes.blocks);
    expect(text).toContain('Not in the plot or the median above.');
    expect(text).toContain('We are doing well'); // the family's scores are still in the record, apart
  });

  it('includes the family’s scores in the plot and median when the chair chose to show them', () => {
    const c = twoChildConference(true);
    const [amy, ben] = plots(buildMinutes(c, 'full').blocks);
    expect(amy!.title).toContain(`median ${formatMedian(summariseChild(c, 'amy').headline.median)}`);
    expect(amy!.title).toContain('median 4');
    expect(ben!.scores).toEqual([3, 4, 7]);
  });
});
