import type { z } from 'zod';
import type { Calls, CallName, CallOutput } from '../../../shared/ipc';

/** A handler gets input that has already passed the contract's schema. */
export type Handler<K extends CallName> = (input: z.output<Calls[K]['input']>) => Promise<CallOutput<K>>;
export type HandlerTable = { [K in CallName]: Handler<K> };

