/*
 * The app's own pages come from chairside://chair/ and chairside://family/, not file://.
 * A file:// page may read any file:// URL on the machine, and loading our pages from inside
 * app.asar over file:// needs Electron's GrantFileProtocolExtraPrivileges fuse left on (its
 * asar-aware file loader is behind it). A custom scheme lets that fuse be off, gives each window
 * its own origin (the family window cannot share storage with the chair's), and serves only
 * the files listed below. Plain functions, no `electron` import: windows.ts does the serving.
 */

export const APP_SCHEME = 'chairside';

export type AppPage = 'index.html' | 'family.html';

/** Each page on its own host, so the chair's and the family's windows are different origins. */
const PAGE_HOSTS: Record<AppPage, string> = { 'index.html': 'chair', 'family.html': 'family' };

export function pageUrl(page: AppPage): string {
  return `${APP_SCHEME}://${PAGE_HOSTS[page]}/${page}`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // Module scripts are refused unless served as JavaScript.
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/**
 * The file under dist/renderer a request may have, with its content type, or null. Each host
 * serves its own page and the built assets (one flat folder, as vite writes it); nothing else,
 * and no path that could climb out of the folder (encoded dots, backslashes, NUL, source maps).
 * `familyAssets`: the family host serves only these (`/assets/…`, the files family.html names
 * and imports: electron/services/familyAssets.ts), so the family's window cannot fetch the
 * chair's bundle, as in the browser host.
 */
export function appFileFor(url: string, familyAssets?: ReadonlySet<string>): { path: string; contentType: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.username || parsed.password || parsed.port) return null;
  // Chromium lower-cases the host of a standard scheme; Node's URL keeps it as written.
  const host = parsed.hostname.toLowerCase();
  const page = (Object.keys(PAGE_HOSTS) as AppPage[]).find((p) => PAGE_HOSTS[p] === host);
  if (!page) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const asset = /^\/assets\/([A-Za-z0-9_][A-Za-z0-9_.-]*)$/.exec(path)?.[1];
  // An asset name has no slash or backslash, so it cannot leave the assets folder.
  const relative = path === `/${page}` ? page : asset ? `assets/${asset}` : null;
  if (!relative) return null;
  if (page === 'family.html' && asset && familyAssets && !familyAssets.has(`/assets/${asset}`)) return null;
  const contentType = TYPES[/\.[a-z0-9]+$/.exec(relative)?.[0] ?? ''];
  return contentType ? { path: relative, contentType } : null;
}
