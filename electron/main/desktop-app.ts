import { appScheme } from '../../shared/api/bridge';
import { defaultDataDir, openCore, StoreOpenError, type Core } from '../core/index';
import { appEntryUrl } from './app-url';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { DesktopElectron, DesktopWindow } from './electron-api';
import { registerInvokeHandler, sameFrame } from './ipc';
import { chromiumProfileDir, dataDirFromArgs, locateAppLayout, type AppLayout } from './paths';
import { pdfPrintingOf, saveReportPdf, type MaybePrintable, type MaybeSaveDialog } from './print-to-pdf';
import { appSchemePrivileges, respondToAppRequest } from './protocol';
import { denyAllPermissions, guardWebContents } from './security-policies';
import { secureWindowOptions } from './window-options';
import { askBeforeUnload } from './leave-question';
import { BundleOpener, bundleFilesIn } from './open-bundle';
import { followUiLanguage } from './ui-language';
import { chooseExchangeFolder, folderDialogOf, type MaybeFolderDialog } from './choose-exchange-folder';

export interface StartOptions {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** Electron's `process.resourcesPath` (where extraResources land in a packaged build). */
  resourcesPath: string;
}

/**
 * Electron as the desktop app uses it: the common slice, plus printing the window to a PDF file.
 * The printing parts are optional so that fakes written for other tests still fit; without them the
 * report falls back to the core's answer (print from the window instead).
 */
export type AppElectron = Omit<DesktopElectron, 'BrowserWindow' | 'dialog'> & {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => DesktopWindow & { readonly webContents: MaybePrintable };
  dialog: DesktopElectron['dialog'] & MaybeSaveDialog & MaybeFolderDialog;
};

/** What a started app holds; tests use it to reach the window and close the core. */
export interface DesktopRun {
  core: Core;
  window: DesktopWindow;
  dataDir: string;
  layout: AppLayout;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Wires the desktop app: one window on focal://app, one IPC channel into the core, everything
 * else refused. Resolves to null when this process should not run (a second instance, or a data
 * folder that cannot be opened, which the user has been told about).
 */
export async function startDesktopApp(electron: AppElectron, options: StartOptions): Promise<DesktopRun | null> {
  const { app, dialog } = electron;
  const stop = (title: string, message: string): null => {
    dialog.showErrorBox(title, message);
    app.quit();
    return null;
  };

  // All of these must happen before 'ready'.
  app.setName('Focal');
  app.enableSandbox();
  electron.protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

  let explicitDataDir: string | null;
  let layout: AppLayout;
  try {
    explicitDataDir = dataDirFromArgs(options.argv);
    layout = locateAppLayout(app.getAppPath(), { isPackaged: app.isPackaged, resourcesPath: options.resourcesPath });
  } catch (error) {
    return stop('Focal could not start', describe(error));
  }
  const dataDir = explicitDataDir ?? defaultDataDir(options.env);
  // Set explicitly: started as `electron dist/electron/main.cjs`, Electron would name it "Electron".
  app.setPath('userData', chromiumProfileDir(app.getPath('appData'), explicitDataDir));

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  // A double-clicked .focal file: on the command line (Windows, Linux), again in a second launch, or
  // from macOS's 'open-file'. Each opens the import preview once the window can show it.
  const opener = new BundleOpener();
  for (const path of bundleFilesIn(options.argv, process.cwd())) opener.open(path);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    opener.open(path);
  });
  let mainWindow: (DesktopWindow & { readonly webContents: MaybePrintable }) | null = null;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const path of bundleFilesIn(argv, workingDirectory)) opener.open(path);
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  // One window is the whole app: closing it ends Focal on every platform.
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();

  let core: Core;
  try {
    core = openCore({
      dataDir,
      resourcesDir: layout.resourcesDir,
      appVersion: layout.version,
      exclusive: true,
      importWorker: layout.importWorker,
      onUnexpected: (method, error) => console.error(`focal: ${method}:`, error),
    });
  } catch (error) {
    if (error instanceof StoreOpenError) return stop('Focal cannot open its data', error.message);
    console.error('focal: opening the data folder failed:', error);
    return stop('Focal could not start', `The data folder ${dataDir} could not be opened: ${describe(error)}`);
  }
  let coreOpen = true;
  app.on('will-quit', () => {
    if (!coreOpen) return;
    coreOpen = false;
    core.close();
  });

  denyAllPermissions(electron.session.defaultSession);
  electron.protocol.handle(appScheme, (request) => respondToAppRequest(layout.rendererDir, request));
  const uiLanguage = followUiLanguage(core.dispatch);
  // Learn the remembered language now, so a close before the page asks anything is worded right.
  await uiLanguage.dispatch('app.status', {});
  registerInvokeHandler(
    electron.ipcMain,
    uiLanguage.dispatch,
    (frame) => {
      const current = mainWindow;
      return current !== null && !current.isDestroyed() && sameFrame(current.webContents.mainFrame, frame);
    },
    {
      // Only the main process can print its window; it answers before the core (which refuses).
      'report.savePdf': (input) => {
        const current = mainWindow;
        const printing = current === null || current.isDestroyed() ? null : pdfPrintingOf(current.webContents, electron.dialog);
        return printing ? saveReportPdf(input, printing) : core.dispatch('report.savePdf', input);
      },
      // The native folder chooser; the core then checks the folder as for a typed path.
      'exchangeFolder.choose': (input) => {
        const dialog = folderDialogOf(electron.dialog);
        return dialog ? chooseExchangeFolder(dialog, uiLanguage.dispatch) : core.dispatch('exchangeFolder.choose', input);
      },
    },
  );

  const window = new electron.BrowserWindow(secureWindowOptions({ preloadPath: layout.preloadPath, devTools: !app.isPackaged }));
  mainWindow = window;
  guardWebContents(window.webContents, (url) => electron.shell.openExternal(url));
  askBeforeUnload(window.webContents, electron.dialog, uiLanguage.current);
  window.once('ready-to-show', () => window.show());
  try {
    await window.loadURL(appEntryUrl);
  } catch (error) {
    // The page itself explains a missing build (the protocol answers 503 with a message); show it.
    console.error('focal: loading the interface failed:', error);
    if (!window.isDestroyed()) window.show();
  }
  opener.ready({
    register: (path) => core.registerBundleFile(path),
    show: (hash) => {
      if (window.isDestroyed()) return;
      // Through the page's own router (and its question about unsaved text), not a reload.
      void window.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(hash)}`);
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
    fail: (path, message) => dialog.showErrorBox('Focal cannot open this file', `${path}\n\n${message}`),
  });
  return { core, window, dataDir, layout };
}
