import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * An error escaping a timer or callback must not take the chair's session down with it: saves
 * are synchronous, so none is cut in half, and the app carries on. Each one is written to stderr
 * and to a log file in the app's own folder (never the data folder: nothing from a record is in
 * it), so it can be reported. Returns a function that stops listening.
 */
export function recordUnexpectedErrors(proc: Pick<NodeJS.Process, 'on' | 'off'>, logFile: string, now = () => new Date()): () => void {
  const record = (what: string) => (err: unknown) => {
    const text = `${now().toISOString()} ${what}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`;
    console.error(`Chairside: ${what}, recorded in ${logFile}; the app carries on.`);
    try {
      mkdirSync(dirname(logFile), { recursive: true });
      appendFileSync(logFile, text, { mode: 0o600 });
    } catch {
      // A full or read-only disk: stderr has it.
    }
  };
  const onError = record('an unexpected error');
  const onRejection = record('an unexpected rejected promise');
  proc.on('uncaughtException', onError);
  proc.on('unhandledRejection', onRejection);
  return () => {
    proc.off('uncaughtException', onError);
    proc.off('unhandledRejection', onRejection);
  };
}
