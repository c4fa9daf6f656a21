import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
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
  writeFileSync(join(staticDir, 'family.html'), '<!doctype html><title>f</title><script type="module" src="./assets/family-1.js"></script><link rel="stylesheet" href="./assets/family-1.css">');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'family-1.js'), 'import "./shared-1.js";');
  writeFileSync(join(staticDir, 'assets', 'shared-1.js'), 'export const x = 1;');
  writeFileSync(join(staticDir, 'assets', 'family-1.css'), 'body{}');
  writeFileSync(join(staticDir, 'assets', 'index-1.js'), 'chair bundle');
  writeFileSync(join(staticDir, 'assets', 'index-1.js.map'), '{"sources":[]}');
  host = await startHost({ dataDir, staticDir, appVersion: 'test', port: 0, bodyLimitBytes: 1_000_000 });
});
afterAll(async () => {
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(staticDir, { recursive: true, force: true });
});

function send(path: string, opts: { method?: string; secret?: string; body?: string; hostHeader?: string; origin?: string; port?: number } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: opts.port ?? host.port, path, method: opts.method ?? 'POST', headers: { 'content-type': 'application/json', ...(opts.secret ? { 'x-chairside-secret': opts.secret } : {}), ...(opts.hostHeader ? { host: opts.hostHeader } : {}), ...(opts.origin ? { origin: opts.origin } : {}) } },
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
    const family = { method: 'GET', port: host.familyPort };
    expect((await send('/family-events', family)).status).toBe(403);
    expect((await send('/family-events', { ...family, secret: host.secrets.chair })).status).toBe(403);
    expect((await send('/family-events', { ...family, secret: host.secrets.family })).status).toBe(200);
    expect((await send('/events', { method: 'GET', secret: host.secrets.family })).status).toBe(403);
  });

  it('serves the family screen on its own origin, never on the chair\'s', async () => {
    expect(host.familyPort).not.toBe(host.port);
    expect(host.familyUrl.startsWith(`${host.familyOrigin}/family.html#f=`)).toBe(true);
    expect(new URL(host.familyUrl).origin).not.toBe(new URL(host.url).origin);
    // On the chair's origin: no family page, no family stream (with any secret).
    expect((await send('/assets/index-1.js', { method: 'GET' })).status).toBe(200);
    for (const path of ['/family.html', '/%66amily.html', '/family.html/', '/%2ffamily.html', '/assets/../family.html', '/assets/index-1.js.map']) {
      expect((await send(path, { method: 'GET' })).status, path).toBe(404);
    }
    expect((await send('/family-events', { method: 'GET', secret: host.secrets.family })).status).toBe(404);
    expect((await send('/family-events', { method: 'GET', secret: host.secrets.chair })).status).toBe(404);
  });

  it('the family origin serves the family page and its own assets only: no chair page, no API, no chair events, no downloads', async () => {
    const get = (path: string, extra: { secret?: string; method?: string } = {}) => send(path, { method: 'GET', port: host.familyPort, ...extra });
    expect((await get('/family.html')).status).toBe(200);
    expect((await get('/assets/family-1.js')).status).toBe(200);
    expect((await get('/assets/shared-1.js')).status).toBe(200); // imported by the family script
    expect((await get('/assets/family-1.css')).status).toBe(200);
    for (const path of ['/', '/index.html', '/assets/index-1.js', '/events', '/download/anything', '/api/chairside:conference.list', '/%2e%2e/index.html', '/assets/../index.html']) {
      const r = await get(path, { secret: host.secrets.chair });
      expect([403, 404], path).toContain(r.status);
    }
    for (const secret of [host.secrets.family, host.secrets.chair]) {
      const r = await send('/api/chairside:conference.create', { port: host.familyPort, body: create, secret });
      expect(r.status).toBe(405);
    }
    expect(readdirSyncSafe(join(dataDir, 'conferences'))).toEqual([]);
  });

  it('prints an address with a one-time code, never the chair secret, and the code opens one session only', async () => {
    expect(host.url).not.toContain(host.secrets.chair);
    const code = new URLSearchParams(new URL(host.url).hash.slice(1)).get('c')!;
    expect(code).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const trade = (c: string, extra: { origin?: string; method?: string } = {}) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: host.port, path: '/session', method: extra.method ?? 'POST', headers: { 'x-chairside-launch': c, ...(extra.origin ? { origin: extra.origin } : {}) } }, (res) => {
          let body = '';
          res.on('data', (b) => (body += b));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    // From the family's origin the code is spent and refused.
    const stolen = new URLSearchParams(new URL(host.chairUrl()).hash.slice(1)).get('c')!;
    expect((await trade(stolen, { origin: host.familyOrigin })).status).toBe(403);
    expect((await trade(code, { method: 'GET' })).status).toBe(405);
    const first = await trade(code);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ ok: true, value: { secret: host.secrets.chair } });
    // Found later in a browser's history: worthless.
    const again = await trade(code);
    expect(again.status).toBe(403);
    expect(JSON.parse(again.body).error.message).toMatch(/used already or has expired/);
    expect((await trade('x'.repeat(32))).status).toBe(403);
  });

  it('refuses chair calls and the chair stream from the family origin, even holding the chair secret', async () => {
    const fromFamily = { secret: host.secrets.chair, origin: host.familyOrigin };
    expect((await send('/api/chairside:conference.create', { ...fromFamily, body: create })).status).toBe(403);
    expect((await send('/api/chairside:conference.list', fromFamily)).status).toBe(403);
    expect((await send('/events', { ...fromFamily, method: 'GET' })).status).toBe(403);
    expect((await send('/api/chairside:conference.list', { secret: host.secrets.family, origin: host.familyOrigin })).status).toBe(403);
    expect(readdirSyncSafe(join(dataDir, 'conferences'))).toEqual([]);
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
