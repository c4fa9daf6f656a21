import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fail, type Result } from '../../shared/ipc';
import type { Dispatch } from '../services/dispatch';
import { SECURITY_HEADERS } from '../../shared/security/contentSecurityPolicy';
import { EventHub } from './eventHub';
import type { LaunchCodes } from './launchCodes';
import { BodyError, hasSecret, isOurHost, isOurOriginOrNone, readJsonBody } from './requestGuards';
import { notFound, serveStatic } from './staticFiles';

/** Must match renderer/api/browserHostClient.ts. */
export const SECRET_HEADER = 'x-chairside-secret';
/** Must match renderer/api/hostSecret.ts. */
export const LAUNCH_HEADER = 'x-chairside-launch';
export const DEFAULT_BODY_LIMIT = 12 * 1024 * 1024;

export interface DownloadSource {
  /** A one-time download: returns the file once, then forgets the token; `sent` once it has gone out. */
  take(token: string): { name: string; bytes: Uint8Array; contentType?: string; sent?(): void } | undefined;
  /** What a HEAD request is told, without using the download up. */
  peek?(token: string): { name: string; bytes: number; contentType?: string } | undefined;
}

export interface HostServerOptions {
  dispatch: Dispatch;
  staticDir: string;
  chairSecret: string;
  /** One-time codes the chair's page trades for its secret (launchCodes.ts). */
  launchCodes: LaunchCodes;
  chairEvents: EventHub;
  downloads?: DownloadSource;
  bodyLimitBytes?: number;
  /** Read after listen(); the Host and Origin checks need it. */
  port(): number;
}

/**
 * The chair's HTTP surface in the browser host. Every request must name our loopback address and,
 * when the browser says where it comes from, our own origin (so the family's origin, another
 * port, is refused); API calls and the chair's events need the chair secret. Static files are
 * the built renderer, with the strict CSP. The family screen is served elsewhere: familyServer.ts.
 */
export function createHostServer(options: HostServerOptions): Server {
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const port = options.port();
    if (!isOurHost(req, port)) return text(res, 403, 'This address is not served here.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (path === '/session') {
      // The chair's page trades the one-time code from its address for the secret, once.
      if (method !== 'POST') return text(res, 405, 'Method not allowed.');
      req.resume();
      const code = req.headers[LAUNCH_HEADER];
      if (!isOurOriginOrNone(req, port) || typeof code !== 'string' || !options.launchCodes.redeem(code)) {
        return json(res, 403, fail('forbidden', 'This Chairside address has been used already or has expired. Stop Chairside and start it again to get a new one.'));
      }
      return json(res, 200, { ok: true, value: { secret: options.chairSecret } });
    }

    if (path.startsWith('/api/')) {
      if (method !== 'POST') return json(res, 405, fail('invalid-input', 'Use POST for Chairside requests.'));
      if (!isOurOriginOrNone(req, port) || !hasSecret(req, SECRET_HEADER, options.chairSecret)) {
        req.resume();
        return json(res, 403, fail('forbidden', 'This request did not come from the Chairside window.'));
      }
      let body: unknown;
      try {
        body = await readJsonBody(req, limit);
      } catch (err) {
        if (err instanceof BodyError) {
          res.setHeader('connection', 'close'); // stop reading the rest of an oversized upload
          return json(res, err.status, fail('invalid-input', err.message));
        }
        throw err;
      }
      let channel: string;
      try {
        channel = decodeURIComponent(path.slice('/api/'.length));
      } catch {
        channel = '';
      }
      const result = await options.dispatch(channel, body);
      const status = !result.ok && result.error.code === 'unknown-call' ? 404 : 200;
      return json(res, status, result);
    }

    if (method !== 'GET' && method !== 'HEAD') return text(res, 405, 'Method not allowed.');

    if (path === '/events') {
      if (!isOurOriginOrNone(req, port) || !hasSecret(req, SECRET_HEADER, options.chairSecret)) return text(res, 403, 'Forbidden.');
      return options.chairEvents.attach(res);
    }
    // The family page and its stream live on their own origin (familyServer.ts); a family page
    // served here would share the chair's origin, its storage and a scripting path to its window.
    if (path === '/family-events') return notFound(res);
    if (path.startsWith('/download/')) {
      // The token is the permission: random, single use, handed only to the chair's page. A HEAD
      // request (a browser or scanner checking the link) is answered without using it up.
      const token = path.slice('/download/'.length);
      if (method === 'HEAD') {
        const head = options.downloads?.peek?.(token);
        if (!head) return notFound(res);
        res.writeHead(200, downloadHeaders(head.name, head.contentType, head.bytes));
        return void res.end();
      }
      const file = options.downloads?.take(token);
      if (!file) return notFound(res);
      res.writeHead(200, downloadHeaders(file.name, file.contentType, file.bytes.byteLength));
      // Recorded as exported only once the whole file has been handed to the connection.
      res.on('finish', () => file.sent?.());
      return void res.end(Buffer.from(file.bytes));
    }
    // Checked on the file it resolves to, so /%66amily.html or /family.html/ cannot name it. Source
    // maps are for developers' tools, not the app: not served to a page without the secret.
    return serveStatic(options.staticDir, path, res, method === 'HEAD', (file) => file === 'family.html' || file.endsWith('.map'));
  }

  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('Browser host request failed', err);
      if (!res.headersSent) json(res, 500, fail('internal', 'Something went wrong inside Chairside. Your last saved work is safe.'));
      else res.end();
    });
  });
}

function downloadHeaders(name: string, contentType: string | undefined, bytes: number): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'content-type': contentType ?? 'application/octet-stream',
    'content-length': String(bytes),
    'content-disposition': `attachment; filename="${name.replace(/[^\w.\- ]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'cache-control': 'no-store',
  };
}

function json(res: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

function text(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(message);
}
