import type { Delivery as DeliveryResult } from '../../shared/ipc';

export interface DeliveredFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Hands exported files to the user. Electron: the system save dialog (main keeps the path; the
 * renderer never sees it). Browser host: a one-time download link. Services only call this.
 */
export interface Delivery {
  /**
   * One file, e.g. a PDF. `delivered` runs once the file has really reached the user: straight
   * after it is written (Electron), or when the download is fetched (browser host), which may be
   * later or never. The export's audit entry and "exported" status are written there, not before.
   */
  saveFile(file: DeliveredFile, filter: { name: string; extensions: string[] }, delivered?: Delivered): Promise<DeliveryResult>;
  /** Several files as one package: a folder in Electron, a zip download in the browser host. */
  saveFolder(folderName: string, files: DeliveredFile[], delivered?: Delivered): Promise<DeliveryResult>;
}

/** What to record once a file has reached the user. */
export type Delivered = () => Promise<void>;
