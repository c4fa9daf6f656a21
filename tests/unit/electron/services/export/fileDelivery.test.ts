import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileDelivery } from '../../../../../electron/services/export/fileDelivery';
import { createExportHandlers } from '../../../../../electron/services/export/exportHandlers';
import { verifyArchiveCommand } from '../../../../../electron/services/export/verifyArchive';
import { AppFailure } from '../../../../../electron/services/appFailure';
import type { ConferenceReader } from '../../../../../electron/services/repository';
import type { Conference } from '../../../../../shared/model';
import { richConference } from '../../../../fixtures/richConference';
import { testAudit } from './auditFixture';

// The desktop app's exports without Electron: the dialogs are stand-ins that answer a folder of
// our choosing (or cancel); everything after the dialog is the code the app runs.
function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-save-'));
  const c = richConference();
  const audit: Conference['audit'] = [];
  const repository: ConferenceReader = { load: async () => c, onSaved: () => () => undefined, appendAudit: async (_id, e) => void audit.push(e) };
  let answer: string | null = dir;
  const delivery = createFileDelivery({ chooseFile: async (name) => (answer ? join(answer, name) : null), chooseFolder: async () => answer });
  const handlers = createExportHandlers({ repository, delivery, appVersion: '9.9.9', audit: testAudit(c).audit });
  return { dir, c, audit, handlers, answer: (a: string | null) => (answer = a), done: () => rmSync(dir, { recursive: true, force: true }) };
}

const verify = (path: string) => {
  const out: string[] = [];
  const code = verifyArchiveCommand(['--verify-archive', path], (text) => out.push(text));
  return { code, out: out.join('\n') };
};

describe('saving exports where the user chose (desktop)', () => {
  it('saves a PDF under its file name and records it; a cancelled dialog saves and records nothing', async () => {
    const t = setUp();
    try {
      const saved = await t.handlers.exportDocument({ id: t.c.id, document: 'plan', audience: 'family' });
      expect(saved).toMatchObject({ kind: 'saved', fileNames: ['2026-11-23_ICPC_Nowak_plan_family_v1.pdf'] });
      expect(readFileSync(join(t.dir, '2026-11-23_ICPC_Nowak_plan_family_v1.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      expect(t.audit).toHaveLength(1);
      t.answer(null);
      expect(await t.handlers.exportDocument({ id: t.c.id, document: 'plan', audience: 'full' })).toEqual({ kind: 'cancelled' });
      expect(t.audit).toHaveLength(1);
      expect(readdirSync(t.dir)).toEqual(['2026-11-23_ICPC_Nowak_plan_family_v1.pdf']);
    } finally {
      t.done();
    }
  });

  it('writes an archive package into a new folder each time, checked against its manifest; the verify command finds any change', async () => {
    const t = setUp();
    try {
      const first = await t.handlers.exportArchive({ id: t.c.id });
      const second = await t.handlers.exportArchive({ id: t.c.id });
      expect(first.kind).toBe('saved');
      expect(second.kind).toBe('saved');
      const folders = readdirSync(t.dir).sort();
      expect(folders).toEqual(['2026-11-23_ICPC_Nowak_archive_all_v1', '2026-11-23_ICPC_Nowak_archive_all_v1 (2)']);
      const folder = join(t.dir, folders[0]!);
      expect(readdirSync(folder)).toHaveLength(7); // four PDFs, the record, the audit chain, the manifest
      expect(readdirSync(folder).some((n) => n.includes('.partial'))).toBe(false);
      expect(verify(folder)).toMatchObject({ code: 0 });
      expect(verify(folder).out).toMatch(/^OK: 6 files match the manifest/);

      const pdf = join(folder, readdirSync(folder).find((n) => n.endsWith('.pdf'))!);
      const bytes = readFileSync(pdf);
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 40) ^ 0x01, bytes.length - 40);
      writeFileSync(pdf, bytes);
      expect(verify(folder).code).toBe(1);
      expect(verify(folder).out).toMatch(/changed: .*\.pdf/);
      rmSync(pdf);
      expect(verify(folder).out).toMatch(/missing: .*\.pdf/);
      writeFileSync(join(folder, 'extra.txt'), 'x');
      expect(verify(folder).out).toMatch(/not in the manifest: extra.txt/);
      expect(verify(join(t.dir, 'nothing-here')).code).toBe(2);
      expect(verifyArchiveCommand(['--verify-archive'], () => undefined)).toBe(2);
      expect(verifyArchiveCommand(['--other'], () => undefined)).toBeNull();
    } finally {
      t.done();
    }
  });

  it('says in words why a place cannot be written, without its path, and records nothing', async () => {
    const t = setUp();
    try {
      const blocker = join(t.dir, 'a-file');
      writeFileSync(blocker, 'not a folder');
      t.answer(join(blocker, 'inside')); // a "folder" under a file: no system lets us write there
      const attempt = t.handlers.exportDocument({ id: t.c.id, document: 'minutes', audience: 'full' });
      await expect(attempt).rejects.toBeInstanceOf(AppFailure);
      await expect(attempt).rejects.toMatchObject({ code: 'storage', message: expect.stringMatching(/could not be saved: .*choose another place/) });
      await expect(attempt).rejects.not.toMatchObject({ message: expect.stringContaining(t.dir) });
      await expect(t.handlers.exportArchive({ id: t.c.id })).rejects.toMatchObject({ code: 'storage' });
      expect(t.audit).toHaveLength(0);
      expect(existsSync(join(blocker, 'inside'))).toBe(false);
    } finally {
      t.done();
    }
  });
});
