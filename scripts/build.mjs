// Builds everything the app runs from: the CLI and browser host (dist/cli.mjs), the Electron main
// and preload (dist/electron/*.cjs) and the renderer (dist/renderer). `--if-needed` skips the build
// when nothing under the sources changed since the last one.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist', '.build-stamp');
const sources = ['electron', 'shared', 'renderer', 'package.json', 'vite.config.ts', 'package-lock.json'];

function newestChange(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const info = statSync(full);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(full)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

if (process.argv.includes('--if-needed') && existsSync(stamp)) {
  const built = statSync(stamp).mtimeMs;
  if (Math.max(...sources.map(newestChange)) <= built) process.exit(0);
}

const started = Date.now();
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', absWorkingDir: root };

await Promise.all([
  esbuild({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli.mjs', format: 'esm', packages: 'external' }),
  // The import thread: its own bundle, loaded by worker_threads from the CLI host and the desktop app.
  // Packaged, the worker runs from app.asar.unpacked, where only the native module and its loader are:
  // everything else it needs is bundled in.
  esbuild({ ...common, entryPoints: ['electron/core/observations/import/import-worker.ts'], outfile: 'dist/workers/import-worker.mjs', format: 'esm', external: ['better-sqlite3'] }),
  esbuild({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', packages: 'external', external: ['electron'] }),
  // A sandboxed preload can require nothing but electron: bundle everything else in.
  esbuild({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'], platform: 'browser' }),
]);
await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });

mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(stamp, new Date().toISOString());
console.log(`Built Focal in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
