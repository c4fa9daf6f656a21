import { createReadStream, statSync } from 'node:fs';
import { extname, join, relative as relativePath, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../../shared/security/contentSecurityPolicy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built renderer (the same files Electron loads with loadFile). Paths are resolved
 * and must stay inside the folder; anything else is a 404, never a directory listing.
 *
 * Ours, not sirv or serve-static (weighed for issue 18): the chair's port must refuse family.html
 * under any spelling, and source maps, by the file a request resolves to. Neither library lets a
 * caller refuse a resolved file: the check would run on our reading of the path and the library
 * would resolve it again its own way (sirv by default also serves /family as family.html through
 * its `extensions`), and a spelling on which the two disagree is the bypass the check exists to
 * stop. What they add (ETags, ranges, precompressed files) buys nothing on loopback.
 */
export function serveStatic(root: string, urlPath: string, res: ServerResponse, head: boolean, refuse?: (fileInRoot: string) => boolean): void {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return notFound(res);
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = resolve(join(base, relative));
  if (!file.startsWith(base + sep) || decoded.includes('\0')) return notFound(res);
  if (refuse?.(relativePath(base, file).split(sep).join('/'))) return notFound(res);
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return notFound(res);
    size = stat.size;
  } catch {
    return notFound(res);
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': String(size),
    // HTML names the hashed assets, so it must never be cached across builds.
    'cache-control': file.endsWith('.html') ? 'no-store' : 'no-cache',
  });
  if (head) {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

export function notFound(res: ServerResponse): void {
  res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}
