import { contextBridge, ipcRenderer } from 'electron';
import { familyBridge } from './preloadBridges';

// The family window can receive what the family may see, and nothing else: no calls at all
// (./preloadBridges.ts builds it; main refuses any call from this window as well).
contextBridge.exposeInMainWorld('chairsideFamily', familyBridge(ipcRenderer));
