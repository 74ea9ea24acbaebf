// The build's plan: what `node scripts/build.mjs` bundles, what it reads and what it leaves, and
// whether dist/ still matches the sources. Used by `--if-needed` (npm start, the test runners' global setup) so that nothing ever
// runs a build older than the code beside it.
//
// The check compares file contents (a hash per file, kept in dist/.build-stamp), not modification
// times: a file restored with an older time (git stash, cp -p, rsync -t), a file deleted or added,
// or an edit made while the build was running all count as changes, and merely touching a file or
// checking out the same content again does not cost a rebuild.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Folders and files whose content decides what dist/ holds: the bundled code (electron, shared,
 * renderer with its CSS, JSON and assets), resources (read at run time today, listed so that a
 * bundle importing one of its files can never go stale), the build's own configuration and the
 * dependencies it bundles (package-lock.json).
 */
export const buildInputs = [
  'electron',
  'shared',
  'renderer',
  'resources',
  'scripts/build.mjs',
  'scripts/build-plan.mjs',
  'vite.config.ts',
  'tsconfig.base.json',
  'package.json',
  'package-lock.json',
];

const nodeBundle = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

/** The esbuild bundles (the renderer is built by vite from vite.config.ts). Paths are relative to the repository. */
export const bundles = [
  // In chunks: what only some commands need (the DOCX writer and its library) is loaded when first used,
  // so every other command runs in less memory (docs/benchmarks.md).
  { ...nodeBundle, entryPoints: { cli: 'electron/cli/main.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', outExtension: { '.js': '.mjs' }, format: 'esm', packages: 'external' },
  // The import thread: its own bundle, loaded by worker_threads from the CLI host and the desktop app.
  // Packaged, the worker runs from app.asar.unpacked, where only the native module and its loader are:
  // everything else it needs is bundled in.
  { ...nodeBundle, entryPoints: ['electron/core/observations/import/import-worker.ts'], outfile: 'dist/workers/import-worker.mjs', format: 'esm', external: ['better-sqlite3'] },
  // The import's reading thread, started by the import thread: parses and checks the file beside the writing.
  { ...nodeBundle, entryPoints: ['electron/core/observations/import/import-reader.ts'], outfile: 'dist/workers/import-reader.mjs', format: 'esm', external: ['better-sqlite3'] },
  // The export thread, the same way: a large export is written without holding up the API.
  { ...nodeBundle, entryPoints: ['electron/core/observations/export/export-worker.ts'], outfile: 'dist/workers/export-worker.mjs', format: 'esm', external: ['better-sqlite3'] },
  // The bundle thread: received bundles are verified and applied there, with memory limits.
  { ...nodeBundle, entryPoints: ['electron/core/bundles/bundle-worker.ts'], outfile: 'dist/workers/bundle-worker.mjs', format: 'esm', external: ['better-sqlite3'] },
  // The thread a received bundle's figures are read and checked on while the bundle thread writes them.
  { ...nodeBundle, entryPoints: ['electron/core/bundles/figure-reader.ts'], outfile: 'dist/workers/figure-reader.mjs', format: 'esm' },
  { ...nodeBundle, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', packages: 'external', external: ['electron'] },
  // A sandboxed preload can require nothing but electron: bundle everything else in.
  { ...nodeBundle, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'], platform: 'browser' },
];

/** What a complete build leaves behind: one missing means the last build did not finish. */
export const buildOutputs = ['dist/cli.mjs', 'dist/workers/import-worker.mjs', 'dist/workers/import-reader.mjs', 'dist/workers/export-worker.mjs', 'dist/workers/bundle-worker.mjs', 'dist/workers/figure-reader.mjs', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

export const stampFile = join('dist', '.build-stamp');

/** Every input file under `root`, as a sorted map from its path (with forward slashes) to a hash of its content. */
export function inputHashes(root) {
  const hashes = {};
  const visit = (path) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort()) if (entry !== 'node_modules') visit(join(path, entry));
      return;
    }
    hashes[path.split(sep).join('/')] = createHash('sha256').update(readFileSync(full)).digest('hex');
  };
  for (const input of buildInputs) visit(input);
  return hashes;
}

function readStamp(root) {
  try {
    const stamp = JSON.parse(readFileSync(join(root, stampFile), 'utf8'));
    return stamp && typeof stamp === 'object' && stamp.inputs && typeof stamp.inputs === 'object' ? stamp.inputs : null;
  } catch {
    return null;
  }
}

/**
 * Whether dist/ was built from exactly these inputs. `reason` says why not, naming a file, for the
 * one line printed before a rebuild.
 */
export function buildState(root, hashes = inputHashes(root)) {
  const built = readStamp(root);
  if (!built) return { fresh: false, reason: 'no finished build recorded in dist/.build-stamp' };
  const missing = buildOutputs.find((output) => !existsSync(join(root, output)));
  if (missing) return { fresh: false, reason: `${missing} is missing` };
  for (const [path, hash] of Object.entries(hashes)) {
    if (!(path in built)) return { fresh: false, reason: `${path} was added` };
    if (built[path] !== hash) return { fresh: false, reason: `${path} changed` };
  }
  const removed = Object.keys(built).find((path) => !(path in hashes));
  if (removed) return { fresh: false, reason: `${removed} was removed` };
  return { fresh: true, reason: 'up to date' };
}

/** Records a finished build: the hashes must be those read BEFORE it started, so an edit made meanwhile still counts. */
export function writeStamp(root, hashes) {
  writeFileSync(join(root, stampFile), `${JSON.stringify({ builtAt: new Date().toISOString(), inputs: hashes }, null, 1)}\n`);
}
