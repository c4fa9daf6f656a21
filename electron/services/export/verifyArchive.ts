import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { sha256, type Manifest } from './archivePackage';

export interface ArchiveCheck {
  /** 'ok': every file matches; 'damaged': something differs; 'unreadable': not a package we can read. */
  outcome: 'ok' | 'damaged' | 'unreadable';
  /** One sentence a person can act on. */
  summary: string;
  /** What differs, a line per file. */
  problems: string[];
}

/** name → bytes for every file in a package: a folder, or a zip holding one folder. */
export function readArchivePackage(path: string): Map<string, Uint8Array> {
  if (statSync(path).isDirectory()) {
    return new Map(readdirSync(path, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => [e.name, readFileSync(join(path, e.name))]));
  }
  const entries = unzipSync(readFileSync(path));
  return new Map(Object.entries(entries).filter(([n]) => !n.endsWith('/')).map(([n, b]) => [basename(n), b]));
}

/** Checks a package's files against its manifest: present, same size, same SHA-256, nothing extra. */
export function checkArchiveFiles(files: Map<string, Uint8Array>): ArchiveCheck {
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) return { outcome: 'unreadable', summary: 'There is no manifest.json: this is not a Chairside archive package.', problems: [] };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as Manifest;
    if (manifest.format !== 'chairside-archive' || !Array.isArray(manifest.files)) throw new Error('not ours');
  } catch {
    return { outcome: 'unreadable', summary: 'manifest.json cannot be read as a Chairside manifest.', problems: [] };
  }
  const problems: string[] = [];
  for (const entry of manifest.files) {
    const bytes = files.get(entry.name);
    if (!bytes) problems.push(`missing: ${entry.name}`);
    else if (bytes.byteLength !== entry.bytes) problems.push(`wrong size: ${entry.name} (${bytes.byteLength} bytes, the manifest says ${entry.bytes})`);
    else if (sha256(bytes) !== entry.sha256) problems.push(`changed: ${entry.name} (its checksum differs from the manifest)`);
  }
  const listed = new Set([...manifest.files.map((f) => f.name), 'manifest.json']);
  for (const name of files.keys()) if (!listed.has(name)) problems.push(`not in the manifest: ${name}`);
  if (problems.length) return { outcome: 'damaged', summary: `${problems.length} of the package's files do not match its manifest.`, problems };
  const c = manifest.conference;
  return {
    outcome: 'ok',
    summary: `${manifest.files.length} files match the manifest (conference ${c.kind} ${c.date}, made by Chairside ${manifest.appVersion} at ${manifest.createdAt}).`,
    problems: [],
  };
}

/** Reads and checks the package at `path`; a package that cannot be read is reported, not thrown. */
export function verifyArchivePackage(path: string): ArchiveCheck {
  let files: Map<string, Uint8Array>;
  try {
    files = readArchivePackage(path);
  } catch (err) {
    return { outcome: 'unreadable', summary: `It cannot be read: ${(err as Error).message}`, problems: [] };
  }
  return checkArchiveFiles(files);
}

/** The verify command's output and exit code: 0 intact, 1 damaged, 2 unreadable. */
export function describeArchiveCheck(path: string, check: ArchiveCheck): { text: string; exitCode: number } {
  const head = check.outcome === 'ok' ? 'OK' : check.outcome === 'damaged' ? 'NOT OK' : 'CANNOT CHECK';
  const text = [`${head}: ${check.summary}`, `  package: ${path}`, ...check.problems.map((p) => `  - ${p}`)].join('\n');
  return { text, exitCode: check.outcome === 'ok' ? 0 : check.outcome === 'damaged' ? 1 : 2 };
}

/**
 * `--verify-archive <folder or .zip>` among the command-line arguments: checks the package,
 * prints the result and returns the exit code. null when the command was not asked for. Used by
 * the desktop app (Chairside --verify-archive …) and `npm run verify-archive`.
 */
export function verifyArchiveCommand(argv: readonly string[], print: (text: string, isError: boolean) => void): number | null {
  const at = argv.indexOf('--verify-archive');
  if (at < 0) return null;
  const target = argv[at + 1];
  if (!target) {
    print('Usage: Chairside --verify-archive <archive folder or .zip>', true);
    return 2;
  }
  const { text, exitCode } = describeArchiveCheck(target, verifyArchivePackage(target));
  print(text, exitCode === 2);
  return exitCode;
}
