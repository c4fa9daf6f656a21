import { describe, expect, it } from 'vitest';
import { request, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { createExportHandlers } from '../../../../../electron/services/export/exportHandlers';
import { createDownloadDelivery } from '../../../../../electron/services/export/downloadDelivery';
import { createHostServer, type HostServerOptions } from '../../../../../electron/host/hostServer';
import { EventHub } from '../../../../../electron/host/eventHub';
import type { ConferenceReader } from '../../../../../electron/services/repository';
import type { Conference } from '../../../../../shared/model';
import { richConference } from '../../../../fixtures/richConference';
import { testAudit } from './auditFixture';

const tick = () => new Promise((r) => setTimeout(r, 10));

/** A repository whose stored record changes after every load, as if the chair saved between awaits. */
function savingRepository(c: Conference) {
  const audit: Conference['audit'] = [];
  let loads = 0;
  let stored = structuredClone(c);
  const repository: ConferenceReader = {
    load: async () => {
      loads++;
      const now = structuredClone(stored);
      // A save lands straight after this load: the next load sees a newer revision.
      stored = { ...structuredClone(stored), revision: stored.revision + 1, details: { ...stored.details, venue: `Room ${stored.revision + 1}` } };
      return now;
    },
    onSaved: () => () => undefined,
    appendAudit: async (_id, entry) => void audit.push(entry),
  };
  return { repository, audit, loads: () => loads };
}

const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('an export is made from one snapshot and recorded when delivered', () => {
  it('builds an archive package from one load: the manifest names the revision the record and every document were made from', async () => {
    const c = { ...richConference(), revision: 7 };
    const { repository, loads } = savingRepository(c);
    const downloads = createDownloadDelivery();
    const handlers = createExportHandlers({ repository, delivery: downloads.delivery, appVersion: '9.9.9' });
    const result = await handlers.exportArchive({ id: c.id });
    if (result.kind !== 'download') throw new Error('expected a download');
    // Before: the record was loaded once per PDF and again for the record (five loads).
    expect(loads()).toBe(1);
    const files = unzipSync(downloads.take(result.url.split('/').pop()!)!.bytes);
    const byEnd = (end: string) => Object.entries(files).find(([n]) => n.endsWith(end))![1];
    const manifest = JSON.parse(textOf(byEnd('manifest.json'))) as { conference: { revision: number } };
    const record = JSON.parse(textOf(byEnd('_record.json'))) as Conference;
    expect(manifest.conference.revision).toBe(7);
    expect(record.revision).toBe(7);
    expect(record.details.venue).toBe(c.details.venue);
  });

  it('writes no audit entry and no "exported" status for a download that is never fetched', async () => {
    const c = richConference();
    const { repository, audit } = savingRepository(c);
    const downloads = createDownloadDelivery();
    const handlers = createExportHandlers({ repository, delivery: downloads.delivery, appVersion: '9.9.9' });
    // Six exports offered, none downloaded: before, six audit entries and the status "exported".
    for (let i = 0; i < 3; i++) {
      await handlers.exportDocument({ id: c.id, document: 'minutes', audience: 'full' });
      await handlers.exportDocument({ id: c.id, document: 'plan', audience: 'family' });
    }
    await tick();
    expect(audit).toHaveLength(0);
  });

  it('a HEAD request does not use up a one-time download or count as delivered; the GET does, once', async () => {
    const c = richConference();
    const { repository, audit } = savingRepository(c);
    const downloads = createDownloadDelivery();
    const handlers = createExportHandlers({ repository, delivery: downloads.delivery, appVersion: '9.9.9' });
    const result = await handlers.exportDocument({ id: c.id, document: 'plan', audience: 'full' });
    if (result.kind !== 'download') throw new Error('expected a download');
    const dir = mkdtempSync(join(tmpdir(), 'chairside-host-'));
    let port = 0;
    // Only the download route is used here; the rest of the options are stand-ins (launch codes
    // for the chair's page, should the server's options ask for them, are never redeemed).
    const options = { dispatch: async () => ({ ok: true, value: null }) as never, staticDir: dir, chairSecret: 's', launchCodes: { redeem: () => false }, chairEvents: new EventHub(false), downloads, port: () => port };
    const server: Server = createHostServer(options as unknown as HostServerOptions);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as { port: number }).port;
    const fetchIt = (method: string) =>
      new Promise<{ status: number; length: string | undefined; body: Buffer }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: result.url, method, headers: { host: `127.0.0.1:${port}` } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () => resolve({ status: res.statusCode!, length: res.headers['content-length'], body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      const head = await fetchIt('HEAD');
      expect(head.status).toBe(200);
      await tick();
      expect(audit).toHaveLength(0);
      const get = await fetchIt('GET');
      expect(get.status).toBe(200);
      expect(get.body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(String(get.body.length)).toBe(head.length);
      await tick();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ what: 'plan', audience: 'full' });
      expect((await fetchIt('GET')).status).toBe(404);
      expect((await fetchIt('HEAD')).status).toBe(404);
      expect(audit).toHaveLength(1);
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the record JSON carries the census category codes and the plan’s start and end dates', async () => {
    const c = richConference();
    c.decisions = [
      { childId: 'amy', outcome: 'cp-plan', categories: ['neglect', 'emotional'], categoryReason: 'Both apply', reasons: 'Worried' },
      { childId: 'ben', outcome: 'cp-plan', categories: ['physical'], reasons: 'Worried' },
    ];
    const { repository } = savingRepository(c);
    const downloads = createDownloadDelivery();
    const handlers = createExportHandlers({ repository, delivery: downloads.delivery, appVersion: '9.9.9' });
    const result = await handlers.exportArchive({ id: c.id });
    if (result.kind !== 'download') throw new Error('expected a download');
    const files = unzipSync(downloads.take(result.url.split('/').pop()!)!.bytes);
    const record = JSON.parse(textOf(Object.entries(files).find(([n]) => n.endsWith('_record.json'))![1])) as { census: { children: unknown[] } };
    expect(record.census.children).toEqual([
      { childId: 'amy', name: 'Zofia Nowak-Świątek', outcome: 'cp-plan', categoryCodes: ['NEG', 'EMO'], censusCategory: 'MUL', planStartDate: '2026-11-23', planEndDate: null },
      { childId: 'ben', name: 'ليلى حداد', outcome: 'cp-plan', categoryCodes: ['PHY'], censusCategory: 'PHY', planStartDate: '2026-11-23', planEndDate: null },
    ]);
  });

  it('refuses, in words, to make an archive package from a damaged audit chain', async () => {
    const c = richConference();
    const { repository } = savingRepository(c);
    const { chain, audit } = testAudit(c);
    chain.recordSave({ ...c, revision: c.revision });
    const stored = chain.read(c.id);
    stored[0]!.digest = 'f'.repeat(64);
    chain.upTo = () => stored;
    const handlers = createExportHandlers({ repository, delivery: createDownloadDelivery().delivery, appVersion: '9.9.9', audit: { ...audit, chain } });
    await expect(handlers.exportArchive({ id: c.id })).rejects.toThrow(/the audit chain Chairside keeps for this conference is damaged \(audit entry 1 .* does not match its own hash/);
  });
});
