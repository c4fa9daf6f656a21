import { dialog, type BrowserWindow } from 'electron';
import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './services/storage/atomicWrite';
import type { Delivery } from './services/delivery';

/**
 * Exports in the desktop app: the system save dialog picks where; main writes the file and keeps
 * the path to itself. The renderer only ever learns the file names.
 */
export function createDialogDelivery(parent: () => BrowserWindow | null): Delivery {
  return {
    async saveFile(file, filter) {
      const win = parent();
      const options = { defaultPath: file.name, filters: [filter], properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { kind: 'cancelled' };
      writeFileAtomic(choice.filePath, file.bytes);
      return { kind: 'saved', fileNames: [file.name] };
    },
    async saveFolder(folderName, files) {
      const win = parent();
      const options = { title: 'Choose where to save the archive package', properties: ['openDirectory' as const, 'createDirectory' as const] };
      const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const base = choice.filePaths[0];
      if (choice.canceled || !base) return { kind: 'cancelled' };
      let folder = join(base, folderName);
      for (let n = 2; existsSync(folder); n++) folder = join(base, `${folderName} (${n})`);
      mkdirSync(folder, { recursive: true });
      for (const f of files) writeFileAtomic(join(folder, f.name), f.bytes);
      return { kind: 'saved', fileNames: files.map((f) => f.name) };
    },
  };
}
