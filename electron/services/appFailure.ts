import type { ErrorCode } from '../../shared/ipc';

/**
 * Thrown by services for failures the user should read; anything else becomes 'internal'. Its own
 * module, below both the services and the handlers, so a service need not import the handler
 * layer (they formed a loop through handlers/types.ts).
 */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
