import { statSync } from 'node:fs';
import { z } from 'zod';
import { sha256, signedBytes } from './archivePackage';
import { checkChain, recordDigest, type ChainEntry } from '../audit/auditChain';
import { keyFingerprint, signatureValid } from '../audit/installationKey';
import { MAX_ENTRIES, PackageRefused, readPackageFolder, readPackageZip, readZipFile, unsafeName } from './packageReader';

export interface ArchiveCheck {
  /** 'ok': every file matches; 'damaged': something differs; 'unreadable': not a package we can read. */
  outcome: 'ok' | 'damaged' | 'unreadable';
  /** One sentence a person can act on. */
  summary: string;
  /** What differs, a line per file. */
  problems: string[];
}

/**
 * name → bytes for every file in a package: a folder (walked through every sub-folder), or a zip
 * holding one folder, names relative to it. Throws PackageRefused with a sentence for anything a
 * Chairside package never holds: links, unsafe or duplicate names, too many or too large files.
 */
export function readArchivePackage(path: string): Map<string, Uint8Array> {
  if (statSync(path).isDirectory()) return readPackageFolder(path);
  return readPackageZip(readZipFile(path));
}

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** What verify relies on in manifest.json; anything else in it is ignored. */
const ManifestShape = z.object({
  format: z.literal('chairside-archive'),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(200),
  createdAt: z.string().max(200),
  conference: z.object({ kind: z.string().max(200), date: z.string().max(200), revision: z.number().int().min(0).optional() }),
  files: z.array(z.object({ name: z.string().min(1).max(400), sha256: Sha256, bytes: z.number().int().min(0), document: z.string().max(40).optional() })).max(MAX_ENTRIES),
  auditChain: z.object({ file: z.string().max(400), entries: z.number().int().min(0), head: Sha256 }).optional(),
  signature: z.object({ algorithm: z.literal('Ed25519'), publicKey: z.string().max(200), keyFingerprint: z.string().max(100), value: z.string().max(200) }).optional(),
});
type CheckedManifest = z.infer<typeof ManifestShape>;

const ChainShape = z.array(
  z.object({
    seq: z.number().int(),
    at: z.string().max(100),
    kind: z.enum(['save', 'decision', 'export']),
    revision: z.number().int().min(0),
    digest: Sha256,
    detail: z.string().max(200).optional(),
    prev: Sha256,
    hash: Sha256,
  }),
);

/** How strictly to check who made the package. */
export interface VerifyOptions {
  /** Accept a package without a signature (made before Chairside signed its packages). */
  allowUnsigned?: boolean;
  /** The installation key's fingerprint the package must be signed with (spaces ignored). */
  expectKey?: string;
}

/**
 * The signature, the audit chain and the record against the chain. Answers the problems, or
 * the sentence to add to an OK summary.
 */
function checkProvenance(manifest: CheckedManifest, raw: Record<string, unknown>, files: Map<string, Uint8Array>, options: VerifyOptions): { problems: string[]; note: string } {
  const sig = manifest.signature;
  if (!sig) {
    if (options.allowUnsigned) return { problems: [], note: ' It is not signed, so this shows only that the files match the manifest, not who made them.' };
    return { problems: ['not signed: the manifest carries no signature, so nothing shows Chairside made it (a package made before Chairside signed its packages can be checked with --allow-unsigned)'], note: '' };
  }
  const fingerprint = keyFingerprint(sig.publicKey);
  if (fingerprint !== sig.keyFingerprint) return { problems: ['signature: the key fingerprint in the manifest is not that of its key'], note: '' };
  if (options.expectKey && options.expectKey.replace(/\s+/g, '').toLowerCase() !== fingerprint.replace(/\s+/g, '')) {
    return { problems: [`signature: signed by the installation key ${fingerprint}, not the one expected`], note: '' };
  }
  if (!signatureValid(sig.publicKey, signedBytes(raw), sig.value)) {
    return { problems: ['signature: the manifest was changed after it was signed (a file replaced and its checksum recomputed, for example)'], note: '' };
  }
  const chainInfo = manifest.auditChain;
  if (!chainInfo) return { problems: ['audit chain: the signed manifest names no audit chain'], note: '' };
  const chainBytes = files.get(chainInfo.file);
  let chain: ChainEntry[];
  try {
    chain = ChainShape.parse(JSON.parse(new TextDecoder().decode(chainBytes))) as ChainEntry[];
  } catch {
    return { problems: ['audit chain: its file is missing or cannot be read'], note: '' };
  }
  const checked = checkChain(chain);
  if (!checked.ok) return { problems: [`audit chain: ${checked.problem}`], note: '' };
  if (checked.head !== chainInfo.head || chain.length !== chainInfo.entries) return { problems: ['audit chain: it is not the chain the manifest was signed with'], note: '' };
  const revision = manifest.conference.revision;
  const lastSave = [...chain].reverse().find((e) => e.kind === 'save');
  const recordEntry = manifest.files.find((f) => f.document === 'record');
  if (!lastSave || !recordEntry || lastSave.revision !== revision) return { problems: [`audit chain: it does not end with the save of revision ${revision ?? '(none named)'} the package was made from`], note: '' };
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(new TextDecoder().decode(files.get(recordEntry.name))) as Record<string, unknown>;
  } catch {
    return { problems: [`${recordEntry.name}: cannot be read as JSON`], note: '' };
  }
  if (recordDigest(record) !== lastSave.digest) return { problems: [`${recordEntry.name}: differs from the save of revision ${revision} recorded in audit entry ${lastSave.seq}`], note: '' };
  return { problems: [], note: ` Signed by the installation key ${fingerprint}; its audit chain of ${chain.length} entries is intact and ends with this record.` };
}

