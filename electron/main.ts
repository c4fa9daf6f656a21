import { app, BrowserWindow, Menu, safeStorage, dialog } from 'electron';
import ElectronStore from 'electron-store';
import { join } from 'node:path';
import { createApp, type App } from './services/createApp';
import { SafeStorageKeyProvider } from './services/keys/safeStorageKeyProvider';
import { createSecureWindow, registerAppScheme, serveAppScheme } from './windows';
import { installSecurityGuards } from './security';
import { bindIpc } from './ipc';
import { buildMenu } from './menu';
import { ElectronFamilyWindow } from './familyWindow';
import { createElectronEvents } from './electronEvents';
import { createDialogDelivery } from './dialogDelivery';
import { verifyArchiveCommand } from './services/export/verifyArchive';
import { recordUnexpectedErrors } from './services/unexpectedErrors';
import { listenHostFor } from './services/collab/lanAddress';

// The thin Electron shell: lifecycle, one chair window, the family window, and quitting only
// after the chair's work is saved. Everything else is in electron/services (plain Node).

// Electron takes the app's scheme only before it is ready.
registerAppScheme();

let chair: BrowserWindow | null = null;
let services: App | null = null;
let quitting = false;

// `Chairside --verify-archive <folder or .zip>`: business support check an archive package
// against its manifest without opening a window (no data, no keys involved).
const verifyExit = verifyArchiveCommand(process.argv, (text, isError) => (isError ? console.error : console.log)(text));
if (verifyExit !== null) {
  app.exit(verifyExit);
} else if (!app.requestSingleInstanceLock()) {
  // A second copy would write the same files: hand over to the first and leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (chair) {
      if (chair.isMinimized()) chair.restore();
      chair.focus();
    }
  });
  app.whenReady().then(start, (err) => {
    dialog.showErrorBox('Chairside could not start', String(err));
    app.exit(1);
  });
}

function start(): void {
  recordUnexpectedErrors(process, join(app.getPath('logs'), 'unexpected-errors.log'));
  installSecurityGuards();
  serveAppScheme();
  const dataDir = app.getPath('userData');
  const family = new ElectronFamilyWindow();
  const events = createElectronEvents(() => chair, family);
  services = createApp({
    dataDir: join(dataDir, 'data'),
    // safeStorage can be asked only once the app is ready.
    keyProvider: new SafeStorageKeyProvider(safeStorage, join(dataDir, 'data', 'data-key.json')),
    delivery: createDialogDelivery(() => chair),
    familyWindow: family,
    events,
    appVersion: app.getVersion(),
    host: 'electron',
    createStore: (options) => new ElectronStore(options as never) as never,
    collabListenHost: listenHostFor(process.argv),
  });
  bindIpc(services.dispatch, () => chair);
  Menu.setApplicationMenu(
    buildMenu({
      toggleFamilyFullScreen: () => family.toggleFullScreen(),
      // Through the contract's push event; the chair's page decides how to show Settings.
      openSettings: () => {
        if (chair && !chair.isDestroyed()) chair.focus();
        events.chair('openSettings', {});
      },
    }),
  );
  openChairWindow();
  app.on('activate', () => {
    if (!chair) openChairWindow();
  });
}

function openChairWindow(): void {
  chair = createSecureWindow({ page: 'index.html', preload: 'preload.cjs', title: 'Chairside', width: 1366, height: 768 });
  chair.on('close', (event) => {
    if (quitting) return;
    // Ask the page to save, then close for real.
    event.preventDefault();
    void saveThen(() => {
      quitting = true;
      app.quit();
    });
  });
  chair.on('closed', () => {
    chair = null;
  });
}

async function saveThen(next: () => void): Promise<void> {
  const unsaved = await services?.requestFlush().then(
    (r) => r.unsaved,
    () => null,
  );
  // A session with a minute-taker's app: save what it holds and stop listening before quitting.
  await services?.collab.close().catch(() => undefined);
  // Edits that could not be saved are the chair's to give up, never the app's.
  if (unsaved && chair && !chair.isDestroyed()) {
    const { response } = await dialog.showMessageBox(chair, {
      type: 'warning',
      buttons: ['Stay', 'Quit without them'],
      defaultId: 0,
      cancelId: 0,
      message: 'Your latest changes could not be saved',
      detail: `${unsaved}\n\nIf you quit now, they are lost. Stay to copy them somewhere safe, or to reload the saved version yourself.`,
    });
    if (response === 0) return;
  }
  next();
}

app.on('before-quit', (event) => {
  if (quitting || !services) return;
  event.preventDefault();
  void saveThen(() => {
    quitting = true;
    app.quit();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
