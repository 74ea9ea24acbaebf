import { isAppUrl } from './app-url';
import type { DesktopSession, DesktopWebContents, NavigationEvent, PreventableEvent, WindowOpenDetails } from './electron-api';

/** Keeps the window on focal://app: any other navigation (a dropped link, a stray href) is stopped. */
export function refuseForeignNavigation(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** Link-click dispositions (plain, ctrl/middle, shift); `other` and `default` are not clicks. */
const clickDispositions = new Set(['foreground-tab', 'background-tab', 'new-window']);

/**
 * Whether a refused `window.open` should go to the system browser instead: only https links,
 * without embedded credentials, opened the way a click opens them, never a form post. Electron
 * exposes no user-gesture flag here, so the disposition is the best signal; the strict CSP (no
 * foreign or inline script) is what keeps scripted opens out.
 */
export function shouldOpenExternally(details: WindowOpenDetails): boolean {
  if (!clickDispositions.has(details.disposition) || (details.postBody !== undefined && details.postBody !== null)) return false;
  try {
    const url = new URL(details.url);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The window-open handler: never a new Electron window; https links go to the system browser. */
export function windowOpenHandler(openExternal: (url: string) => Promise<void>): (details: WindowOpenDetails) => { action: 'deny' } {
  return (details) => {
    if (shouldOpenExternally(details)) {
      openExternal(details.url).catch((error: unknown) => console.error('focal: could not open the link in the browser:', error));
    }
    return { action: 'deny' };
  };
}

export function refuseWebview(event: PreventableEvent): void {
  event.preventDefault();
}

/** Applies every per-window guard: navigation, new windows, webviews. */
export function guardWebContents(contents: DesktopWebContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', refuseForeignNavigation);
  // A server-side redirect is a navigation too.
  contents.on('will-redirect', refuseForeignNavigation);
  contents.on('will-attach-webview', refuseWebview);
  contents.setWindowOpenHandler(windowOpenHandler(openExternal));
}

/** Camera, microphone, notifications, geolocation…: Focal needs none, so every request is denied. */
export function denyAllPermissions(session: DesktopSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
