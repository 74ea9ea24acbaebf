// Bundles scripts/make-sample-peers.ts with esbuild (as the bench does its probe) and runs it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = join(root, 'bench', '.out', 'make-sample-peers.mjs');
mkdirSync(join(root, 'bench', '.out'), { recursive: true });
await build({ entryPoints: [join(root, 'scripts', 'make-sample-peers.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning', absWorkingDir: root });
const { makeSamplePeers } = await import(pathToFileURL(outfile).href);
await makeSamplePeers(root);
