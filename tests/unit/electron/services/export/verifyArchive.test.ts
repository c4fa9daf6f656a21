import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { archiveFiles, signedBytes } from '../../../../../electron/services/export/archivePackage';
import { installationSigner, type InstallationSigner } from '../../../../../electron/services/audit/installationKey';
import { testAudit } from './auditFixture';
import { describeArchiveCheck, verifyArchivePackage } from '../../../../../electron/services/export/verifyArchive';
import { richConference } from '../../../../fixtures/richConference';

// Every package here is made in the test, as an attacker or a damaged disk would make it. The
// exit codes are the documented ones (README, "Exports and archive packages"): 0 intact, 1 a
// file differs from the manifest, 2 not a package that can be read or one refused unread.

const VERIFY = resolve(import.meta.dirname, '../../../../../scripts/verify-archive.ts');
const encode = (s: string) => new TextEncoder().encode(s);

interface RawEntry {
  name: string;
  data: Uint8Array;
  /** 8: deflate; 0 (default): stored. */
  method?: 0 | 8;
  /** The inflated size the zip claims, when it should lie. */
  declaredSize?: number;
  /** Unix mode, e.g. 0o120777 for a symbolic link. */
  mode?: number;
  /** The name in the local header, when it should differ from the central directory's. */
  localName?: string;
}

/** A zip written byte by byte, so it can hold what no zip library would write. */
function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = e.method === 8 ? deflateRawSync(e.data) : Buffer.from(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const localName = Buffer.from(e.localName ?? e.name, 'utf8');
    const size = e.declaredSize ?? e.data.byteLength;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.method ?? 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    locals.push(local, localName, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(e.method ?? 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + localName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const { signer } = testAudit(richConference());

/** A real package's files (two small "PDFs", the record, the audit chain and the signed manifest). */
function realPackage(): { name: string; bytes: Uint8Array }[] {
  const c = richConference();
  const docs = [
    { name: 'minutes_full.pdf', bytes: encode('%PDF-1.7 minutes'), document: 'minutes' as const, audience: 'full' as const },
    { name: 'plan_family.pdf', bytes: encode('%PDF-1.7 plan'), document: 'plan' as const, audience: 'family' as const },
  ];
  const { chain } = testAudit(c);
  return archiveFiles(c, docs, 'record.json', '9.9.9', new Date('2026-11-24T09:30:00Z'), { chain: chain.upTo(c.id, c.revision), signer }).files;
}

/** The manifest signed again, as someone holding a key (ours or their own) could. */
function resigned(manifest: Record<string, unknown>, by: InstallationSigner = signer): Record<string, unknown> {
  const { signature: _old, ...rest } = manifest;
  return { ...rest, signature: { algorithm: 'Ed25519', publicKey: by.publicKey, keyFingerprint: by.fingerprint, value: by.sign(signedBytes(rest)) } };
}

function manifestOf(files: { name: string; bytes: Uint8Array }[]): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(files.find((f) => f.name === 'manifest.json')!.bytes)) as Record<string, unknown>;
}

function withManifest(files: { name: string; bytes: Uint8Array }[], manifest: unknown): { name: string; bytes: Uint8Array }[] {
  return files.map((f) => (f.name === 'manifest.json' ? { name: f.name, bytes: typeof manifest === 'string' ? encode(manifest) : encode(JSON.stringify(manifest)) } : f));
}

function inTemp<T>(use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-verify-'));
  try {
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The exit code and printed text, as the command gives them. */
function check(path: string): { code: number; text: string } {
  const { text, exitCode } = describeArchiveCheck(path, verifyArchivePackage(path));
  return { code: exitCode, text };
}

function checkZip(zip: Uint8Array): { code: number; text: string } {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'package.zip'), zip);
    return check(join(dir, 'package.zip'));
  });
}

const asZip = (files: { name: string; bytes: Uint8Array }[], folder = 'pkg') => zipSync(Object.fromEntries(files.map((f) => [`${folder}/${f.name}`, f.bytes])));

