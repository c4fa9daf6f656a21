import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { newId } from '../../../../../shared/model';
import { createConfStore, openEncryptedStore } from '../../../../../electron/services/storage/storeFactory';
import { allFiles, freshDataDir, removeDataDir, servicesFor } from '../../../../fixtures/dataFolder';

let dir: string;
beforeEach(() => {
  dir = freshDataDir();
});
afterEach(() => removeDataDir(dir));

const NAME = 'Zbigniew Quillfeather-Ó';
const FAMILY = 'Quillfeather-Ó';

/** The forms a careless write could take: UTF-8, UTF-16 either way round, and JSON's \u escapes. */
function encodings(text: string): Buffer[] {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  const escaped = Buffer.from(JSON.stringify(text).slice(1, -1).replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return [Buffer.from(text, 'utf8'), le, be, escaped, Buffer.from(text.normalize('NFD'), 'utf8')];
}

describe('encryption at rest', () => {
  it('leaves no conference content in plaintext anywhere in the data folder', async () => {
    const { handlers, repository } = servicesFor(dir);
    const c = await handlers.createConference({ details: { kind: 'initial', date: '2026-01-10', familyName: FAMILY, venue: 'Quillfeather Room' } });
    const child = { id: newId(), name: NAME, unborn: false, dateOfBirth: '2019-04-02' };
    await handlers.saveConference({ conference: { ...c, children: [child], meeting: { ...c.meeting, purpose: `Worries about ${NAME}` } }, baseRevision: 0 });
    await handlers.createConference({ details: { kind: 'review', date: '2026-04-10' }, followOn: c.id });
    await handlers.updateSettings({ localAuthority: 'Royal Borough of Greenwich' });
    // The minute-taker's laptop keeps what a live session held when it left it (issue #17).
    await repository.rememberSessionBase((await handlers.openConference({ id: c.id })).conference);
    await repository.flush();
    // A damaged copy in quarantine must not leak either.
    const other = await handlers.createConference({ details: { kind: 'initial', date: '2026-01-11', familyName: FAMILY } });
    const path = `${dir}/conferences/${other.id}.json`;
    const bytes = readFileSync(path);
    bytes[40] = (bytes[40] ?? 0) ^ 1;
    writeFileSync(path, bytes);
    expect((await servicesFor(dir).handlers.listConferences({})).quarantined).toHaveLength(1);

    const files = allFiles(dir);
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect(files.some((f) => f.path.includes('session-bases'))).toBe(true);
    const needles = [...encodings(NAME), ...encodings(FAMILY), ...encodings('Zbigniew'), ...encodings('Quillfeather')];
    for (const file of files) {
      for (const needle of needles) expect(file.bytes.includes(needle), `${file.path} holds "${needle.toString('latin1')}"`).toBe(false);
    }
    // Settings are deliberately readable (they hold the consent flag and no conference content).
    expect(readFileSync(`${dir}/settings.json`, 'utf8')).toContain('Royal Borough of Greenwich');
  });

  it('authenticates: every single flipped byte makes reading throw, never return garbage', () => {
    const key = randomBytes(32);
    const store = openEncryptedStore(createConfStore, dir, 'probe', key);
    store.store = { record: { text: 'x'.repeat(64) } };
    const original = readFileSync(store.path);
    let failures = 0;
    for (let at = 0; at < original.length; at++) {
      const damaged = Buffer.from(original);
      damaged[at] = (damaged[at] ?? 0) ^ (at % 2 ? 0x01 : 0x80);
      writeFileSync(store.path, damaged);
      try {
        void openEncryptedStore(createConfStore, dir, 'probe', key).store;
      } catch {
        failures++;
      }
    }
    expect(failures).toBe(original.length);
    writeFileSync(store.path, original);
    expect(openEncryptedStore(createConfStore, dir, 'probe', key).store).toEqual({ record: { text: 'x'.repeat(64) } });
    expect(() => openEncryptedStore(createConfStore, dir, 'probe', randomBytes(32)).store).toThrow(/decrypt/);
    // The store's name is authenticated: the same bytes under another name do not open.
    writeFileSync(`${dir}/other.json`, original);
    expect(() => openEncryptedStore(createConfStore, dir, 'other', key).store).toThrow(/decrypt/);
  });

  it('writes through a temp file and a rename, with owner-only permissions', async () => {
    const { handlers } = servicesFor(dir);
    const c = await handlers.createConference({ details: { kind: 'initial', date: '2026-01-10' } });
    const path = `${dir}/conferences/${c.id}.json`;
    const { statSync } = await import('node:fs');
    const before = statSync(path);
    await handlers.saveConference({ conference: { ...c, details: { ...c.details, venue: 'Hall' } }, baseRevision: 0 });
    const after = statSync(path);
    // A new inode means the old file was replaced whole by rename, never rewritten in place.
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o600);
  });
});
