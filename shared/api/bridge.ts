import type { Result } from './result';

/** The single IPC channel between renderer and Electron main. */
export const invokeChannel = 'focal:invoke';

/** The global the preload exposes (`window.focal`): one function, nothing of ipcRenderer. */
export const bridgeGlobal = 'focal';

export interface FocalBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
}

/** The custom scheme the desktop renderer is loaded from (never file://). */
export const appScheme = 'focal';
export const appOrigin = `${appScheme}://app`;
