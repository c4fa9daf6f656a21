import type { BrowserWindow } from 'electron';
import { CHAIR_EVENT_CHANNELS, FAMILY_EVENT_CHANNELS } from '../shared/ipc';
import type { EventSink } from './services/events';
import type { ElectronFamilyWindow } from './familyWindow';

/** Chair events go to the chair's window only; family screens go to the family window only. */
export function createElectronEvents(chairWindow: () => BrowserWindow | null, family: ElectronFamilyWindow): EventSink {
  return {
    chair(event, payload) {
      const win = chairWindow();
      if (win && !win.isDestroyed()) win.webContents.send(CHAIR_EVENT_CHANNELS[event], payload);
    },
    family(screen) {
      family.send(FAMILY_EVENT_CHANNELS.familyScreen, screen);
    },
  };
}
