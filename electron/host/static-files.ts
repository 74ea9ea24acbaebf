import { readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, isAbsolute } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** Vite's hashed assets never change under the same name; everything else is re-checked. */
  immutable: boolean;
}

/**
 * Resolves a URL path inside the built renderer. Anything that would leave the folder, or that is
 * not a file, falls back to index.html (the renderer routes in the hash, so this is rare).
 */
export async function readStaticFile(rendererDir: string, urlPath: string): Promise<StaticFile | null> {
  const root = resolve(rendererDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    decoded = '/';
  }
  const wanted = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  const inside = relative(root, wanted);
  const safe = !inside.startsWith('..') && !isAbsolute(inside) && !decoded.includes('\0');
  const candidate = safe && inside !== '' ? wanted : join(root, 'index.html');
  for (const file of [candidate, join(root, 'index.html')]) {
    try {
      if (!(await stat(file)).isFile()) continue;
      return {
        body: await readFile(file),
        contentType: contentTypes[extname(file)] ?? 'application/octet-stream',
        immutable: relative(root, file).startsWith('assets'),
      };
    } catch {
      continue;
    }
  }
  return null;
}
