// The sandboxed preload, bundled by esbuild to dist/electron/preload.cjs with only `electron`
// external: the two constants below are inlined from shared/, nothing else of shared/ runs here.
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeGlobal, invokeChannel } from '../../shared/api/bridge';
import { createBridge } from './bridge';

// The arrow keeps ipcRenderer itself (and its event object) out of the window's reach.
contextBridge.exposeInMainWorld(
  bridgeGlobal,
  createBridge((method, input) => ipcRenderer.invoke(invokeChannel, method, input)),
);
