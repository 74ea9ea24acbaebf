import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannel } from '../../shared/api/bridge';
import type { Result } from '../../shared/api/result';
import type { Dispatch } from '../../electron/core/index';
import type {
  DesktopElectron,
  DesktopSession,
  DesktopWebContents,
  DesktopWindow,
  FrameLike,
  InvokeEvent,
  InvokeListener,
  NavigationEvent,
  WindowOpenDetails,
} from '../../electron/main/electron-api';
import { contentSecurityPolicy } from '../../shared/security/renderer-headers';
import { handleInvoke, invokeListener, isTrustedSender } from '../../electron/main/ipc';
import { chromiumProfileDir, dataDirFromArgs, locateAppLayout } from '../../electron/main/paths';
import { appSchemePrivileges, respondToAppRequest } from '../../electron/main/protocol';
import { resolveRendererPath } from '../../electron/main/renderer-files';
import { denyAllPermissions, guardWebContents, refuseForeignNavigation, shouldOpenExternally } from '../../electron/main/security-policies';
import { secureWindowOptions } from '../../electron/main/window-options';
import { startDesktopApp } from '../../electron/main/index';
import { repoRoot, tempDir } from '../support/temp-core';

// The real module would look for (and try to download) the Electron binary. index.ts is the only
// runtime importer; its top level starts nothing outside Electron, and startDesktopApp gets fakes.
vi.mock('electron', () => ({
  app: {},
  BrowserWindow: class {},
  ipcMain: {},
  protocol: {},
  session: {},
  shell: {},
  dialog: {},
}));

// ---------------------------------------------------------------------------------------------
// Fakes

function frame(url: string, overrides: Partial<FrameLike> = {}): FrameLike {
  return { url, parent: null, processId: 7, frameToken: 'main-frame', ...overrides };
}

function navigation(url: string): NavigationEvent & { prevented: boolean } {
  const event = {
    url,
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

class FakeWebContents implements DesktopWebContents {
  mainFrame: FrameLike = frame('focal://app/');
  navigateListeners: ((event: NavigationEvent) => void)[] = [];
  redirectListeners: ((event: NavigationEvent) => void)[] = [];
  webviewListeners: ((event: NavigationEvent) => void)[] = [];
  unloadListeners: ((event: NavigationEvent) => void)[] = [];
  openHandler: ((details: WindowOpenDetails) => { action: 'deny' }) | null = null;

  // One signature serves both overloads: the listeners differ only in what the event carries.
  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview' | 'will-prevent-unload', listener: (event: NavigationEvent) => void): this {
    const listeners = { 'will-navigate': this.navigateListeners, 'will-redirect': this.redirectListeners, 'will-attach-webview': this.webviewListeners, 'will-prevent-unload': this.unloadListeners };
    listeners[event].push(listener);
    return this;
  }

  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }): void {
    this.openHandler = handler;
  }

  scripts: string[] = [];
  async executeJavaScript(code: string): Promise<unknown> {
    this.scripts.push(code);
    return undefined;
  }
}

class FakeSession implements DesktopSession {
  requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  checkHandler: ((contents: unknown, permission: string) => boolean) | null = null;
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void {
    this.checkHandler = handler;
  }
}

interface FakeDesktop {
  electron: DesktopElectron;
  calls: string[];
  windows: FakeWindow[];
  ipcHandlers: Map<string, InvokeListener>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  privileged: CustomScheme[];
  paths: Map<string, string>;
  errorBoxes: { title: string; content: string }[];
  opened: string[];
  session: FakeSession;
  emit(event: string, ...args: unknown[]): void;
}

interface FakeWindow extends DesktopWindow {
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents: FakeWebContents;
  loaded: string[];
  shown: number;
  focused: number;
}

