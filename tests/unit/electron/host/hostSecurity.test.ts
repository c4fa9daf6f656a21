import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../../../../electron/host/startHost';

// The browser host is reachable by anything on this machine: only our own page, with the
// per-run secret, may call; the family secret opens only the family stream.
let host: RunningHost;
let dataDir: string;
let staticDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'chairside-host-'));
  staticDir = mkdtempSync(join(tmpdir(), 'chairside-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(staticDir, 'family.html'), '<!doctype html><title>f</title>');
  host = await startHost({ dataDir, staticDir, appVersion: 'test', port: 0, bodyLimitBytes: 1_000_000 });
});
afterAll(async () => {
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(staticDir, { recursive: true, force: true });
});

function send(path: string, opts: { method?: string; secret?: string; body?: string; hostHeader?: string; origin?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: opts.method ?? 'POST', headers: { 'content-type': 'application/json', ...(opts.secret ? { 'x-chairside-secret': opts.secret } : {}), ...(opts.hostHeader ? { host: opts.hostHeader } : {}), ...(opts.origin ? { origin: opts.origin } : {}) } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        // Event streams never end: the headers are enough.
        if (String(res.headers['content-type']).startsWith('text/event-stream')) {
          resolve({ status: res.statusCode ?? 0, body: '', headers: res.headers });
          req.destroy();
        }
      },
    );
    req.on('error', reject);
    req.end(opts.body ?? (opts.method === 'GET' ? undefined : '{}'));
  });
}

const create = JSON.stringify({ details: { kind: 'initial', date: '2026-11-23', familyName: 'Quillfeather' } });

describe('browser host', () => {
  it('answers our page with the secret', async () => {
    const r = await send('/api/chairside:app.info', { secret: host.secrets.chair });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { host: 'browser' } });
  });

  it('refuses calls without the secret, with the family secret, or from another site, and writes nothing', async () => {
    expect((await send('/api/chairside:conference.create', { body: create })).status).toBe(403);
    expect((await send('/api/chairside:conference.create', { body: create, secret: host.secrets.family })).status).toBe(403);
    expect((await send('/api/chairside:conference.create', { body: create, secret: host.secrets.chair, origin: 'https://evil.example' })).status).toBe(403);
    expect((await send('/api/chairside:conference.create', { body: create, secret: host.secrets.chair, hostHeader: 'evil.example' })).status).toBe(403);
    const conferences = join(dataDir, 'conferences');
    expect(readdirSyncSafe(conferences)).toEqual([]);
  });

  it('refuses unknown channels and oversized bodies with a clear error', async () => {
    const unknown = await send('/api/chairside:fs.readFile', { secret: host.secrets.chair });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    const big = await send('/api/chairside:settings.update', { secret: host.secrets.chair, body: JSON.stringify({ localAuthority: 'x'.repeat(2_000_000) }) });
    expect(big.status).toBe(413);
  });

  it('opens the family stream only with the family secret, and the chair stream only with the chair secret', async () => {
    expect((await send('/family-events', { method: 'GET' })).status).toBe(403);
    expect((await send('/family-events', { method: 'GET', secret: host.secrets.chair })).status).toBe(403);
    expect((await send('/family-events', { method: 'GET', secret: host.secrets.family })).status).toBe(200);
    expect((await send('/events', { method: 'GET', secret: host.secrets.family })).status).toBe(403);
  });

  it('sends a strict content security policy with the page', async () => {
    const page = await send('/index.html', { method: 'GET' });
    expect(String(page.headers['content-security-policy'])).toMatch(/default-src 'none'; script-src 'self'/);
    expect(page.headers['x-frame-options']).toBe('DENY');
  });
});

function readdirSyncSafe(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
}
