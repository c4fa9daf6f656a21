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
  /** One file, e.g. a PDF. */
  saveFile(file: DeliveredFile, filter: { name: string; extensions: string[] }): Promise<DeliveryResult>;
  /** Several files as one package: a folder in Electron, a zip download in the browser host. */
  saveFolder(folderName: string, files: DeliveredFile[]): Promise<DeliveryResult>;
}
