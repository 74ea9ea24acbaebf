import { readFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { appScheme } from '../../shared/api/bridge';
import { securityHeaders } from '../../shared/security/renderer-headers';
import { resolveRendererPath } from './renderer-files';

/**
 * focal://app is a standard, secure origin: relative URLs, storage and `'self'` in the CSP work as
 * on https. No `bypassCSP`, no `corsEnabled` (which would let other origins read it), no service
 * workers. Must be registered before the app is ready.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** The parts of a protocol request the handler reads (a Fetch `Request` has both). */
export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * Answers one focal://app request from the built renderer: GET and HEAD only, files inside the
 * folder only, and the security headers (CSP included) on every answer, errors too. Only
 * `readFile` touches the disk: it is the call Electron reliably serves from inside app.asar, and the
 * folder is our own build output (no user-supplied links), so the path check above is the guard.
 */
export async function respondToAppRequest(rendererDir: string, request: AppRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Only GET is served.');
  const target = resolveRendererPath(rendererDir, request.url);
  if (target.kind === 'refused') return textResponse(404, 'Not found.');
  let body: Buffer;
  try {
    body = await readFile(target.filePath);
  } catch {
    return target.isIndex
      ? textResponse(503, 'The Focal interface has not been built yet. Run "npm run build", then start Focal again.')
      : textResponse(404, 'Not found.');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      ...securityHeaders,
      'content-type': target.contentType,
      'cache-control': target.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}