describe('verify-archive refuses crafted packages', () => {
  it('passes an intact package, as a zip and as a folder (exit 0)', () => {
    const files = realPackage();
    expect(checkZip(asZip(files))).toMatchObject({ code: 0 });
    inTemp((dir) => {
      for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
      expect(check(dir)).toMatchObject({ code: 0 });
    });
  });

  it('finds a forged file hidden behind a duplicate name or a ../ entry in a zip (exit 2, not read)', () => {
    const files = realPackage();
    const entries: RawEntry[] = files.map((f) => ({ name: `pkg/${f.name}`, data: f.bytes }));
    const duplicate = checkZip(rawZip([...entries, { name: 'pkg/minutes_full.pdf', data: encode('%PDF forged') }]));
    expect(duplicate.code).toBe(2);
    expect(duplicate.text).toMatch(/two entries named pkg\/minutes_full\.pdf/);
    // Before: every name was cut to its last part, so pkg/../minutes_full.pdf replaced the real one.
    const climbing = checkZip(rawZip([...entries.filter((e) => !e.name.endsWith('minutes_full.pdf')), { name: 'pkg/../minutes_full.pdf', data: files[0]!.bytes }, entries[0]!]));
    expect(climbing.code).toBe(2);
    expect(climbing.text).toMatch(/climbs out of the package/);
  });

  it('refuses absolute names, backslashes, links and two disagreeing lists of files in a zip (exit 2)', () => {
    const files = realPackage();
    const entries: RawEntry[] = files.map((f) => ({ name: `pkg/${f.name}`, data: f.bytes }));
    expect(checkZip(rawZip([...entries, { name: '/etc/cron.d/x', data: encode('x') }])).text).toMatch(/absolute path/);
    expect(checkZip(rawZip([...entries, { name: 'pkg\\..\\x', data: encode('x') }])).text).toMatch(/backslash/);
    expect(checkZip(rawZip([...entries, { name: 'pkg/link', data: encode('/etc/passwd'), mode: 0o120777 }])).text).toMatch(/symbolic link/);
    expect(checkZip(rawZip([...entries.slice(1), { ...entries[0]!, localName: 'pkg/other.pdf' }])).text).toMatch(/two lists of files disagree/);
    for (const name of ['/etc/cron.d/x', 'pkg\\..\\x']) expect(checkZip(rawZip([...entries, { name, data: encode('x') }])).code).toBe(2);
  });

  it('refuses a zip bomb before inflating it: too many entries, too large a total, or more than an entry declares (exit 2)', () => {
    const files = realPackage();
    const entries: RawEntry[] = files.map((f) => ({ name: `pkg/${f.name}`, data: f.bytes }));
    const many = checkZip(rawZip(Array.from({ length: 100 }, (_, i) => ({ name: `pkg/f${i}`, data: encode('x') }))));
    expect(many).toMatchObject({ code: 2 });
    expect(many.text).toMatch(/lists 100 entries/);
    // Three entries each claiming 1.5 GB: refused from the central directory alone.
    const huge = checkZip(rawZip([...entries, ...[1, 2, 3].map((i) => ({ name: `pkg/big${i}`, data: encode('tiny'), method: 8 as const, declaredSize: 1_500_000_000 }))]));
    expect(huge).toMatchObject({ code: 2 });
    expect(huge.text).toMatch(/zip bomb/);
    // 64 MB of zeros deflate to about 64 KB; the entry says 1 KB. Inflating stops at 1 KB.
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const start = performance.now();
    const lying = checkZip(rawZip([...entries, { name: 'pkg/bomb', data: zeros, method: 8, declaredSize: 1024 }]));
    expect(lying).toMatchObject({ code: 2 });
    expect(lying.text).toMatch(/inflates to more than the size it declares/);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('answers a malformed, empty or wrongly shaped manifest with a sentence and exit 2, never a stack trace', () => {
    const files = realPackage();
    const cases: [unknown, RegExp][] = [
      ['{"format": "chairside-archive", "files": [', /not valid JSON/],
      ['', /not valid JSON/],
      [{ ...manifestOf(files), files: [] }, /lists no files/],
      [{}, /not a Chairside manifest/],
      [{ ...manifestOf(files), files: 'all of them' }, /not a Chairside manifest/],
      [{ ...manifestOf(files), files: [{ name: '../record.json', sha256: 'a'.repeat(64), bytes: 1 }] }, /climbs out/],
      [{ ...manifestOf(files), files: [...(manifestOf(files).files as unknown[]), (manifestOf(files).files as unknown[])[0]] }, /twice/],
    ];
    for (const [manifest, why] of cases) {
      const result = checkZip(asZip(withManifest(files, manifest)));
      expect(result.code, String(why)).toBe(2);
      expect(result.text).toMatch(why);
      expect(result.text).not.toMatch(/\n\s+at /);
    }
  });

  it('the command prints a malformed manifest as a sentence with exit 2, not a stack trace with exit 1', () => {
    inTemp((dir) => {
      const files = withManifest(realPackage(), '{"format": "chairside-archive", "files": [');
      for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
      let code = 0;
      let out = '';
      try {
        execFileSync(process.execPath, ['--import', 'tsx', VERIFY, dir], { encoding: 'utf8', stdio: 'pipe' });
      } catch (err) {
        const e = err as { status: number; stdout: string; stderr: string };
        code = e.status;
        out = e.stdout + e.stderr;
      }
      expect(code).toBe(2);
      expect(out).toMatch(/^CANNOT CHECK: manifest\.json is not valid JSON/);
      expect(out).not.toMatch(/\bat .*\.ts:\d+/);
    });
  });

  it('never prints a package’s control characters or escape codes raw, so it cannot print a fake OK', () => {
    const files = realPackage();
    const manifest = manifestOf(files);
    const fake = resigned({ ...manifest, appVersion: '1\r\u001b[2KOK: all good\u001b[0m', conference: { ...(manifest.conference as object), kind: 'x\u202etxt.exe' } });
    const ok = checkZip(asZip(withManifest(files, fake)));
    expect(ok.code).toBe(0);
    expect(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/.test(ok.text)).toBe(false); // newlines only between lines
    expect(ok.text).toContain('\\u{1b}[2KOK');
    expect(ok.text).toContain('\\u{202e}');
    // A file whose name carries the codes: refused, and the name shown escaped.
    const named = checkZip(asZip([...files, { name: 'x\u001b[1A\rOK', bytes: encode('x') }]));
    expect(named.code).toBe(2);
    expect(named.text).toContain('control character in a name: pkg/x\\u{1b}[1A\\u{d}OK');
  });

  it('walks a package folder’s sub-folders (an extra file there is found) and refuses symbolic links (exits 1 and 2)', () => {
    const files = realPackage();
    inTemp((dir) => {
      for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'hidden.pdf'), encode('%PDF hidden'));
      const extra = check(dir);
      expect(extra.code).toBe(1);
      expect(extra.text).toContain('not in the manifest: sub/hidden.pdf');
      rmSync(join(dir, 'sub'), { recursive: true });
      rmSync(join(dir, 'record.json'));
      symlinkSync('/etc/hostname', join(dir, 'record.json'));
      const linked = check(dir);
      expect(linked.code).toBe(2);
      expect(linked.text).toMatch(/symbolic link \(record\.json\)/);
    });
  });

  it('still finds a changed, missing or extra file (exit 1)', () => {
    const files = realPackage();
    const changed = files.map((f) => (f.name === 'minutes_full.pdf' ? { ...f, bytes: encode('%PDF-1.7 minutez') } : f));
    expect(checkZip(asZip(changed))).toMatchObject({ code: 1 });
    expect(checkZip(asZip(files.filter((f) => f.name !== 'record.json')))).toMatchObject({ code: 1 });
  });
});

