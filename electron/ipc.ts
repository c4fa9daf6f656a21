import { ipcMain, type BrowserWindow } from 'electron';
import type { Dispatch } from './services/dispatch';
import { ipcHandlers, type ChairWindowFacts } from './guardDecisions';
import { pageUrl } from './appScheme';

/**
 * Binds every call of the contract to ipcMain. A call is answered only when it comes from the
 * main frame of the chair's window showing our own chairside://chair/index.html (the check is isTrustedSender in
 * ./guardDecisions.ts); then the shared dispatcher parses the input and runs the service. The
 * family window's preload has no way to call, and a call from it would be refused here too.
 */
export function bindIpc(dispatch: Dispatch, chairWindow: () => BrowserWindow | null): void {
  const chair = (): ChairWindowFacts | null => {
    const win = chairWindow();
    if (!win || win.isDestroyed()) return null;
    const { mainFrame } = win.webContents;
    return { webContentsId: win.webContents.id, mainFrame: { processId: mainFrame.processId, routingId: mainFrame.routingId } };
  };
  for (const { channel, handle } of ipcHandlers(dispatch, chair, pageUrl('index.html'))) {
    ipcMain.handle(channel, (event, input: unknown) => handle(event, input));
  }
}
