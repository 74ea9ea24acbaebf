import { bridgeGlobal, type FocalBridge } from '../../../shared/api/bridge';
import type { Transport } from '../../../shared/api/client';
import { errorCodes, fail, type ErrorCode, type Result } from '../../../shared/api/result';

const tokenKey = 'focal.token';

function isBridge(value: unknown): value is FocalBridge {
  return typeof value === 'object' && value !== null && 'invoke' in value && typeof value.invoke === 'function';
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}

function isErrorCode(code: unknown): code is ErrorCode {
  return errorCodes.some((known) => known === code);
}

/**
 * The browser host hands out its per-run token in the address it prints. Keep it for this tab
 * (so a reload works) and take it out of the address bar so it is not bookmarked or shared.
 */
export function takeToken(location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(tokenKey);
}

function httpTransport(token: string | null): Transport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return fail('internal', 'Focal is not answering. Is the window that started it still open?');
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return fail('internal', `Focal answered with an unreadable reply (${response.status}).`);
    }
    if (isResult(body)) {
      if (body.ok || isErrorCode(body.error.code)) return body;
    }
    return fail('internal', `Focal answered with an unexpected reply (${response.status}).`);
  };
}

/** Chosen once at start: the Electron bridge when the preload exposed it, else the browser host. */
export function pickTransport(): Transport {
  const bridge: unknown = Reflect.get(window, bridgeGlobal);
  if (isBridge(bridge)) return (method, input) => bridge.invoke(method, input);
  return httpTransport(takeToken(window.location, window.history, window.sessionStorage));
}

/** True in the desktop app (the preload exposed its bridge): there the main process can save a PDF itself. */
export function isDesktop(): boolean {
  return isBridge(Reflect.get(window, bridgeGlobal));
}
