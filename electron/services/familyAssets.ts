import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files the family page needs and nothing more: family.html, the scripts and styles it names,
 * and the modules those scripts import. Worked out once from the built files, so the family's
 * origin cannot be used to fetch the chair's bundle even by guessing its hashed name.
 */
export function familyAssetPaths(staticDir: string): Set<string> {
  const allowed = new Set<string>(['/family.html']);
  const queue: string[] = [];
  const add = (fromDir: string, ref: string) => {
    if (/^[a-z]+:/i.test(ref) || ref.startsWith('//') || ref.startsWith('data:')) return;
    const path = normalise(fromDir, ref);
    if (!path || allowed.has(path)) return;
    allowed.add(path);
    if (path.endsWith('.js')) queue.push(path);
  };
  const html = readFileSync(join(staticDir, 'family.html'), 'utf8');
  for (const m of html.matchAll(/\s(?:src|href)="([^"]+)"/g)) add('/', m[1]!);
  while (queue.length) {
    const path = queue.pop()!;
    let code: string;
    try {
      code = readFileSync(join(staticDir, path), 'utf8');
    } catch {
      continue; // a missing file is served as a 404 later, not guessed at now
    }
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    // Static and dynamic imports between Vite's chunks are written as relative strings.
    for (const m of code.matchAll(/["'](\.{1,2}\/[\w./-]+\.(?:js|css))["']/g)) add(dir, m[1]!);
  }
  return allowed;
}

/** `ref` resolved against `fromDir` as a URL path; null if it climbs out of the root. */
function normalise(fromDir: string, ref: string): string | null {
  const parts = (ref.startsWith('/') ? ref : fromDir + ref).split('?')[0]!.split('#')[0]!.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!out.length) return null;
      out.pop();
    } else out.push(part);
  }
  return `/${out.join('/')}`;
}
