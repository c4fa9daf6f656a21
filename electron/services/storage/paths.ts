import { join } from 'node:path';

/** Where everything lives inside the data folder. File names never hold conference content. */
export function dataPaths(dataDir: string) {
  return {
    dataDir,
    conferences: join(dataDir, 'conferences'),
    quarantine: join(dataDir, 'quarantine'),
    /** Store names (conf adds ".json"). */
    indexName: 'index',
    settingsName: 'settings',
  };
}
export type DataPaths = ReturnType<typeof dataPaths>;

export const STORE_EXT = '.json';

/** Temp files left by atomically when a process dies between writing and renaming. */
export const TEMP_FILE = /\.tmp-\d{10}[0-9a-f]{6}$/;
