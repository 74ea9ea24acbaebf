// `npm test`: type-check, lint, build (when a source changed since the last one), unit and
// integration tests (vitest), then the end-to-end tests in Chromium (Playwright). Every step runs
// even when an earlier one fails, so one run shows everything that is wrong; the last line is the
// plain total CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const { status, error } = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  console.log(`--- ${label}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (error) console.error(error.message);
  return status === 0;
}

/** A check that is not a test runner (type-check, lint, build) counts as one test. */
function check(label, command, args) {
  const ok = run(label, command, args);
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('type-check (tsc -b)', bin('tsc'), ['-b']);
check('lint (eslint, layer rules)', bin('eslint'), ['--max-warnings=0', '.']);
// Up to date is enough: the runners' global setup (test/support/build-if-stale.ts) would rebuild otherwise.
const built = check('build', process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-needed']);

const unitReport = join(results, 'unit.json');
const unitOk = run('unit and integration tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const unit = readJson(unitReport);
if (unit) {
  totals.passed += unit.numPassedTests ?? 0;
  totals.failed += unit.numFailedTests ?? 0;
  totals.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  if ((unit.numFailedTests ?? 0) > 0 || !unitOk) failures.push('vitest');
} else {
  totals.failed += 1;
  failures.push('vitest (no report)');
}

if (built) {
  const e2eOk = run('end-to-end tests (Playwright, Chromium)', bin('playwright'), ['test']);
  const e2e = readJson(join(results, 'e2e.json'));
  if (e2e?.stats) {
    totals.passed += e2e.stats.expected ?? 0;
    totals.failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
    totals.skipped += e2e.stats.skipped ?? 0;
    if (!e2eOk) failures.push('playwright');
  } else {
    totals.failed += 1;
    failures.push('playwright (no report)');
  }
} else {
  totals.failed += 1;
  failures.push('playwright (not run: the build failed)');
}

if (!existsSync('/usr/bin/chromium') && !process.env.FOCAL_CHROMIUM) console.log('\nNote: /usr/bin/chromium is missing; install it with: apt-get install -y chromium');
if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 || failures.length > 0 ? 1 : 0;