/** Checks a package's files against its manifest: present, same size, same SHA-256, nothing extra. */
export function checkArchiveFiles(files: Map<string, Uint8Array>, options: VerifyOptions = {}): ArchiveCheck {
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) return unreadable('There is no manifest.json: this is not a Chairside archive package.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch {
    return unreadable('manifest.json is not valid JSON, so the package cannot be checked.');
  }
  const shape = ManifestShape.safeParse(parsed);
  if (!shape.success) return unreadable('manifest.json is not a Chairside manifest (a field is missing or has the wrong form), so the package cannot be checked.');
  const manifest = shape.data;
  // A manifest listing nothing would make any folder "match": it proves nothing.
  if (!manifest.files.length) return unreadable('manifest.json lists no files, so it proves nothing about the package.');
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    const why = unsafeName(entry.name);
    if (why) return unreadable(`manifest.json lists ${why}: ${entry.name}. Chairside never writes such names.`);
    if (entry.name === 'manifest.json') return unreadable('manifest.json lists itself, which Chairside never does.');
    if (listed.has(entry.name)) return unreadable(`manifest.json lists ${entry.name} twice; one entry could hide the other.`);
    listed.add(entry.name);
  }

  const problems: string[] = [];
  for (const entry of manifest.files) {
    const bytes = files.get(entry.name);
    if (!bytes) problems.push(`missing: ${entry.name}`);
    else if (bytes.byteLength !== entry.bytes) problems.push(`wrong size: ${entry.name} (${bytes.byteLength} bytes, the manifest says ${entry.bytes})`);
    else if (sha256(bytes) !== entry.sha256) problems.push(`changed: ${entry.name} (its checksum differs from the manifest)`);
  }
  for (const name of files.keys()) if (name !== 'manifest.json' && !listed.has(name)) problems.push(`not in the manifest: ${name}`);
  if (problems.length) return { outcome: 'damaged', summary: `${problems.length} of the package's files do not match its manifest.`, problems };
  const provenance = checkProvenance(manifest, parsed as Record<string, unknown>, files, options);
  if (provenance.problems.length) return { outcome: 'damaged', summary: 'The files match the manifest, but the package cannot be shown to be as Chairside made it.', problems: provenance.problems };
  const c = manifest.conference;
  const revision = c.revision === undefined ? '' : `, save ${c.revision}`;
  return {
    outcome: 'ok',
    summary: `${manifest.files.length} files match the manifest (conference ${c.kind} ${c.date}${revision}, made by Chairside ${manifest.appVersion} at ${manifest.createdAt}).${provenance.note}`,
    problems: [],
  };
}

const unreadable = (summary: string): ArchiveCheck => ({ outcome: 'unreadable', summary, problems: [] });

/** Reads and checks the package at `path`; a package that cannot be read is reported, never thrown. */
export function verifyArchivePackage(path: string, options: VerifyOptions = {}): ArchiveCheck {
  let files: Map<string, Uint8Array>;
  try {
    files = readArchivePackage(path);
  } catch (err) {
    if (err instanceof PackageRefused) return unreadable(`It was not checked: ${err.message}`);
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is nothing at that path' : code === 'EACCES' || code === 'EPERM' ? 'this user may not read it' : code === 'EISDIR' ? 'it is a folder that cannot be read' : 'it could not be read';
    return unreadable(`It cannot be read: ${why}.`);
  }
  try {
    return checkArchiveFiles(files, options);
  } catch {
    // Nothing above should throw; if it does, the answer is still a sentence and exit code 2.
    return unreadable('It could not be checked: something in it is not as a Chairside package is.');
  }
}

/**
 * Text from a package (names, versions, dates) as it may be printed: control characters, escape
 * sequences and direction overrides are shown as \u{…}, so a crafted package cannot move the
 * cursor, colour the terminal, reorder a line or print a fake "OK" over the real answer.
 */
export function printable(text: string, max = 300): string {
  const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}

/** The verify command's output and exit code: 0 intact, 1 damaged, 2 unreadable. */
export function describeArchiveCheck(path: string, check: ArchiveCheck): { text: string; exitCode: number } {
  const head = check.outcome === 'ok' ? 'OK' : check.outcome === 'damaged' ? 'NOT OK' : 'CANNOT CHECK';
  const shown = check.problems.slice(0, 50);
  const more = check.problems.length > shown.length ? [`  … and ${check.problems.length - shown.length} more`] : [];
  const text = [`${head}: ${printable(check.summary, 600)}`, `  package: ${printable(path)}`, ...shown.map((p) => `  - ${printable(p)}`), ...more].join('\n');
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
  const keyAt = argv.indexOf('--key');
  const expectKey = keyAt >= 0 ? argv[keyAt + 1] : undefined;
  if (!target || target.startsWith('--') || (keyAt >= 0 && !expectKey)) {
    print('Usage: Chairside --verify-archive <archive folder or .zip> [--key "<installation key fingerprint>"] [--allow-unsigned]', true);
    return 2;
  }
  const { text, exitCode } = describeArchiveCheck(target, verifyArchivePackage(target, { allowUnsigned: argv.includes('--allow-unsigned'), expectKey }));
  print(text, exitCode === 2);
  return exitCode;
}
