import { randomBytes } from 'node:crypto';
import { zipSync } from 'fflate';
import type { Delivered, Delivery } from '../delivery';

const LIFETIME_MS = 5 * 60_000;

interface Waiting {
  name: string;
  bytes: Uint8Array;
  contentType: string;
  expires: number;
  delivered?: Delivered;
}

/** A file handed to the download route: `sent` is to be called once its bytes have gone out. */
export interface TakenDownload {
  name: string;
  bytes: Uint8Array;
  contentType: string;
  sent(): void;
}

/**
 * The browser host's way to hand over an export: the bytes wait under a random, single-use
 * token for a few minutes, and the chair's page fetches /download/<token>. No path is involved.
 * The export counts as delivered (audit entry, "exported" status) only when the download has
 * been sent; one never fetched leaves no trace but expires.
 */
export function createDownloadDelivery(now: () => number = Date.now, onError: (err: unknown) => void = (err) => console.error('Recording a download failed', err)) {
  const waiting = new Map<string, Waiting>();
  const put = (name: string, bytes: Uint8Array, contentType: string, delivered?: Delivered) => {
    for (const [t, w] of waiting) if (w.expires < now()) waiting.delete(t);
    const token = randomBytes(24).toString('base64url');
    waiting.set(token, { name, bytes, contentType, expires: now() + LIFETIME_MS, delivered });
    return { kind: 'download' as const, fileName: name, url: `/download/${token}` };
  };
  const live = (token: string) => {
    const w = waiting.get(token);
    if (!w) return undefined;
    if (w.expires < now()) {
      waiting.delete(token);
      return undefined;
    }
    return w;
  };
  const delivery: Delivery = {
    async saveFile(file, _filter, delivered) {
      return put(file.name, file.bytes, file.name.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream', delivered);
    },
    async saveFolder(folderName, files, delivered) {
      const zip = zipSync(Object.fromEntries(files.map((f) => [`${folderName}/${f.name}`, f.bytes])), { level: 6 });
      return put(`${folderName}.zip`, zip, 'application/zip', delivered);
    },
  };
  return {
    delivery,
    /** The file's name, type and size without using the token up (a HEAD request). */
    peek(token: string): { name: string; contentType: string; bytes: number } | undefined {
      const w = live(token);
      return w && { name: w.name, contentType: w.contentType, bytes: w.bytes.byteLength };
    },
    /** The file, once: the token is forgotten. Call `sent()` when the response has gone out. */
    take(token: string): TakenDownload | undefined {
      const w = live(token);
      waiting.delete(token);
      if (!w) return undefined;
      let recorded = false;
      return {
        name: w.name,
        bytes: w.bytes,
        contentType: w.contentType,
        sent: () => {
          if (recorded || !w.delivered) return;
          recorded = true;
          w.delivered().catch(onError);
        },
      };
    },
  };
}
