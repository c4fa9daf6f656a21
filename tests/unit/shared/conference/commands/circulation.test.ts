import { describe, it, expect } from 'vitest';
import { newConference, type Conference } from '../../../../../shared/model';
import { addRecipient, recordSent, saveRecipient } from '../../../../../shared/conference/commands/circulation';
import { recipients } from '../../../../../shared/conference/circulation';

// After the meeting the plan and minutes go to everyone invited, professionals the full record
// and the family their copy; the log says what was sent to whom, in which copy and version.

const NOW = '2026-03-03T09:30:00.000Z';

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.attendees.push(
    { id: 'grace', name: 'Grace Obi', role: 'Social worker', agency: 'social-care', kind: 'professional', attendance: 'present', remote: false },
    { id: 'mum', name: 'Anna Nowak', role: 'Mother', agency: '', kind: 'parent-carer', attendance: 'present', remote: false },
    { id: 'chair', name: 'Sam Reid', role: 'Chair', agency: '', kind: 'chair', attendance: 'present', remote: false },
  );
  return c;
}

describe('recipients', () => {
  it('saving one recipient writes the whole list as it reads, so the others keep their usual copies', () => {
    const c = conference();
    const mum = recipients(c).find((r) => r.attendeeId === 'mum')!;
    saveRecipient(c, { ...mum, copy: 'none', exceptionReason: 'Asked for it by post later' });
    expect(c.circulation!.recipients.map((r) => [r.attendeeId, r.copy])).toEqual([['grace', 'full'], ['mum', 'none'], ['chair', 'none']]);
  });

  it('adds someone who was not at the meeting with the full record', () => {
    const c = conference();
    addRecipient(c, 'gp');
    expect(recipients(c).at(-1)).toEqual({ id: 'gp', name: '', agency: '', copy: 'full' });
  });
});

describe('the sent log', () => {
  it('refuses a document not yet exported in that copy and version, and someone who gets no copy', () => {
    const c = conference();
    const grace = recipients(c)[0]!.id;
    expect(recordSent(c, { id: 's1', recipientId: grace, document: 'plan', how: 'Secure email', now: NOW })).toBe('Export the full record of the plan (version 1) first: it is what you send.');
    const chair = recipients(c)[2]!.id;
    expect(recordSent(c, { id: 's2', recipientId: chair, document: 'plan', how: '', now: NOW })).toMatch(/no copy/);
    expect(c.circulation?.sent ?? []).toEqual([]);
  });

  it('logs what was sent in the recipient’s copy and the current version, with how (or “Not said”)', () => {
    const c = conference();
    c.audit.push({ at: NOW, what: 'plan', audience: 'both', version: 1, files: [] });
    const [grace, mum] = recipients(c);
    expect(recordSent(c, { id: 's1', recipientId: grace!.id, document: 'plan', how: ' Secure email ', now: NOW })).toBeNull();
    expect(recordSent(c, { id: 's2', recipientId: mum!.id, document: 'plan', how: '  ', now: NOW })).toBeNull();
    expect(c.circulation!.sent).toEqual([
      { id: 's1', at: NOW, recipientId: grace!.id, document: 'plan', copy: 'full', version: 1, how: 'Secure email' },
      { id: 's2', at: NOW, recipientId: mum!.id, document: 'plan', copy: 'family', version: 1, how: 'Not said' },
    ]);
  });
});
