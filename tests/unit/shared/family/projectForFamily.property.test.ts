import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Conference } from '../../../../shared/model';
import { projectForFamily, familyScreen } from '../../../../shared/family/projectForFamily';
import { minutesForFamily, minutesTextForFamily } from '../../../../shared/family/familyMinutes';
import { restrictedConference } from '../../../fixtures/restrictedConference';

const SETTINGS = ['hidden', 'anonymous', 'named'] as const;

function leaks(json: string, markers: string[]): string[] {
  return markers.filter((m) => json.includes(m));
}

describe('projectForFamily never shows restricted information', () => {
  it('the generator makes valid conferences that really hold their markers', () => {
    fc.assert(
      fc.property(restrictedConference, ({ conference, markers }) => {
        expect(() => Conference.parse(conference)).not.toThrow();
        const whole = JSON.stringify(conference);
        for (const m of markers) expect(whole).toContain(m);
      }),
      { numRuns: 100 },
    );
  });

  it('for every step and every display setting, no marker reaches the family (1,000 conferences)', () => {
    fc.assert(
      fc.property(restrictedConference, fc.nat(), ({ conference, markers, copyMarkers, hiddenWhile }, offset) => {
        const steps = [undefined, ...conference.meeting.agenda.map((s) => s.id)];
        steps.forEach((stepId, i) => {
          // Each step is also tried with its "show" on and a rotating scores setting, so every
          // setting is covered on every step across the runs.
          const c = structuredClone(conference);
          const step = c.meeting.agenda.find((s) => s.id === stepId);
          if (step && i % 2 === 0) step.family = { ...step.family, show: true, scores: SETTINGS[(i + offset) % 3]! };
          for (const candidate of [conference, c]) {
            const json = JSON.stringify(projectForFamily(candidate, { stepId }));
            const current = stepId ?? candidate.meeting.currentStepId;
            const hidden = hiddenWhile.filter((h) => current && h.stepIds.includes(current)).flatMap((h) => h.markers);
            expect(leaks(json, [...markers, ...hidden])).toEqual([]);
          }
        });
        for (const scores of SETTINGS) {
          expect(leaks(JSON.stringify(projectForFamily(conference, { document: { scores } })), [...markers, ...copyMarkers])).toEqual([]);
        }
        expect(JSON.stringify(familyScreen(conference, { curtain: true }))).toBe('{"curtain":true}');
      }),
      { numRuns: 1_000 },
    );
  });

  it('the family minutes never hold a restricted passage (1,000 conferences)', () => {
    fc.assert(
      fc.property(restrictedConference, ({ conference, minutesMarkers }) => {
        for (const step of conference.meeting.agenda) {
          const json = JSON.stringify(minutesForFamily(step.minutes));
          const text = minutesTextForFamily(step.minutes, (id) => `name-of-${id}`);
          expect(leaks(json + text, minutesMarkers)).toEqual([]);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
