import { randomBytes } from 'node:crypto';
import { zipSync } from 'fflate';
import type { Delivery } from '../delivery';

const LIFETIME_MS = 5 * 60_000;

interface Waiting {
  name: string;
  bytes: Uint8Array;
  contentType: string;
  expires: number;
}

/**
 * The browser host's way to hand over an export: the bytes wait under a random, single-use
 * token for a few minutes, and the chair's page fetches /download/<token>. No path is involved.
 */
export function createDownloadDelivery(now: () => number = Date.now) {
  const waiting = new Map<string, Waiting>();
  const put = (name: string, bytes: Uint8Array, contentType: string) => {
    for (const [t, w] of waiting) if (w.expires < now()) waiting.delete(t);
    const token = randomBytes(24).toString('base64url');
    waiting.set(token, { name, bytes, contentType, expires: now() + LIFETIME_MS });
    return { kind: 'download' as const, fileName: name, url: `/download/${token}` };
  };
  const delivery: Delivery = {
    async saveFile(file) {
      return put(file.name, file.bytes, file.name.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream');
    },
    async saveFolder(folderName, files) {
      const zip = zipSync(Object.fromEntries(files.map((f) => [`${folderName}/${f.name}`, f.bytes])), { level: 6 });
      return put(`${folderName}.zip`, zip, 'application/zip');
    },
  };
  return {
    delivery,
    take(token: string) {
      const w = waiting.get(token);
      waiting.delete(token);
      if (!w || w.expires < now()) return undefined;
      return { name: w.name, bytes: w.bytes, contentType: w.contentType };
    },
  };
}
