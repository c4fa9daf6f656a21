import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createExportHandlers } from '../../../../../electron/services/export/exportHandlers';
import { createDownloadDelivery } from '../../../../../electron/services/export/downloadDelivery';
import type { ConferenceReader } from '../../../../../electron/services/repository';
import type { Conference } from '../../../../../shared/model';
import { unzipSync } from 'fflate';
import { richConference } from '../../../../fixtures/richConference';
import { testAudit } from './auditFixture';

const VERIFY = resolve(import.meta.dirname, '../../../../../scripts/verify-archive.ts');

function fakeRepository(c: Conference) {
  const audit: Conference['audit'] = [];
  const repository: ConferenceReader = {
    load: async () => c,
    onSaved: () => () => undefined,
    appendAudit: async (_id, entry) => void audit.push(entry),
  };
  return { repository, audit };
}

function verify(path: string): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', VERIFY, path], { encoding: 'utf8' }) };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

describe('archive package', () => {
  it('holds four PDFs, the record and a manifest that the verify command confirms, and is audited', async () => {
    const c = richConference();
    const { repository, audit } = fakeRepository(c);
    const downloads = createDownloadDelivery();
    const handlers = createExportHandlers({ repository, delivery: downloads.delivery, appVersion: '9.9.9', audit: testAudit(c).audit });
    const result = await handlers.exportArchive({ id: c.id });
    expect(result.kind).toBe('download');
    if (result.kind !== 'download') return;
    expect(result.fileName).toBe('2026-11-23_ICPC_Nowak_archive_all_v1.zip');
    const file = downloads.take(result.url.split('/').pop()!)!;
    expect(downloads.take(result.url.split('/').pop()!)).toBeUndefined(); // one use only
    expect(audit).toHaveLength(0); // taken, not yet sent
    file.sent();
    await new Promise((r) => setTimeout(r, 0));
    const dir = mkdtempSync(join(tmpdir(), 'chairside-archive-'));
    try {
      const zip = join(dir, file.name);
      writeFileSync(zip, file.bytes);
      const ok = verify(zip);
      expect(ok.code).toBe(0);
      expect(ok.out).toMatch(/^OK: 6 files match the manifest/);
      expect(ok.out).toMatch(/Signed by the installation key [0-9a-f ]+; its audit chain of \d+ entries is intact/);
      // Each PDF names the chain's head in its metadata, as the manifest does.
      const files = unzipSync(file.bytes);
      const manifest = JSON.parse(new TextDecoder().decode(Object.entries(files).find(([n]) => n.endsWith('manifest.json'))![1])) as { auditChain: { head: string } };
      const pdfs = Object.entries(files).filter(([n]) => n.endsWith('.pdf'));
      expect(pdfs).toHaveLength(4);
      for (const [, pdf] of pdfs) expect(Buffer.from(pdf).toString('latin1')).toContain(`Chairside audit chain ${manifest.auditChain.head}`);
      // Change one byte of the package: the verify command must notice.
      const damaged = Buffer.from(file.bytes);
      const at = damaged.indexOf(Buffer.from('%PDF')) + 200;
      damaged[at] = damaged[at]! ^ 0xff;
      writeFileSync(zip, damaged);
      expect(verify(zip).code).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(audit).toHaveLength(1);
    expect(audit[0]!.what).toBe('archive');
    expect(audit[0]!.files.map((f) => f.name)).toEqual(expect.arrayContaining(['2026-11-23_ICPC_Nowak_minutes_full_v1.pdf', '2026-11-23_ICPC_Nowak_plan_family_v1.pdf']));
  });

  it('a single document export is delivered once and recorded in the audit log with its checksum', async () => {
    const c = richConference();
    const { repository, audit } = fakeRepository(c);
    const downloads = createDownloadDelivery();
    const handlers = createExportHandlers({ repository, delivery: downloads.delivery, appVersion: '9.9.9' });
    const result = await handlers.exportDocument({ id: c.id, document: 'plan', audience: 'family' });
    expect(result.kind).toBe('download');
    if (result.kind !== 'download') return;
    downloads.take(result.url.split('/').pop()!)!.sent();
    await new Promise((r) => setTimeout(r, 0));
    expect(audit[0]).toMatchObject({ what: 'plan', audience: 'family', version: 1 });
    expect(audit[0]!.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
