import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { SECURITY_HEADERS } from '../../shared/security/contentSecurityPolicy';
import type { EventHub } from './eventHub';
import { familyAssetPaths } from '../services/familyAssets';
import { hasSecret, isOurHost, isOurOriginOrNone } from './requestGuards';
import { notFound, serveStatic } from './staticFiles';

export interface FamilyServerOptions {
  staticDir: string;
  familySecret: string;
  /** The header the family page sends its secret in (the same name the chair's page uses). */
  secretHeader: string;
  familyEvents: EventHub;
  /** Read after listen(); the Host and Origin checks need it. */
  port(): number;
}

/**
 * The family screen's own origin: a second port on 127.0.0.1 that serves the family page, its
 * assets and the family's event stream, and nothing else. Being another origin, the family tab
 * shares no storage with the chair's page and cannot script it; having no API, it can ask the
 * host for nothing, whatever secret it holds.
 */
export function createFamilyServer(options: FamilyServerOptions): Server {
  let allowed: Set<string> | undefined;
  const assets = () => (allowed ??= familyAssetPaths(options.staticDir));

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const port = options.port();
    if (!isOurHost(req, port)) return text(res, 403, 'This address is not served here.');
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') return text(res, 405, 'The family screen only shows; it accepts nothing.');
    const path = new URL(req.url ?? '/', `http://127.0.0.1:${port}`).pathname;
    if (path === '/family-events') {
      if (!isOurOriginOrNone(req, port) || !hasSecret(req, options.secretHeader, options.familySecret)) return text(res, 403, 'Forbidden.');
      return options.familyEvents.attach(res);
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return notFound(res);
    }
    if (!assets().has(decoded)) return notFound(res);
    serveStatic(options.staticDir, decoded, res, method === 'HEAD');
  }

  return createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      console.error('Family screen request failed', err);
      if (!res.headersSent) text(res, 500, 'The family screen could not be served.');
      else res.end();
    }
  });
}

function text(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(message);
}
