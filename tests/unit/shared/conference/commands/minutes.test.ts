import { describe, expect, it } from 'vitest';
import { markStepStarted, recordStepMinutes } from '../../../../../shared/conference/commands/minutes';
import { richConference } from '../../../../fixtures/richConference';

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('recording a step\'s minutes', () => {
  it('stores the document and marks the step started at the first words, keeping an earlier start', () => {
    const c = richConference();
    const [first, second] = c.meeting.agenda;
    first!.startedAt = undefined;
    second!.startedAt = '2026-11-24T09:40:00.000Z';
    recordStepMinutes(c, first!.id, doc('Sam opened the meeting.'), '2026-11-24T09:31:00.000Z');
    recordStepMinutes(c, second!.id, doc('Purpose read out.'), '2026-11-24T09:45:00.000Z');
    expect(first!.minutes).toEqual(doc('Sam opened the meeting.'));
    expect(first!.startedAt).toBe('2026-11-24T09:31:00.000Z');
    expect(second!.startedAt).toBe('2026-11-24T09:40:00.000Z');
  });

  it('changes nothing when the step has been removed meanwhile', () => {
    const c = richConference();
    const before = structuredClone(c);
    recordStepMinutes(c, 'no-such-step', doc('Lost?'), '2026-11-24T09:31:00.000Z');
    expect(c).toEqual(before);
  });

  it('marks a step started without touching its minutes, keeping an earlier start (a session keeps the minutes in main)', () => {
    const c = richConference();
    const step = c.meeting.agenda[0]!;
    const minutes = structuredClone(step.minutes);
    step.startedAt = undefined;
    markStepStarted(c, step.id, '2026-11-24T09:31:00.000Z');
    markStepStarted(c, step.id, '2026-11-24T09:59:00.000Z');
    expect(step.startedAt).toBe('2026-11-24T09:31:00.000Z');
    expect(step.minutes).toEqual(minutes);
  });
});
