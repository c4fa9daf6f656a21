import { join } from 'node:path';

/** Where everything lives inside the data folder. File names never hold conference content. */
export function dataPaths(dataDir: string) {
  return {
    dataDir,
    conferences: join(dataDir, 'conferences'),
    quarantine: join(dataDir, 'quarantine'),
    /** The minute-taker's laptop: each conference as it stood when it last left a live session (issue #17). */
    sessionBases: join(dataDir, 'session-bases'),
    /** Store names (conf adds ".json"). */
    indexName: 'index',
    settingsName: 'settings',
  };
}
export type DataPaths = ReturnType<typeof dataPaths>;

export const STORE_EXT = '.json';

/**
 * Temp files left when a process dies between writing and renaming: our write path's
 * `.<12 hex>.partial`, and conf's (atomically's) `.tmp-…` from versions that wrote through it.
 */
export const TEMP_FILE = /(\.tmp-\d{10}[0-9a-f]{6}|\.[0-9a-f]{12}\.partial)$/;

/** The data folder's lock: which process may write (see dataLock.ts). */
export const LOCK_FILE = 'chairside.lock';
