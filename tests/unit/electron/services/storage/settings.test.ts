import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../../../shared/model';
import { freshDataDir, removeDataDir, servicesFor } from '../../../../fixtures/dataFolder';

let dir: string;
beforeEach(() => {
  dir = freshDataDir();
});
afterEach(() => removeDataDir(dir));

describe('settings', () => {
  it('starts with the defaults, keeps changes across restarts, and uses the local authority for new conferences', async () => {
    const { handlers } = servicesFor(dir);
    expect(await handlers.getSettings({})).toEqual(DEFAULT_SETTINGS);
    const updated = await handlers.updateSettings({ localAuthority: 'Royal Borough of Greenwich', reportDueDays: { initial: 3, review: 5 } });
    expect(updated).toMatchObject({ localAuthority: 'Royal Borough of Greenwich', reportDueDays: { initial: 3, review: 5 }, quorumOtherAgencies: 2 });
    const again = servicesFor(dir).handlers;
    expect(await again.getSettings({})).toEqual(updated);
    expect((await again.createConference({ details: { kind: 'initial', date: '2026-01-10' } })).details.localAuthority).toBe('Royal Borough of Greenwich');
  });

  it('moves a damaged settings file aside and carries on with the defaults', async () => {
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    expect(await servicesFor(dir).handlers.getSettings({})).toEqual(DEFAULT_SETTINGS);
    const aside = readdirSync(join(dir, 'quarantine')).find((n) => n.startsWith('settings.json.') && !n.endsWith('.reason.json'));
    expect(readFileSync(join(dir, 'quarantine', aside ?? 'missing'), 'utf8')).toBe('{ not json');
  });

  it('reads settings from a newer version without overwriting them', async () => {
    const newer = JSON.stringify({ ...DEFAULT_SETTINGS, schemaVersion: SETTINGS_VERSION + 1, localAuthority: 'Kent County Council', hologram: true });
    writeFileSync(join(dir, 'settings.json'), newer);
    const { handlers } = servicesFor(dir);
    expect((await handlers.getSettings({})).localAuthority).toBe('Kent County Council');
    await expect(handlers.updateSettings({ localAuthority: 'X' })).rejects.toMatchObject({ code: 'read-only' });
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(newer);
  });

  it('keeps every valid setting, and the consent to weak key protection, when one is no longer accepted', async () => {
    const old = JSON.stringify({ ...DEFAULT_SETTINGS, localAuthority: 'Kent County Council', weakKeyProtectionAccepted: true, fileNamePattern: '{date}_{family}' });
    writeFileSync(join(dir, 'settings.json'), old);
    const settings = await servicesFor(dir).handlers.getSettings({});
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, localAuthority: 'Kent County Council', weakKeyProtectionAccepted: true });
    const aside = readdirSync(join(dir, 'quarantine')).find((n) => n.startsWith('settings.json.') && !n.endsWith('.reason.json'));
    expect(readFileSync(join(dir, 'quarantine', aside ?? 'missing'), 'utf8')).toBe(old);
    expect(await servicesFor(dir).handlers.getSettings({})).toEqual(settings); // stored, not worked out again
  });

  it('refuses a file name pattern that would give the files of one export the same name', async () => {
    const { handlers } = servicesFor(dir);
    await expect(handlers.updateSettings({ fileNamePattern: '{date}_{family}' })).rejects.toThrow(/Include \{document\} and \{audience\}/);
    expect((await handlers.getSettings({})).fileNamePattern).toBe(DEFAULT_SETTINGS.fileNamePattern);
  });
});
