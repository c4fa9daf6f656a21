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

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
