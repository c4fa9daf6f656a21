import { lstatSync, openSync, readSync, closeSync, readdirSync, fstatSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

// Reading a package someone hands us is reading untrusted input. A package Chairside writes
// holds six files in one folder, a few megabytes to a few hundred; anything far from that is
// refused before it is read, inflated or followed.

/** More entries than any package Chairside writes (six files, and a folder entry in a zip). */
export const MAX_ENTRIES = 64;
/** The sum of all files' sizes, inflated: far above the largest real package (a 10 MB record gives ~100 MB). */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
const MAX_DEPTH = 8;

/** A package that is not read, with the sentence saying why. */
export class PackageRefused extends Error {}

/**
 * A file name as a package may hold it: relative, with forward slashes, no empty, '.' or '..'
 * parts, no drive letter, backslash or control character. Answers the reason when it is not.
 */
export function unsafeName(name: string): string | undefined {
  if (!name) return 'an empty name';
  if (name.includes('\\')) return 'a backslash in a name';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'an absolute path';
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'a control character in a name';
  const parts = name.split('/');
  if (parts.some((p) => p === '..')) return 'a name that climbs out of the package (..)';
  if (parts.some((p) => p === '' || p === '.')) return 'a name with an empty or "." part';
  return undefined;
}

/** name → bytes for every file in a package folder, walked through every sub-folder; symbolic links refused. */
export function readPackageFolder(root: string): Map<string, Uint8Array> {
  const found: { name: string; path: string; size: number }[] = [];
  let total = 0;
  const walk = (dir: string, prefix: string, depth: number) => {
    if (depth > MAX_DEPTH) throw new PackageRefused(`its folders are nested more than ${MAX_DEPTH} deep, which Chairside never writes.`);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const name = prefix + entry.name;
      const path = join(dir, entry.name);
      // lstat: a link is seen as a link, never followed to what it points at.
      const info = lstatSync(path);
      if (info.isSymbolicLink()) throw new PackageRefused(`it holds a symbolic link (${name}), which Chairside never writes; a link can point at any file on this computer.`);
      if (info.isDirectory()) {
        walk(path, `${name}/`, depth + 1);
        continue;
      }
      if (!info.isFile()) throw new PackageRefused(`it holds something that is not a file or folder (${name}).`);
      if (found.length >= MAX_ENTRIES) throw new PackageRefused(`it holds more than ${MAX_ENTRIES} files, far more than a Chairside package.`);
      total += info.size;
      if (total > MAX_TOTAL_BYTES) throw new PackageRefused(`its files add up to more than ${MAX_TOTAL_BYTES / 1024 ** 3} GB, far more than a Chairside package.`);
      found.push({ name, path, size: info.size });
    }
  };
  walk(root, '', 0);
  const files = new Map<string, Uint8Array>();
  for (const f of found) files.set(f.name, readAtMost(f.path, f.size));
  return files;
}

