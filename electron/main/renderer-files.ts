import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { appScheme } from '../../shared/api/bridge';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where a focal://app request leads inside the built renderer, or why it leads nowhere. */
export type RendererTarget =
  | { kind: 'file'; filePath: string; contentType: string; immutable: boolean; isIndex: boolean }
  | { kind: 'refused'; reason: string };

export function contentTypeOf(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function refused(reason: string): RendererTarget {
  return { kind: 'refused', reason };
}

/**
 * Maps a request URL to a file inside `rendererDir`, without touching the disk. URL parsing already
 * removes `..` and `%2e%2e` segments, but an encoded slash (`..%2f`) or backslash survives parsing
 * and would climb out once decoded, so every decoded segment is checked again, and the result must
 * still lie inside the folder. Hidden names, empty segments, drive letters and NUL are refused too:
 * the built renderer has none of them.
 */
export function resolveRendererPath(rendererDir: string, requestUrl: string): RendererTarget {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refused('not a URL');
  }
  if (url.protocol !== `${appScheme}:` || url.host !== 'app' || url.username !== '' || url.password !== '') {
    return refused('not the app origin');
  }
  const root = resolve(rendererDir);
  const index = join(root, 'index.html');
  if (url.pathname === '/' || url.pathname === '' || url.pathname === '/index.html') {
    return { kind: 'file', filePath: index, contentType: contentTypeOf(index), immutable: false, isIndex: true };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return refused('malformed escape');
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return refused('forbidden character');
  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' || segment.startsWith('.') || segment.includes(':')) return refused('forbidden segment');
  }
  const filePath = resolve(root, ...segments);
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return refused('outside the renderer folder');
  return {
    kind: 'file',
    filePath,
    contentType: contentTypeOf(filePath),
    // Vite's hashed assets never change under the same name; everything else is re-checked.
    immutable: segments[0] === 'assets',
    isIndex: false,
  };
}
