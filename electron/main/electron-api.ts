import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';
import type { MessageBoxDialog } from './leave-question';

/*
 * The slice of Electron the main process uses, written as small structural types. The real
 * `electron` module satisfies them (index.ts passes it in, so the compiler checks that), and tests
 * pass plain fakes without casts: the Electron binary cannot run on the build machines.
 */

/** What a navigation or webview event offers us: the target and a way to stop it. */
export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The parts of Electron's `HandlerDetails` the window-open decision reads. */
export interface WindowOpenDetails {
  readonly url: string;
  readonly disposition: string;
  readonly postBody?: unknown;
}

/** The identity and address of a frame (Electron's `WebFrameMain`). */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly frameToken: string;
}

export interface InvokeEvent {
  readonly senderFrame: FrameLike | null;
}

export type InvokeListener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

export interface DesktopSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

export interface DesktopWebContents {
  readonly mainFrame: FrameLike;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  /** A page refused to unload (its `beforeunload` asked to stay); see leave-question.ts. */
  on(event: 'will-prevent-unload', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }): void;
  /** Used for one thing: moving the page to a received file's import preview (a fixed hash, an id of hex digits). */
  executeJavaScript(code: string): Promise<unknown>;
}

export interface DesktopWindow {
  readonly webContents: DesktopWebContents;
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
}

export interface DesktopApp {
  readonly isPackaged: boolean;
  setName(name: string): void;
  enableSandbox(): void;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  getAppPath(): string;
  getPath(name: 'appData'): string;
  setPath(name: 'userData', path: string): void;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
  /** macOS: a file opened with Focal (a double-click on a .focal file), possibly before 'ready'. */
  on(event: 'open-file', listener: (event: PreventableEvent, path: string) => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'will-quit', listener: () => void): unknown;
}

/** The Electron modules the desktop app is wired from. */
export interface DesktopElectron {
  app: DesktopApp;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => DesktopWindow;
  ipcMain: { handle(channel: string, listener: InvokeListener): void };
  protocol: {
    registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
    handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
  };
  session: { readonly defaultSession: DesktopSession };
  shell: { openExternal(url: string): Promise<void> };
  dialog: { showErrorBox(title: string, content: string): void } & MessageBoxDialog;
}
