import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where the running app's pieces are, from source, unpacked or packaged alike. */
export interface AppLayout {
  /** The folder (or app.asar) holding package.json. */
  root: string;
  version: string;
  preloadPath: string;
  rendererDir: string;
  /** The folder holding `catalogue/`. */
  resourcesDir: string;
  /** The import thread's script: a worker cannot load from inside app.asar, so packaging unpacks it. */
  importWorker: string;
}

export interface PackagingFacts {
  isPackaged: boolean;
  /** Electron's `process.resourcesPath`; only read when packaged. */
  resourcesPath: string;
}

function readManifest(dir: string): { version: string } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('name' in parsed) || parsed.name !== 'focal') return null;
  return { version: 'version' in parsed && typeof parsed.version === 'string' ? parsed.version : '0.0.0' };
}

/**
 * Finds the app's folder by walking up from Electron's app path to Focal's package.json. Started
 * as `electron .` (or packaged) the app path is that folder already; started as
 * `electron dist/electron/main.cjs` it is dist/electron, two levels below.
 */
export function locateAppLayout(appPath: string, packaging: PackagingFacts): AppLayout {
  let dir = resolve(appPath);
  for (;;) {
    const manifest = readManifest(dir);
    if (manifest) {
      return {
        root: dir,
        version: manifest.version,
        preloadPath: join(dir, 'dist', 'electron', 'preload.cjs'),
        rendererDir: join(dir, 'dist', 'renderer'),
        // Packaged, electron-builder's extraResources puts resources/ beside app.asar, not in it.
        resourcesDir: packaging.isPackaged ? join(packaging.resourcesPath, 'resources') : join(dir, 'resources'),
        importWorker: packaging.isPackaged
          ? join(packaging.resourcesPath, 'app.asar.unpacked', 'dist', 'workers', 'import-worker.mjs')
          : join(dir, 'dist', 'workers', 'import-worker.mjs'),
      };
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find Focal's package.json above ${appPath}.`);
    dir = parent;
  }
}

/**
 * The data folder named on the command line (`--data DIR` or `--data=DIR`), or null when none is.
 * A `--data` without a folder is an error rather than a silent fall-back to the user's real data.
 */
export function dataDirFromArgs(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--data') {
      const value = argv[i + 1];
      if (value === undefined || value === '' || value.startsWith('--')) throw new Error('--data needs a folder, e.g. --data /path/to/folder.');
      return resolve(value);
    }
    if (arg !== undefined && arg.startsWith('--data=')) {
      const value = arg.slice('--data='.length);
      if (value === '') throw new Error('--data needs a folder, e.g. --data=/path/to/folder.');
      return resolve(value);
    }
  }
  return null;
}

/**
 * Chromium's own profile (cache, local storage) and the single-instance lock live in Electron's
 * userData. By default that is <appData>/Focal, whose `data` subfolder is the default data folder
 * (see the core's `defaultDataDir`). With an explicit `--data`, the profile moves inside that folder,
 * so a second data folder (a test, a training copy) neither touches nor is locked out by the
 * everyday one.
 */
export function chromiumProfileDir(appData: string, explicitDataDir: string | null): string {
  return explicitDataDir === null ? join(appData, 'Focal') : join(explicitDataDir, 'electron-profile');
}