/** A file's bytes, never more than `size` (the file may have grown since it was listed). */
function readAtMost(path: string, size: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The zip file's bytes, refused before reading when it is larger than any package could be. */
export function readZipFile(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  let size: number;
  try {
    size = fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
  if (size > MAX_TOTAL_BYTES) throw new PackageRefused(`the zip is larger than ${MAX_TOTAL_BYTES / 1024 ** 3} GB, far more than a Chairside package.`);
  return readAtMost(path, size);
}

interface CentralEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  nameBytes: Uint8Array;
}

/**
 * name → bytes for every file in a zip, the names relative to the zip's one top folder. The
 * central directory is read and checked first (entry count, names, links, encryption, declared
 * sizes and their total); only then is anything inflated, each entry into at most the size it
 * declared, so a small zip cannot make us inflate gigabytes.
 */
export function readPackageZip(zip: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => (at + 2 <= zip.length ? view.getUint16(at, true) : bad());
  const u32 = (at: number) => (at + 4 <= zip.length ? view.getUint32(at, true) : bad());
  const bad = (): never => {
    throw new PackageRefused('the zip is cut short or malformed.');
  };

  // The end-of-central-directory record: in the last 22 bytes, or up to 64 KB earlier with a comment.
  let end = -1;
  for (let at = zip.length - 22; at >= 0 && at >= zip.length - 22 - 0xffff; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new PackageRefused('it is not a zip file.');
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryAt = u32(end + 16);
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== count) throw new PackageRefused('it is a zip split over several parts, which Chairside never writes.');
  if (count === 0xffff || directoryAt === 0xffffffff || directorySize === 0xffffffff) throw new PackageRefused('it is a ZIP64 file, which Chairside never writes (its packages are far smaller).');
  if (count > MAX_ENTRIES) throw new PackageRefused(`the zip lists ${count} entries, more than the ${MAX_ENTRIES} a Chairside package could hold.`);
  if (directoryAt + directorySize > end) bad();

  const entries: CentralEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let at = directoryAt;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== 0x02014b50) bad();
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const mode = u32(at + 38) >>> 16;
    const localOffset = u32(at + 42);
    if (at + 46 + nameLength > zip.length) bad();
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder().decode(nameBytes);
    at += 46 + nameLength + extraLength + commentLength;

    const why = unsafeName(name.endsWith('/') ? name.slice(0, -1) : name);
    if (why) throw new PackageRefused(`the zip holds ${why}: ${name}. Chairside never writes such names; the package may have been tampered with.`);
    if (seen.has(name)) throw new PackageRefused(`the zip holds two entries named ${name}; one could hide the other, so neither is trusted.`);
    seen.add(name);
    if (flags & 1) throw new PackageRefused(`the zip entry ${name} is encrypted, which Chairside never does.`);
    // Unix file type in the high bits of the external attributes: 0o120000 is a symbolic link.
    if ((mode & 0o170000) === 0o120000) throw new PackageRefused(`the zip holds a symbolic link (${name}), which Chairside never writes.`);
    if (name.endsWith('/')) continue;
    if (method !== 0 && method !== 8) throw new PackageRefused(`the zip entry ${name} is compressed in a way Chairside never uses.`);
    if (method === 0 && compressedSize !== size) bad();
    total += size;
    if (total > MAX_TOTAL_BYTES) throw new PackageRefused(`its files would inflate to more than ${MAX_TOTAL_BYTES / 1024 ** 3} GB, far more than a Chairside package (a "zip bomb").`);
    entries.push({ name, method, compressedSize, size, localOffset, nameBytes });
  }

  // One top folder, as Chairside writes: names are taken relative to it, nothing else is dropped.
  const tops = new Set(entries.map((e) => (e.name.includes('/') ? e.name.slice(0, e.name.indexOf('/')) : '')));
  const strip = tops.size === 1 && !tops.has('') ? [...tops][0]!.length + 1 : 0;

  const files = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (u32(e.localOffset) !== 0x04034b50) bad();
    const localNameLength = u16(e.localOffset + 26);
    const localExtraLength = u16(e.localOffset + 28);
    const localName = zip.subarray(e.localOffset + 30, e.localOffset + 30 + localNameLength);
    // The local header must name the same file: a zip whose two lists disagree can show one
    // program one file and another program a different one.
    if (Buffer.compare(localName, e.nameBytes) !== 0) throw new PackageRefused(`the zip's two lists of files disagree about ${e.name}; the package may have been tampered with.`);
    const start = e.localOffset + 30 + localNameLength + localExtraLength;
    if (start + e.compressedSize > zip.length) bad();
    const data = zip.subarray(start, start + e.compressedSize);
    let bytes: Uint8Array;
    if (e.method === 0) bytes = data;
    else {
      try {
        // At most the declared size (and a byte, to tell "more" from "exactly").
        bytes = inflateRawSync(data, { maxOutputLength: e.size + 1 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new PackageRefused(`the zip entry ${e.name} inflates to more than the size it declares (a "zip bomb").`);
        throw new PackageRefused(`the zip entry ${e.name} cannot be inflated: it is damaged.`);
      }
      if (bytes.byteLength !== e.size) throw new PackageRefused(`the zip entry ${e.name} inflates to a different size than it declares.`);
    }
    files.set(e.name.slice(strip), bytes);
  }
  return files;
}
