import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { familyScreen } from '../../../../shared/family/projectForFamily';
import type { FamilyScreen } from '../../../../shared/family/familyView';
import { FamilyPage } from '../../../../renderer/family/FamilyPage';
import { restrictedConference } from '../../../fixtures/restrictedConference';

// The family page's markup, rendered by the real component from what main would push for each
// step, holds no marker: the projection's test checks the data, this one what reaches the DOM.

function markup(screen: FamilyScreen): string {
  const feed = { current: () => screen, subscribe: () => () => {} };
  return renderToStaticMarkup(<FamilyPage feed={feed} />);
}

describe('the family screen’s DOM', () => {
  it('holds no marker on any step of 200 random conferences, shown or hidden, curtain up or down', () => {
    fc.assert(
      fc.property(restrictedConference, ({ conference, markers, hiddenWhile }) => {
        for (const step of [undefined, ...conference.meeting.agenda]) {
          const hidden = hiddenWhile.filter((h) => step && h.stepIds.includes(step.id)).flatMap((h) => h.markers);
          for (const curtain of [false, true]) {
            const html = markup(familyScreen(conference, { stepId: step?.id, curtain }));
            expect(html).toContain('family-screen');
            for (const m of [...markers, ...hidden]) expect(html).not.toContain(m);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
