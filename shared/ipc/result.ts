import { z } from 'zod';

export const ERROR_CODES = [
  'invalid-input', // the input failed its schema
  'unknown-call', // no such channel
  'forbidden', // wrong sender, bad secret
  'not-found',
  'stale', // a save based on an older revision than the stored one
  'read-only', // the record is newer than this app, or otherwise locked
  'storage', // the disk or the key store failed
  'disk-full', // the disk has no room: nothing was saved, the edits are still on screen
  'needs-consent', // weak key protection not yet accepted
  'cancelled', // the user closed a dialog
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** A sentence the user can read. */
  message: string;
}

/**
 * An error as it crosses from main: the code is one of ours, so the renderer decides by code
 * (a stale save is a conflict with another window; a full disk or a read-only folder is not),
 * never by the words of the message, which are for the user and may change.
 */
export const AppErrorSchema = z.strictObject({ code: z.enum(ERROR_CODES), message: z.string() });

/** What main sent as an error, checked: anything not in the contract is an 'internal' error, with its words kept where there are some. */
export function readAppError(value: unknown): AppError {
  const parsed = AppErrorSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = (value as { message?: unknown } | null)?.message;
  return { code: 'internal', message: typeof message === 'string' && message.trim() ? message : 'Chairside gave an answer it could not read.' };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