function fakeDesktop(options: { appPath: string; appData: string; lock?: boolean }): FakeDesktop {
  const calls: string[] = [];
  const windows: FakeWindow[] = [];
  const ipcHandlers = new Map<string, InvokeListener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const privileged: CustomScheme[] = [];
  const paths = new Map<string, string>([['appData', options.appData]]);
  const errorBoxes: { title: string; content: string }[] = [];
  const opened: string[] = [];
  const appListeners = new Map<string, ((...args: never[]) => void)[]>();
  const session = new FakeSession();

  class Window implements FakeWindow {
    readonly webContents = new FakeWebContents();
    loaded: string[] = [];
    shown = 0;
    focused = 0;
    private readyListeners: (() => void)[] = [];
    constructor(readonly options: BrowserWindowConstructorOptions) {
      windows.push(this);
    }
    async loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      for (const listener of this.readyListeners) listener();
    }
    once(_event: 'ready-to-show', listener: () => void): this {
      this.readyListeners.push(listener);
      return this;
    }
    show(): void {
      this.shown += 1;
    }
    focus(): void {
      this.focused += 1;
    }
    restore(): void {}
    isMinimized(): boolean {
      return false;
    }
    isDestroyed(): boolean {
      return false;
    }
  }

  const electron: DesktopElectron = {
    app: {
      isPackaged: false,
      setName: (name) => calls.push(`setName:${name}`),
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => {
        calls.push('requestSingleInstanceLock');
        return options.lock ?? true;
      },
      whenReady: async () => {
        calls.push('whenReady');
      },
      quit: () => calls.push('quit'),
      getAppPath: () => options.appPath,
      getPath: (name) => paths.get(name) ?? '',
      setPath: (name, path) => {
        calls.push(`setPath:${name}`);
        paths.set(name, path);
      },
      on(event: string, listener: (...args: never[]) => void) {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
        return this;
      },
    },
    BrowserWindow: Window,
    ipcMain: {
      handle: (channel, listener) => {
        ipcHandlers.set(channel, listener);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes) => {
        calls.push('registerSchemesAsPrivileged');
        privileged.push(...schemes);
      },
      handle: (scheme, handler) => {
        protocolHandlers.set(scheme, handler);
      },
    },
    session: { defaultSession: session },
    shell: {
      openExternal: async (url) => {
        opened.push(url);
      },
    },
    dialog: { showErrorBox: (title, content) => errorBoxes.push({ title, content }), showMessageBoxSync: () => 1 },
  };
  return {
    electron,
    calls,
    windows,
    ipcHandlers,
    protocolHandlers,
    privileged,
    paths,
    errorBoxes,
    opened,
    session,
    emit: (event, ...args) => {
      // Electron hands each event its own arguments; the fake passes whatever the test gives.
      for (const listener of appListeners.get(event) ?? []) Reflect.apply(listener, undefined, args);
    },
  };
}

function needed<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

// ---------------------------------------------------------------------------------------------

