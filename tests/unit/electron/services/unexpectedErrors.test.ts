import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordUnexpectedErrors } from '../../../../electron/services/unexpectedErrors';

describe('unexpected errors in the desktop app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-errors-'));
  afterEach(() => vi.restoreAllMocks());

  it('are recorded in the log and on stderr, and the app carries on', () => {
    const emitter = new EventEmitter();
    const proc = emitter as unknown as NodeJS.Process;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = join(dir, 'logs', 'unexpected-errors.log');
    const stop = recordUnexpectedErrors(proc, log, () => new Date('2026-12-03T10:00:00Z'));
    emitter.emit('uncaughtException', new Error('index write failed in its timer'));
    emitter.emit('unhandledRejection', 'a promise nobody awaited');
    const text = readFileSync(log, 'utf8');
    expect(text).toContain('2026-12-03T10:00:00.000Z an unexpected error: Error: index write failed in its timer');
    expect(text).toContain('an unexpected rejected promise: a promise nobody awaited');
    expect(errors).toHaveBeenCalledTimes(2);
    stop();
    expect(emitter.listenerCount('uncaughtException')).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
