import type { ChairEvents } from '../../shared/ipc';
import type { FamilyScreen } from '../../shared/family/familyView';

/**
 * How services push to windows, whatever the transport (Electron webContents.send, or the
 * browser host's server-sent events). The family channel carries only FamilyScreen values.
 */
export interface EventSink {
  chair<E extends keyof ChairEvents>(event: E, payload: ChairEvents[E]): void;
  family(screen: FamilyScreen): void;
}