describe('the main window options', () => {
  it('isolate and sandbox the renderer, with no Node and no webview', () => {
    const options = secureWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      preload: '/app/dist/electron/preload.cjs',
    });
    expect(options).toMatchObject({ title: 'Focal', show: false, minWidth: 960, minHeight: 640 });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('the focal://app protocol', () => {
  let folder: ReturnType<typeof tempDir>;
  let rendererDir: string;
  const secret = 'outside the renderer folder';

  beforeEach(() => {
    folder = tempDir('focal-protocol-');
    rendererDir = join(folder.dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Focal</title>');
    writeFileSync(join(rendererDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(rendererDir, 'assets', 'index-abc123.css'), 'body{}');
    writeFileSync(join(folder.dir, 'secret.txt'), secret);
  });
  afterEach(() => folder.remove());

  const get = (url: string, method = 'GET') => respondToAppRequest(rendererDir, { url, method });

  it('is registered as a standard, secure, fetchable scheme without CSP bypass or CORS', () => {
    expect(appSchemePrivileges).toEqual({ scheme: 'focal', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });

  it('serves index.html for / and built assets with their content types', async () => {
    const index = await get('focal://app/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>Focal</title>');
    const script = await get('focal://app/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await get('focal://app/assets/index-abc123.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    // The hash is the renderer's route and never reaches the handler's path.
    expect((await get('focal://app/?x=1#/catalogue')).status).toBe(200);
  });

  it.each([
    ['plain ../', 'focal://app/../secret.txt'],
    ['nested ../', 'focal://app/assets/../../secret.txt'],
    ['encoded dots', 'focal://app/%2e%2e/secret.txt'],
    ['encoded dots and slash', 'focal://app/%2e%2e%2fsecret.txt'],
    ['dots and encoded slash', 'focal://app/..%2fsecret.txt'],
    ['double-encoded', 'focal://app/%252e%252e%252fsecret.txt'],
    ['encoded backslash', 'focal://app/..%5csecret.txt'],
    ['encoded absolute path', `focal://app/${encodeURIComponent('/etc/passwd')}`],
    ['absolute path after //', 'focal://app//etc/passwd'],
    ['Windows drive', 'focal://app/C:%5cWindows%5cwin.ini'],
    ['NUL byte', 'focal://app/index.html%00.js'],
    ['malformed escape', 'focal://app/%e0%a4%a'],
  ])('never serves anything outside the folder: %s', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(secret);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('refuses traversal already in path resolution, before any disk access', () => {
    const root = rendererDir;
    for (const url of ['focal://app/..%2fsecret.txt', 'focal://app/%2e%2e%2fsecret.txt', 'focal://app/..%5csecret.txt', 'focal://app/%2Fetc%2Fpasswd', 'focal://app/a%00b']) {
      expect(resolveRendererPath(root, url)).toMatchObject({ kind: 'refused' });
    }
    // URL parsing folds literal and %2e dot segments; what remains must still be inside the folder.
    for (const url of ['focal://app/../secret.txt', 'focal://app/%2e%2e/%2e%2e/secret.txt']) {
      const target = resolveRendererPath(root, url);
      if (target.kind === 'file') expect(target.filePath.startsWith(join(root, '/'))).toBe(true);
    }
    expect(resolveRendererPath(root, 'focal://app/')).toMatchObject({ kind: 'file', filePath: join(root, 'index.html'), isIndex: true });
  });

  it('answers only its own origin', async () => {
    for (const url of ['focal://other/index.html', 'focal://app.evil/', 'focal://user@app/', 'https://evil.example/', 'not a url']) {
      expect(resolveRendererPath(rendererDir, url)).toMatchObject({ kind: 'refused' });
    }
    expect((await get('focal://other/')).status).toBe(404);
  });

  it('puts the CSP and the other security headers on every response', async () => {
    const responses = [
      await get('focal://app/'),
      await get('focal://app/assets/index-abc123.js'),
      await get('focal://app/missing.js'),
      await get('focal://app/../secret.txt'),
      await get('focal://app/', 'POST'),
      await get('focal://app/', 'HEAD'),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 404, 404, 405, 200]);
    for (const response of responses) {
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(await responses[5]?.text()).toBe('');
  });

  it('explains a missing build instead of failing silently', async () => {
    const response = await respondToAppRequest(join(folder.dir, 'not-built'), { url: 'focal://app/', method: 'GET' });
    expect(response.status).toBe(503);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toContain('npm run build');
  });
});

describe('navigation, new windows and permissions', () => {
  it('keeps the window on focal://app', () => {
    for (const url of ['https://evil.example', 'http://127.0.0.1:1234/', 'file:///etc/passwd', 'focal://app.evil/', 'focal://evil/', 'javascript:alert(1)']) {
      const event = navigation(url);
      refuseForeignNavigation(event);
      expect(event.prevented, url).toBe(true);
    }
    for (const url of ['focal://app/#/catalogue', 'focal://app/']) {
      const event = navigation(url);
      refuseForeignNavigation(event);
      expect(event.prevented, url).toBe(false);
    }
  });

  it('denies every window.open and hands only clicked https links to the system browser', async () => {
    const contents = new FakeWebContents();
    const opened: string[] = [];
    guardWebContents(contents, async (url) => {
      opened.push(url);
    });
    const handler = needed(contents.openHandler, 'window open handler');
    const cases: [WindowOpenDetails, boolean][] = [
      [{ url: 'https://www.iom.int/', disposition: 'foreground-tab' }, true],
      [{ url: 'https://www.iom.int/a', disposition: 'background-tab' }, true],
      [{ url: 'http://www.iom.int/', disposition: 'foreground-tab' }, false],
      [{ url: 'file:///etc/passwd', disposition: 'foreground-tab' }, false],
      [{ url: 'focal://app/', disposition: 'foreground-tab' }, false],
      [{ url: 'javascript:alert(1)', disposition: 'foreground-tab' }, false],
      [{ url: 'https://user:pw@evil.example/', disposition: 'foreground-tab' }, false],
      [{ url: 'https://evil.example/', disposition: 'other' }, false],
      [{ url: 'https://evil.example/', disposition: 'foreground-tab', postBody: { data: [] } }, false],
    ];
    for (const [details, external] of cases) {
      expect(handler(details)).toEqual({ action: 'deny' });
      expect(shouldOpenExternally(details), details.url).toBe(external);
    }
    await Promise.resolve();
    expect(opened).toEqual(['https://www.iom.int/', 'https://www.iom.int/a']);
  });

  it('registers the navigation guard and refuses webviews', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents, async () => undefined);
    const evil = navigation('https://evil.example');
    for (const listener of contents.navigateListeners) listener(evil);
    expect(evil.prevented).toBe(true);
    const redirect = navigation('https://evil.example/landing');
    expect(contents.redirectListeners).toHaveLength(1);
    for (const listener of contents.redirectListeners) listener(redirect);
    expect(redirect.prevented).toBe(true);
    const webview = navigation('https://evil.example');
    expect(contents.webviewListeners).toHaveLength(1);
    for (const listener of contents.webviewListeners) listener(webview);
    expect(webview.prevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    const session = new FakeSession();
    denyAllPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = [];
      needed(session.requestHandler, 'request handler')(null, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(needed(session.checkHandler, 'check handler')(null, permission)).toBe(false);
    }
  });
});

describe('the IPC handler', () => {
  const good: Result<unknown> = { ok: true, value: { fine: true } };
  const ours = frame('focal://app/');
  const isOurs = (candidate: FrameLike) => candidate.processId === ours.processId && candidate.frameToken === ours.frameToken;

  it.each<[string, InvokeEvent]>([
    ['a foreign page', { senderFrame: frame('https://evil.example/') }],
    ['no frame', { senderFrame: null }],
    ['a subframe of ours', { senderFrame: frame('focal://app/', { parent: ours, frameToken: 'child' }) }],
    ['a look-alike origin', { senderFrame: frame('focal://app.evil/') }],
    ['another main frame on our URL', { senderFrame: frame('focal://app/', { frameToken: 'other-window' }) }],
    [
      'a frame that is gone',
      {
        get senderFrame(): FrameLike | null {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      },
    ],
  ])('refuses %s without calling dispatch', async (_name, event) => {
    const dispatch = vi.fn<Dispatch>(async () => good);
    const answer = await handleInvoke(event, 'app.status', {}, dispatch, isOurs);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes a good call through and returns dispatch’s Result unchanged', async () => {
    const dispatch = vi.fn<Dispatch>(async () => good);
    expect(isTrustedSender({ senderFrame: ours }, isOurs)).toBe(true);
    expect(await handleInvoke({ senderFrame: frame('focal://app/#/catalogue') }, 'app.status', { a: 1 }, dispatch, isOurs)).toBe(good);
    expect(dispatch).toHaveBeenCalledWith('app.status', { a: 1 });
  });

  it('refuses arguments that are not (method name, input)', async () => {
    const dispatch = vi.fn<Dispatch>(async () => good);
    for (const method of [42, null, undefined, '', { toString: () => 'app.status' }, 'x'.repeat(500)]) {
      expect(await handleInvoke({ senderFrame: ours }, method, {}, dispatch, isOurs)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    const listener = invokeListener(dispatch, isOurs);
    expect(await listener({ senderFrame: ours }, 'app.status', {}, 'extra')).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(await listener({ senderFrame: ours }, 'app.status', {})).toBe(good);
  });

  it('turns a dispatch that throws into a Result failure', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dispatch = vi.fn<Dispatch>(async () => {
      throw new Error('disk on fire');
    });
    const answer = await handleInvoke({ senderFrame: ours }, 'app.status', {}, dispatch, isOurs);
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(answer)).not.toContain('disk on fire');
    quiet.mockRestore();
  });
});

describe('paths and arguments', () => {
  it('reads --data in both spellings and refuses it without a folder', () => {
    expect(dataDirFromArgs(['electron', 'main.cjs'])).toBeNull();
    expect(dataDirFromArgs(['electron', 'main.cjs', '--data', '/tmp/focal-x'])).toBe('/tmp/focal-x');
    expect(dataDirFromArgs(['focal', '--data=/tmp/focal-y'])).toBe('/tmp/focal-y');
    expect(() => dataDirFromArgs(['focal', '--data'])).toThrow(/--data needs a folder/);
    expect(() => dataDirFromArgs(['focal', '--data', '--inspect'])).toThrow(/--data needs a folder/);
  });

  it('finds the app from its root, from dist/electron, and packaged resources beside app.asar', () => {
    const fromRoot = locateAppLayout(repoRoot, { isPackaged: false, resourcesPath: '/unused' });
    expect(fromRoot).toMatchObject({
      root: repoRoot,
      preloadPath: join(repoRoot, 'dist', 'electron', 'preload.cjs'),
      rendererDir: join(repoRoot, 'dist', 'renderer'),
      resourcesDir: join(repoRoot, 'resources'),
    });
    expect(locateAppLayout(join(repoRoot, 'dist', 'electron'), { isPackaged: false, resourcesPath: '/unused' }).root).toBe(repoRoot);
    expect(locateAppLayout(repoRoot, { isPackaged: true, resourcesPath: '/opt/Focal/resources' }).resourcesDir).toBe(join('/opt/Focal/resources', 'resources'));
    expect(chromiumProfileDir('/home/a/.config', null)).toBe(join('/home/a/.config', 'Focal'));
    expect(chromiumProfileDir('/home/a/.config', '/tmp/d')).toBe(join('/tmp/d', 'electron-profile'));
  });
});

describe('startDesktopApp (electron/main/index.ts) with Electron faked and a real core', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir('focal-desktop-');
  });
  afterEach(() => folder.remove());

  const start = (desktop: FakeDesktop, dataDir: string) =>
    startDesktopApp(desktop.electron, {
      argv: ['/opt/electron', 'dist/electron/main.cjs', '--data', dataDir],
      env: {},
      resourcesPath: '/unused-when-unpackaged',
    });

  it('answers app.status through the recorded ipcMain handler, from the real core', async () => {
    const dataDir = join(folder.dir, 'data');
    const desktop = fakeDesktop({ appPath: repoRoot, appData: join(folder.dir, 'appData') });
    const run = needed(await start(desktop, dataDir), 'the started app');

    // Everything that must precede 'ready' did.
    const ready = desktop.calls.indexOf('whenReady');
    for (const early of ['setName:Focal', 'enableSandbox', 'registerSchemesAsPrivileged', 'setPath:userData', 'requestSingleInstanceLock']) {
      const at = desktop.calls.indexOf(early);
      expect(at, early).toBeGreaterThanOrEqual(0);
      expect(at, early).toBeLessThan(ready);
    }
    expect(desktop.privileged).toEqual([appSchemePrivileges]);
    expect(desktop.paths.get('userData')).toBe(join(dataDir, 'electron-profile'));

    // One secure window on focal://app, shown once ready.
    expect(desktop.windows).toHaveLength(1);
    const window = needed(desktop.windows[0], 'the window');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: join(repoRoot, 'dist', 'electron', 'preload.cjs'),
    });
    expect(window.loaded).toEqual(['focal://app/']);
    expect(window.shown).toBe(1);
    expect(window.webContents.openHandler).not.toBeNull();
    expect(window.webContents.navigateListeners).toHaveLength(1);
    // Closing with unsaved text asks (leave-question.ts) instead of being silently refused.
    expect(window.webContents.unloadListeners).toHaveLength(1);
    expect(desktop.session.requestHandler).not.toBeNull();
    expect(desktop.session.checkHandler).not.toBeNull();

    // The single IPC channel, answering through the real core on real SQLite.
    expect([...desktop.ipcHandlers.keys()]).toEqual([invokeChannel]);
    const invoke = needed(desktop.ipcHandlers.get(invokeChannel), 'the invoke handler');
    const status = await invoke({ senderFrame: window.webContents.mainFrame }, 'app.status', {});
    expect(status).toMatchObject({ ok: true, value: { appVersion: '0.1.0', dataDir, city: null } });
    expect(status).toEqual(await run.core.dispatch('app.status', {}));
    const foreign = await invoke({ senderFrame: frame('https://evil.example/') }, 'app.status', {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // The protocol handler is wired to the built renderer folder and carries the CSP.
    const serve = needed(desktop.protocolHandlers.get('focal'), 'the focal protocol handler');
    const response = await serve(new Request('focal://app/../package.json'));
    expect(response.status).not.toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);

    // A second instance brings the first window forward.
    desktop.emit('second-instance', {}, ['focal'], folder.dir);
    expect(window.focused).toBe(1);

    // A .focal file double-clicked while Focal runs (a second launch with its path, or macOS's
    // open-file): the page moves to that file's import preview by an id, never a path.
    const bundle = join(folder.dir, 'from-porto.focal');
    writeFileSync(bundle, 'PK');
    desktop.emit('second-instance', {}, ['focal', '--flag', 'from-porto.focal', 'notes.txt'], folder.dir);
    expect(window.webContents.scripts).toEqual([expect.stringMatching(/^window\.location\.hash = "#\/exchange\?open=[0-9a-f]{24}"$/)]);
    expect(window.focused).toBe(3);
    let prevented = false;
    desktop.emit('open-file', { preventDefault: () => (prevented = true) }, bundle);
    expect(prevented).toBe(true);
    expect(window.webContents.scripts).toHaveLength(2);
    expect(window.webContents.scripts[1]).not.toBe(window.webContents.scripts[0]);
    // A file that is gone is said so, and nothing moves.
    desktop.emit('open-file', { preventDefault: () => undefined }, join(folder.dir, 'gone.focal'));
    expect(window.webContents.scripts).toHaveLength(2);
    expect(desktop.errorBoxes).toEqual([{ title: 'Focal cannot open this file', content: expect.stringContaining('gone.focal') }]);

    // Quitting closes the core exactly once.
    const close = vi.spyOn(run.core, 'close');
    desktop.emit('will-quit');
    desktop.emit('will-quit');
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('quits at once when another instance holds the lock', async () => {
    const desktop = fakeDesktop({ appPath: repoRoot, appData: join(folder.dir, 'appData'), lock: false });
    expect(await start(desktop, join(folder.dir, 'data'))).toBeNull();
    expect(desktop.calls).toContain('quit');
    expect(desktop.calls).not.toContain('whenReady');
    expect(desktop.windows).toHaveLength(0);
    expect(desktop.ipcHandlers.size).toBe(0);
  });

  it('shows the store error and quits when the data folder is from a newer Focal', async () => {
    const dataDir = join(folder.dir, 'data');
    mkdirSync(join(dataDir, 'store'), { recursive: true });
    const db = new Database(join(dataDir, 'store', 'focal.sqlite'));
    db.pragma('user_version = 999999');
    db.close();
    const desktop = fakeDesktop({ appPath: repoRoot, appData: join(folder.dir, 'appData') });
    expect(await start(desktop, dataDir)).toBeNull();
    expect(desktop.errorBoxes).toHaveLength(1);
    expect(desktop.errorBoxes[0]?.content).toMatch(/newer version of Focal/);
    expect(desktop.calls).toContain('quit');
    expect(desktop.windows).toHaveLength(0);
    expect(desktop.ipcHandlers.size).toBe(0);
  });
});
