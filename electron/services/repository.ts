import type { Conference } from '../../shared/model';

/**
 * What other services (family screen, export) need from storage. Implemented by the
 * conference repository in ./storage.
 */
export interface ConferenceReader {
  /** The stored conference; throws AppFailure('not-found') if there is none. */
  load(id: string): Promise<Conference>;
  /** Called after every accepted save (and after create), with the stored record. */
  onSaved(listener: (conference: Conference) => void): () => void;
  /** Record an export in the conference's audit log (a save of its own, not through the renderer's revision). */
  appendAudit(id: string, entry: Conference['audit'][number]): Promise<void>;
}
