import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowSettings {
  /** Absolute path of dist/electron/preload.cjs. */
  preloadPath: string;
  /** DevTools stay available while developing and are switched off in a packaged build. */
  devTools: boolean;
}

/** Matches the renderer's light page colour, so the window never flashes white or black. */
export const windowBackground = '#f7f6f2';

/**
 * The main window's options, following Electron's security checklist: the renderer gets no Node,
 * runs sandboxed in an isolated world, and reaches the app only through the preload's `invoke`.
 * Several of these are Electron's defaults today; they are spelled out so a default changing
 * upstream cannot loosen them silently.
 */
export function secureWindowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Focal',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    backgroundColor: windowBackground,
    // Shown on 'ready-to-show', once the first paint is ready.
    show: false,
    webPreferences: {
      preload: settings.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Offline app: the spellchecker would try to download dictionaries.
      spellcheck: false,
      devTools: settings.devTools,
    },
  };
}
