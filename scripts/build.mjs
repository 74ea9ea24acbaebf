// Builds everything the app runs from: the CLI and browser host (dist/cli.mjs), the Electron main
// and preload (dist/electron/*.cjs) and the renderer (dist/renderer). `--if-needed` skips the build
// when dist/ was built from exactly the current sources (scripts/build-plan.mjs says what they
// are and how that is checked); npm start and the test runners' global setup use it.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildState, bundles, inputHashes, stampFile, writeStamp } from './build-plan.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// Read before building: an edit saved while the build runs leaves the stamp behind the sources.
const hashes = inputHashes(root);
if (process.argv.includes('--if-needed')) {
  const state = buildState(root, hashes);
  if (state.fresh) process.exit(0);
  console.log(`Building Focal: ${state.reason}.`);
}

// A build that fails or is interrupted half-way must never be taken for a finished one.
rmSync(join(root, stampFile), { force: true });

// Loaded only when building, so that an up-to-date check stays quick.
const { build: esbuild } = await import('esbuild');
const { build: viteBuild } = await import('vite');

const started = Date.now();
// The CLI's chunks are named by their content: the last build's would linger beside the new ones.
rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });
await Promise.all(bundles.map((options) => esbuild({ ...options, absWorkingDir: root })));
await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });

mkdirSync(join(root, 'dist'), { recursive: true });
writeStamp(root, hashes);
console.log(`Built Focal in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
