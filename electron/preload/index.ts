// The sandboxed preload, bundled to dist/electron/preload.cjs. It may only import types from shared/
// (the layer table), so the channel and global names are repeated here; a unit test checks they
// equal shared/api/bridge.ts.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

export const preloadInvokeChannel = 'focal:invoke';
export const preloadBridgeGlobal = 'focal';

// The arrow keeps ipcRenderer itself (and its event object) out of the window's reach.
contextBridge.exposeInMainWorld(
  preloadBridgeGlobal,
  createBridge((method, input) => ipcRenderer.invoke(preloadInvokeChannel, method, input)),
);
