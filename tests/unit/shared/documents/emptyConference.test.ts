import { describe, expect, it } from 'vitest';
import { buildMinutes, buildPlan } from '../../../../shared/documents';
import { newConference } from '../../../../shared/model';

// A conference exported before anything was filled in: every section says so in words, and the
// title and subject have no empty parts.
describe('documents of an empty conference', () => {
  const c = newConference({ kind: 'initial', date: '2026-11-23', familyName: '', chair: '', localAuthority: '', venue: '' });

  it('has a title and subject without placeholders or stray commas', () => {
    const m = buildMinutes(c, 'full');
    expect(m.title).toBe('Conference minutes (full record): 23/11/2026');
    expect(m.subject).toBe('Initial child protection conference, 23/11/2026');
    expect(buildPlan({ ...c, details: { ...c.details, familyName: 'Moss' } }, 'family').title).toBe('Child protection plan (family copy): Moss family, 23/11/2026');
  });

  it('says "none" under every heading rather than leaving it bare', () => {
    for (const model of [buildMinutes(c, 'full'), buildPlan(c, 'full'), buildMinutes(c, 'family'), buildPlan(c, 'family')]) {
      model.blocks.forEach((b, i) => {
        if (b.type !== 'heading') return;
        const next = model.blocks[i + 1];
        // A heading is followed by content, or by a heading one level deeper that starts its part.
        const bare = !next || (next.type === 'heading' && next.level <= b.level);
        expect(bare, `${model.title}: "${b.text}" has nothing under it`).toBe(false);
      });
    }
  });
});
