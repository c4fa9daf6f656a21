import { dialog, type BrowserWindow } from 'electron';
import { createFileDelivery } from './services/export/fileDelivery';
import type { Delivery } from './services/delivery';

/**
 * Exports in the desktop app: the system dialogs pick where, and the file delivery (plain Node,
 * tested without Electron) writes there and keeps the path in main.
 */
export function createDialogDelivery(parent: () => BrowserWindow | null): Delivery {
  return createFileDelivery({
    async chooseFile(defaultName, filter) {
      const win = parent();
      const options = { defaultPath: defaultName, filters: [filter], properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    async chooseFolder() {
      const win = parent();
      const options = { title: 'Choose where to save the archive package', properties: ['openDirectory' as const, 'createDirectory' as const] };
      const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return choice.canceled || !choice.filePaths[0] ? null : choice.filePaths[0];
    },
  });
}
