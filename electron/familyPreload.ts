import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { FAMILY_EVENT_CHANNELS, type FamilyApi } from '../shared/ipc';
import type { FamilyScreen } from '../shared/family/familyView';

// The family window can receive what the family may see, and nothing else: no calls at all.
const api = {
  onFamilyScreen(listener: (screen: FamilyScreen) => void): () => void {
    const wrapped = (_e: IpcRendererEvent, screen: FamilyScreen) => listener(screen);
    ipcRenderer.on(FAMILY_EVENT_CHANNELS.familyScreen, wrapped);
    return () => void ipcRenderer.removeListener(FAMILY_EVENT_CHANNELS.familyScreen, wrapped);
  },
} satisfies FamilyApi;

contextBridge.exposeInMainWorld('chairsideFamily', api);
