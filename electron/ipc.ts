import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { pathToFileURL } from 'node:url';
import { calls } from '../shared/ipc';
import { fail } from '../shared/ipc';
import type { Dispatch } from './services/dispatch';
import { rendererFile } from './windows';

/**
 * Binds every call of the contract to ipcMain. A call is answered only when it comes from the
 * main frame of the chair's window showing our own index.html; then the shared dispatcher
 * parses the input and runs the service. The family window's preload has no way to call.
 */
export function bindIpc(dispatch: Dispatch, chairWindow: () => BrowserWindow | null): void {
  const ours = pathToFileURL(rendererFile('index.html')).toString();
  const trusted = (event: IpcMainInvokeEvent): boolean => {
    const win = chairWindow();
    const frame = event.senderFrame;
    if (!win || !frame || event.sender !== win.webContents || frame !== win.webContents.mainFrame) return false;
    try {
      const url = new URL(frame.url);
      url.hash = '';
      url.search = '';
      return url.toString() === ours;
    } catch {
      return false;
    }
  };
  for (const { channel } of Object.values(calls)) {
    ipcMain.handle(channel, (event, input: unknown) => (trusted(event) ? dispatch(channel, input) : fail('forbidden', 'This window may not make that request.')));
  }
}
