import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newConference } from '../../../../shared/model';
import { createDispatcher } from '../../../../electron/services/dispatch';
import type { HandlerTable } from '../../../../electron/services/handlers/types';
import { folderState, freshDataDir, removeDataDir, servicesFor } from '../../../fixtures/dataFolder';

let dir: string;
beforeEach(() => {
  dir = freshDataDir();
});
afterEach(() => removeDataDir(dir));

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const quiet = { error: () => {} };

function setUp() {
  const { handlers } = servicesFor(dir);
  // Calls owned by other services are not under test here.
  return createDispatcher(handlers as unknown as HandlerTable, quiet);
}

describe('bad input through the contract', () => {
  it('rejects it with an error, writes nothing, and keeps working', async () => {
    const dispatch = setUp();
    const created = await dispatch('chairside:conference.create', { details: { kind: 'initial', date: '2026-01-10' } });
    expect(created.ok).toBe(true);
    const stored = (created as { value: ReturnType<typeof newConference> }).value;
    await dispatch('chairside:settings.get', {});
    const before = folderState(dir);

    const attempts: [string, unknown, string][] = [
      ['chairside:conference.nuke', {}, 'unknown-call'],
      ['', {}, 'unknown-call'],
      ['chairside:conference.create', { details: { kind: 42, date: '2026-01-10' } }, 'invalid-input'],
      ['chairside:conference.create', { details: { kind: 'initial', date: '10/01/2026' } }, 'invalid-input'],
      ['chairside:conference.create', 'not an object', 'invalid-input'],
      ['chairside:conference.list', { query: TEN_MB }, 'invalid-input'],
      ['chairside:conference.create', { details: { kind: 'initial', date: '2026-01-10', venue: TEN_MB } }, 'invalid-input'],
      ['chairside:conference.save', { conference: { ...stored, meeting: { ...stored.meeting, purpose: TEN_MB } }, baseRevision: 0 }, 'invalid-input'],
      ['chairside:conference.save', { conference: { ...stored, revision: '1' }, baseRevision: 0 }, 'invalid-input'],
      ['chairside:conference.save', { conference: stored, baseRevision: -1 }, 'invalid-input'],
      ['chairside:conference.open', { id: '../../etc/passwd' }, 'invalid-input'],
      ['chairside:conference.delete', { id: stored.id, also: 'everything' }, 'invalid-input'],
      ['chairside:settings.update', { reportDueDays: { initial: 'soon', review: 5 } }, 'invalid-input'],
      ['chairside:settings.update', { localAuthority: TEN_MB }, 'invalid-input'],
      ['chairside:settings.update', JSON.parse('{"__proto__": {"polluted": "yes"}, "localAuthority": "Evil"}'), 'invalid-input'],
      ['chairside:settings.update', JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'), 'invalid-input'],
      ['chairside:conference.list', JSON.parse('{"__proto__": {"polluted": "yes"}}'), 'invalid-input'],
      ['chairside:conference.create', JSON.parse('{"details": {"kind": "initial", "date": "2026-01-10", "__proto__": {"polluted": "yes"}}}'), 'invalid-input'],
      ['chairside:conference.save', { conference: JSON.parse(JSON.stringify(stored).replace('"details":{', '"details":{"__proto__":{"polluted":"yes"},')), baseRevision: 0 }, 'invalid-input'],
      ['chairside:conference.save', { conference: JSON.parse(JSON.stringify(stored).replace('"details":{', '"details":{"constructor":{"prototype":{"polluted":"yes"}},')), baseRevision: 0 }, 'invalid-input'],
    ];
    for (const [channel, input, code] of attempts) {
      const result = await dispatch(channel, input);
      expect(result, `${channel} ${JSON.stringify(input).slice(0, 80)}`).toMatchObject({ ok: false, error: { code } });
      if (!result.ok) expect(result.error.message.length).toBeLessThan(300); // readable, not the 10 MB echoed back
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(folderState(dir)).toBe(before);
    expect((await dispatch('chairside:settings.get', {})) as unknown).toMatchObject({ ok: true, value: { localAuthority: 'London Borough of Lewisham' } });
    expect(await dispatch('chairside:conference.list', {})).toMatchObject({ ok: true, value: { conferences: [{ id: stored.id }] } });
  });

  it('turns service failures into readable errors', async () => {
    const dispatch = setUp();
    const missing = await dispatch('chairside:conference.open', { id: 'abc123' });
    expect(missing).toEqual({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/not stored on this computer/) } });
    const created = await dispatch('chairside:conference.create', { details: { kind: 'initial', date: '2026-01-10' } });
    const conference = (created as { value: ReturnType<typeof newConference> }).value;
    expect(await dispatch('chairside:conference.save', { conference: { ...conference, details: { ...conference.details, venue: 'A' } }, baseRevision: 0 })).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(await dispatch('chairside:conference.save', { conference: { ...conference, details: { ...conference.details, venue: 'B' } }, baseRevision: 0 })).toMatchObject({ ok: false, error: { code: 'stale' } });
  });
});
