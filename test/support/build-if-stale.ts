import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..');

/**
 * Global setup of vitest and Playwright: several tests run the built app (the CLI in dist/, the
 * import worker bundle, the browser host serving dist/renderer). Rebuild first when any source is
 * not what dist/ was built from, so that no test silently checks yesterday's code. Quick when
 * nothing changed (a hash of the sources, no bundler loaded).
 */
export default function buildIfStale(): void {
  const build = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--if-needed'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`The build failed (${build.error?.message ?? `exit ${build.status}`}): the tests would run against an old or missing dist/.`);
}