describe('verify-archive checks who made the package, not only that it is whole', () => {
  const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  /** A file replaced and the manifest's checksum for it recomputed: what passed before. */
  function forged(files: { name: string; bytes: Uint8Array }[], name: string, bytes: Uint8Array) {
    const manifest = manifestOf(files) as { files: { name: string; sha256: string; bytes: number }[] };
    const entry = manifest.files.find((f) => f.name === name)!;
    entry.sha256 = sha(bytes);
    entry.bytes = bytes.byteLength;
    return { files: withManifest(files.map((f) => (f.name === name ? { name, bytes } : f)), manifest), manifest: manifest as unknown as Record<string, unknown> };
  }

  it('refuses a forged file whose checksum was recomputed in the manifest (exit 1)', () => {
    const { files } = forged(realPackage(), 'minutes_full.pdf', encode('%PDF-1.7 forged minutes'));
    const result = checkZip(asZip(files));
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/the manifest was changed after it was signed/);
  });

  it('names the audit entry that was changed, even under a manifest signed again with the key', () => {
    const files = realPackage();
    const chain = JSON.parse(new TextDecoder().decode(files.find((f) => f.name === 'audit-chain.json')!.bytes)) as { revision: number }[];
    chain[0]!.revision = 99;
    const { files: changed, manifest } = forged(files, 'audit-chain.json', encode(JSON.stringify(chain)));
    const result = checkZip(asZip(withManifest(changed, resigned(manifest))));
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/audit entry 1 \(save, revision 99, .*\) does not match its own hash: it was changed/);
  });

  it('finds a record that differs from the last save in the chain, even under a manifest signed again', () => {
    const files = realPackage();
    const record = JSON.parse(new TextDecoder().decode(files.find((f) => f.name === 'record.json')!.bytes)) as { details: { venue: string } };
    record.details.venue = 'Somewhere else';
    const { files: changed, manifest } = forged(files, 'record.json', encode(JSON.stringify(record)));
    const result = checkZip(asZip(withManifest(changed, resigned(manifest))));
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/record\.json: differs from the save of revision \d+ recorded in audit entry 1/);
  });

  it('says which key signed it; with --key, another installation’s key is refused (exit 1)', () => {
    const other = installationSigner(new Uint8Array(32).fill(9));
    const { files, manifest } = forged(realPackage(), 'minutes_full.pdf', encode('%PDF-1.7 forged minutes'));
    inTemp((dir) => {
      writeFileSync(join(dir, 'p.zip'), asZip(withManifest(files, resigned(manifest, other))));
      const theirs = describeArchiveCheck(join(dir, 'p.zip'), verifyArchivePackage(join(dir, 'p.zip')));
      expect(theirs.exitCode).toBe(0); // a valid signature, but by a key the reader must recognise
      expect(theirs.text).toContain(other.fingerprint);
      const expected = describeArchiveCheck(join(dir, 'p.zip'), verifyArchivePackage(join(dir, 'p.zip'), { expectKey: signer.fingerprint }));
      expect(expected.exitCode).toBe(1);
      expect(expected.text).toMatch(/not the one expected/);
    });
  });

  it('refuses an unsigned package unless told it may be unsigned', () => {
    const files = realPackage();
    const { signature: _s, ...unsigned } = manifestOf(files);
    const zip = asZip(withManifest(files, unsigned));
    const strict = checkZip(zip);
    expect(strict.code).toBe(1);
    expect(strict.text).toMatch(/not signed/);
    inTemp((dir) => {
      writeFileSync(join(dir, 'p.zip'), zip);
      const lenient = describeArchiveCheck(join(dir, 'p.zip'), verifyArchivePackage(join(dir, 'p.zip'), { allowUnsigned: true }));
      expect(lenient.exitCode).toBe(0);
      expect(lenient.text).toMatch(/not signed, so this shows only that the files match/);
    });
  });
});
