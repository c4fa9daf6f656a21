import { contextBridge, ipcRenderer } from 'electron';
import { chairBridge } from './preloadBridges';

// The chair window's whole bridge (built and tested in ./preloadBridges.ts): one named function
// per call of the contract, and a subscription per known event that returns its unsubscribe.
// No channel can be named freely, and ipcRenderer itself never reaches the page.
contextBridge.exposeInMainWorld('chairside', chairBridge(ipcRenderer));
