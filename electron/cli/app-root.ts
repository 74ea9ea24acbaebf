import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppLayout {
  root: string;
  version: string;
  resourcesDir: string;
  rendererDir: string;
  /** The import thread's script, for hosts that keep answering while a file is imported. */
  importWorker: string;
}

/**
 * Finds the app's own folder by walking up to its package.json: the CLI runs both from source
 * (tests) and bundled into dist/, at different depths.
 */
export function locateApp(from: string = fileURLToPath(import.meta.url)): AppLayout {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
      if (typeof parsed === 'object' && parsed !== null && 'name' in parsed && parsed.name === 'focal') {
        const version = 'version' in parsed && typeof parsed.version === 'string' ? parsed.version : '0.0.0';
        return { root: dir, version, resourcesDir: join(dir, 'resources'), rendererDir: join(dir, 'dist', 'renderer'), importWorker: join(dir, 'dist', 'workers', 'import-worker.mjs') };
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find Focal's package.json above ${from}.`);
    dir = parent;
  }
}
