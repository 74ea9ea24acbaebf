// `npm start`: build if needed, then open the desktop app. Where the Electron binary is missing it
// tries to fetch it once; where that is impossible (no internet), it says so in one line and runs the
// same app in the browser instead, on the same per-user data folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const passThrough = process.argv.slice(2);

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-needed'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** Reads where the electron package expects its binary, without require('electron') (which downloads). */
function electronBinary() {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

let binary = electronBinary();
if (!binary && existsSync(join(root, 'node_modules', 'electron', 'install.js'))) {
  console.log('Fetching the Electron runtime (first start only)…');
  spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], { cwd: root, stdio: 'ignore', timeout: 180_000 });
  binary = electronBinary();
}

if (binary) {
  const child = spawn(binary, [join(root, 'dist', 'electron', 'main.cjs'), ...passThrough], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('The Electron runtime could not be downloaded here (no internet?); starting Focal in your browser instead.');
  const child = spawn(process.execPath, [join(root, 'bin', 'focal.mjs'), 'serve', '--open', ...passThrough], { cwd: root, stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
