import { calls, fail, ok, type CallName, type Result } from '../../shared/ipc';
import { AppFailure } from './appFailure';
import type { HandlerTable } from './handlers/types';

const byChannel = new Map<string, CallName>(Object.entries(calls).map(([name, c]) => [c.channel, name as CallName]));

export interface DispatchLog {
  error(message: string, err?: unknown): void;
}

/**
 * The one place a call from a renderer meets the services, whatever the transport (Electron IPC
 * or the browser host). Unknown channels are refused; input is parsed against the contract; a
 * handler's failure becomes a readable error and never crosses the boundary as a throw.
 * The sender check happens before this, in the transport (electron/ipc.ts, electron/host).
 */
export function createDispatcher(handlers: HandlerTable, log: DispatchLog = console) {
  return async function dispatch(channel: string, rawInput: unknown): Promise<Result<unknown>> {
    const name = byChannel.get(channel);
    if (!name) return fail('unknown-call', 'That request is not part of Chairside.');
    const parsed = calls[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      return fail('invalid-input', `The request was not valid${where}: ${issue?.message ?? 'unknown problem'}.`);
    }
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (err) {
      if (err instanceof AppFailure) return fail(err.code, err.message);
      log.error(`Call ${channel} failed`, err);
      return fail('internal', 'Something went wrong inside Chairside. Your last saved work is safe.');
    }
  };
}
export type Dispatch = ReturnType<typeof createDispatcher>;
