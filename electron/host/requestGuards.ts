import { timingSafeEqual, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** 32 random bytes, URL-safe: one per run for the chair and another for the family. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Refuses any Host header but our own loopback address: a page on another site that points its
 * own domain name at 127.0.0.1 (DNS rebinding) arrives with its own name in Host.
 */
export function isOurHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Browsers send Origin on cross-origin requests (and on POSTs); when present it must be ours. */
export function isOurOriginOrNone(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function hasSecret(req: IncomingMessage, header: string, secret: string): boolean {
  const given = req.headers[header];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a JSON body, stopping as soon as it passes the limit rather than after buffering it all. */
export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new BodyError(415, 'Chairside accepts only JSON requests.');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limitBytes) throw new BodyError(413, tooLarge(limitBytes));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new BodyError(413, tooLarge(limitBytes));
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, 'The request was not valid JSON.');
  }
}

const tooLarge = (limit: number) => `The request is larger than Chairside accepts (${Math.round(limit / 1024 / 1024)} MB).`;
