// `npm run bench`: Focal's import and dashboards at a million observations, side by side with the
// sqlite3 command-line tool importing the same file. A benchmark, not a test: it prints figures,
// their targets and PASS/MISS, and exits 0 whether or not the targets are met (1 only when
// something could not be measured at all). docs/benchmarks.md explains each figure.
//
//   node bench/run.mjs [--rows N] [--indicators N] [--periods N] [--runs N] [--cpu-prof] [--floor] [--one-thread] [--keep] [--json FILE]
//
//   --cpu-prof  also profiles a second import, the dashboard process, and a bundle export and import (V8 sampling profiler)
//   --floor     also times SQLite alone writing the same rows into Focal's table (bench/sqlite-floor.mjs)
//   --one-thread  also times the import read and written on one thread (FOCAL_IMPORT_THREADS=1), as before
//                 the reading thread, into a fresh store of its own
//
// Then the exchange bundles (issue 10): `focal bundle export` of the whole store, side by side with
// the sqlite3 CLI dumping the same rows as CSV plus `zip -1` of the dump, and `focal bundle import`
// of that bundle into a second, fresh data folder, side by side with Focal's own CSV import above.
//
// Everything happens in a fresh folder under the system's temporary directory, removed at the end
// unless --keep is given.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { formatProfile, summarizeProfile } from './cpu-profile.mjs';
import { areaNames, generate, indicatorCodes } from './generate.mjs';
import { addBenchIndicators } from './indicators.mjs';
import { canPollProc, rssProfile, runMeasured } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const city = 'benchville';

/**
 * The issues' targets. Ratios are against the sqlite3 CLI's `.import` of the same file into a plain
 * table, and (the import) into a table keyed like Focal's.
 */
const targets = {
  importRatio: 2.2,
  importKeyedRatio: 1.6,
  readyRatio: 3,
  peakRssMb: 160,
  fullDashboardMs: 100,
  indicatorPanelsMs: 25,
  commitmentsListMs: 50,
  commitmentDetailMs: 25,
  // Issue 10: a bundle's export against the sqlite3 CLI's CSV dump of the same rows + `zip -1` of it,
  // its import (verify + apply) against Focal's own CSV import of the same rows; peakRssMb for both.
  bundleExportRatio: 1.5,
  bundleImportRatio: 1,
};

const { values: options } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    indicators: { type: 'string', default: '300' },
    periods: { type: 'string', default: '20' },
    runs: { type: 'string', default: '20' },
    'cpu-prof': { type: 'boolean', default: false },
    floor: { type: 'boolean', default: false },
    'one-thread': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const rowsWanted = Number(options.rows.replace(/[_,]/g, ''));
const indicatorCount = Number(options.indicators);
const periodCount = Number(options.periods);
const runs = Number(options.runs);
if (![rowsWanted, indicatorCount, periodCount, runs].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('bench: --rows, --indicators, --periods and --runs take whole numbers above 0');
  process.exit(1);
}

// ---- small helpers -------------------------------------------------------------------------

const n = (value) => Math.round(value).toLocaleString('en');
const mb = (kb) => (kb === null || kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
const ratio = (a, b) => (b ? a / b : null);

function quantile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  // Nearest rank: the p95 of 20 samples is the 19th, a value that was actually observed.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function step(message) {
  process.stdout.write(`• ${message}\n`);
}

function fail(message, detail = '') {
  console.error(`bench: ${message}${detail ? `\n${detail}` : ''}`);
  process.exitCode = 1;
}

/** The sqlite3 CLI to compare with: $SQLITE3, the Debian one, or whatever `sqlite3` is on the PATH. */
function findSqlite3() {
  for (const candidate of [process.env.SQLITE3, '/usr/bin/sqlite3', 'sqlite3']) {
    if (!candidate) continue;
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (probe.status === 0) return { path: candidate, version: probe.stdout.trim().split(' ').slice(0, 2).join(' ') };
  }
  return null;
}

/** `zip` for the bundle export's reference: $ZIP, the Debian one, or whatever `zip` is on the PATH. */
function findZip() {
  for (const candidate of [process.env.ZIP, '/usr/bin/zip', 'zip']) {
    if (!candidate) continue;
    const probe = spawnSync(candidate, ['-v'], { encoding: 'utf8' });
    if (probe.status === 0) return { path: candidate, version: /Zip [\d.]+/.exec(probe.stdout)?.[0] ?? 'zip' };
  }
  return null;
}

/** The SQLite that Focal itself runs (compiled into better-sqlite3), which may differ from the CLI's. */
function embeddedSqliteVersion() {
  const db = new Database(':memory:');
  try {
    return db.prepare('SELECT sqlite_version() AS v').get().v;
  } finally {
    db.close();
  }
}

/** The dashboard probe imports the core's TypeScript, so it is bundled first (a few hundred ms). */
async function bundleProbe() {
  const outfile = join(root, 'bench', '.out', 'dashboard-probe.mjs');
  await build({
    entryPoints: [join(root, 'bench', 'dashboard-probe.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // node_modules stay outside the bundle and resolve from the repository, as dist/cli.mjs does.
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  });
  return outfile;
}

/** A fresh data folder: `focal init`, then the benchmark's indicators written into its catalogue. */
function prepareStore(dataDir) {
  const init = spawnSync(process.execPath, [join(root, 'bin', 'focal.mjs'), 'init', '--data', dataDir, '--city', city, '--name', 'Bench', '--json'], {
    encoding: 'utf8',
  });
  if (init.status !== 0) throw new Error(`focal init failed:\n${init.stderr}`);
  addBenchIndicators(join(dataDir, 'store', 'focal.sqlite'), city, indicatorCount);
  // The file breaks figures down by district: the city's list must name them first, as a real city's does.
  const districts = spawnSync(process.execPath, [join(root, 'bin', 'focal.mjs'), 'districts', 'add', ...areaNames, '--data', dataDir], { encoding: 'utf8' });
  if (districts.status !== 0) throw new Error(`focal districts add failed:\n${districts.stderr}`);
}

function importArgs(dataDir, csv) {
  return [join(root, 'bin', 'focal.mjs'), 'observations', 'import', '--data', dataDir, csv, '--json'];
}

/** The city that receives the bench city's bundle (any code but the bench city's own). */
const peerCity = 'otherc';

function focalArgs(...args) {
  return [join(root, 'bin', 'focal.mjs'), ...args];
}

/**
 * A fresh data folder of another city, ready to receive the bench city's bundle. It needs nothing
 * but `focal init`: the bench's indicators, sources and districts travel in the bundle
 * (records/city-indicators.ndjson, sources.ndjson, districts.ndjson) and are applied into the
 * sender's space before its figures; the receiver's own catalogue is not consulted for them.
 */
function preparePeerStore(dataDir) {
  const init = spawnSync(process.execPath, focalArgs('init', '--data', dataDir, '--city', peerCity, '--name', 'Other', '--json'), { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`focal init of the receiving city failed:\n${init.stderr}`);
}

function bundleExportArgs(dataDir, file) {
  return focalArgs('bundle', 'export', '--data', dataDir, '--out', file, '--to', 'network', '--json');
}

function bundleImportArgs(dataDir, file) {
  return focalArgs('bundle', 'import', '--data', dataDir, file, '--yes-trust', '--json');
}

/**
 * The rows of data/observations.csv, in its column order and row order, as the sqlite3 CLI writes
 * them: codes, the value (whole numbers without ".0"), the source's citation, the note, the flags,
 * the source's id, revision and time. Confidential rows are left out, as the bundle leaves them out;
 * suppression of small counts (which the bundle also does) is not reproduced.
 */
function referenceDumpQuery() {
  const key = 'o.indicator, o.period, o.sex, o.age, o.status, o.origin, o.area';
  return (
    `SELECT ${key}, CASE WHEN o.value = CAST(o.value AS INTEGER) THEN CAST(o.value AS INTEGER) ELSE o.value END AS value, ` +
    "s.citation AS source, o.note, trim(CASE o.is_estimate WHEN 1 THEN 'estimate' ELSE '' END || CASE o.is_provisional WHEN 1 THEN ';provisional' ELSE '' END, ';') AS flags, " +
    `s.uid AS source_id, o.revision, o.updated_at FROM observations o JOIN sources s ON s.id = o.source WHERE o.city = '${city}' AND o.is_confidential = 0 ORDER BY ${key}`
  );
}

/** What a CLI printed with --json (one JSON document on stdout), or null. */
function jsonOutput(stdout) {
  try {
    return JSON.parse(stdout);
  } catch {
    return null;
  }
}

function probeArgs(probe, dataDir, panelCodes, rounds, warmup, commitments = 0) {
  return [probe, '--data', dataDir, '--resources', join(root, 'resources'), ...panelCodes.flatMap((code) => ['--indicator', code]), '--runs', String(rounds), '--warmup', String(warmup), '--commitments', String(commitments)];
}

/** Runs the probe, noting when its "ready" line arrives; answers its events and the process figures. */
async function runProbe(args, workDir, nodeFlags = []) {
  const events = {};
  let readyAtMs = null;
  const result = await runMeasured(process.execPath, [...nodeFlags, ...args], {
    workDir,
    onLine: (line, at) => {
      if (!line.startsWith('{')) return;
      const event = JSON.parse(line);
      events[event.event] = event;
      if (event.event === 'ready') readyAtMs = at;
    },
  });
  return { ...result, events, readyAtMs };
}

// ---- the run ---------------------------------------------------------------------------------

if (!existsSync(join(root, 'dist', 'cli.mjs'))) {
  console.error('bench: the CLI is not built; run "npm run build" (npm run bench does it for you).');
  process.exit(1);
}

// "One indicator's panels" is timed on the first, middle and last of the benchmark's indicators.
const codes = indicatorCodes(city, indicatorCount);
const panelCodes = [...new Set([codes[0], codes[Math.floor(codes.length / 2)], codes[codes.length - 1]])];
const startedAt = new Date();
const loadBefore = loadavg();
const work = mkdtempSync(join(tmpdir(), 'focal-bench-'));
const csv = join(work, 'observations.csv');
const sqlite3 = findSqlite3();
const zip = findZip();
const report = {
  date: startedAt.toISOString(),
  machine: {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    sqlite3Cli: sqlite3?.version ?? null,
    zip: zip?.version ?? null,
    betterSqlite3Sqlite: embeddedSqliteVersion(),
    loadBefore,
  },
  rowsWanted,
};

try {
  console.log(`Focal benchmark — ${n(rowsWanted)} rows, ${indicatorCount} indicators, working in ${work}`);
  if (!canPollProc) console.log('  (no /proc here: peak memory can only come from /usr/bin/time, if present)');
  const probe = await bundleProbe();

  // What any Node process costs before it does anything: the part of the RSS budget Focal cannot save.
  const bare = await runMeasured(process.execPath, ['-e', 'setTimeout(() => {}, 300)'], { crossCheck: false });
  report.bareNodeKb = bare.peakKb;

  // 1. The file.
  step('generating the CSV');
  const t0 = performance.now();
  const generated = await generate(csv, { city, indicators: indicatorCount, periods: periodCount, rows: rowsWanted });
  report.csv = { ...generated, bytes: statSync(csv).size, ms: performance.now() - t0 };
  const rows = generated.rows;

  // 2. The reference: sqlite3's own CSV import into a plain table, no checks, no index.
  if (sqlite3) {
    // Three times (it takes a second or two), the median kept: one slow run on a busy machine
    // would otherwise flatter every ratio below.
    step(`sqlite3 ${sqlite3.version}: .import, 3 times`);
    const refDb = join(work, 'reference.sqlite');
    const attempts = [];
    for (let i = 0; i < 3; i += 1) {
      rmSync(refDb, { force: true });
      const ref = await runMeasured(sqlite3.path, [refDb, '.mode csv', `.import "${csv}" obs`], { workDir: work });
      if (ref.code !== 0) fail('sqlite3 .import failed', ref.stderr);
      attempts.push(ref);
    }
    const count = spawnSync(sqlite3.path, [refDb, 'SELECT count(*) FROM obs'], { encoding: 'utf8' }).stdout.trim();
    if (Number(count) !== rows) fail(`sqlite3 imported ${count} rows, not ${n(rows)}`);
    const median = [...attempts].sort((a, b) => a.wallMs - b.wallMs)[1];
    report.sqlite3 = { wallMs: median.wallMs, allWallMs: attempts.map((a) => a.wallMs), peakKb: median.peakKb, timeKb: median.timeKb, rows: Number(count) };
    rmSync(refDb, { force: true });

    // The fairer reference: the same .import into a table keyed like Focal's (the same key
    // columns, WITHOUT ROWID), so SQLite maintains the same B-tree order Focal's table has.
    step(`sqlite3 ${sqlite3.version}: .import into a keyed table (Focal's key, WITHOUT ROWID), 3 times`);
    const keyed = [];
    const keyedDdl =
      'CREATE TABLE obs (indicator TEXT, period TEXT, sex TEXT, age TEXT, status TEXT, origin TEXT, area TEXT, value TEXT, source TEXT, note TEXT, flags TEXT, ' +
      'PRIMARY KEY (indicator, period, sex, age, status, origin, area)) WITHOUT ROWID';
    for (let i = 0; i < 3; i += 1) {
      rmSync(refDb, { force: true });
      const ref = await runMeasured(sqlite3.path, [refDb, keyedDdl, '.mode csv', `.import --skip 1 "${csv}" obs`], { workDir: work });
      if (ref.code !== 0) fail('sqlite3 .import into the keyed table failed', ref.stderr);
      keyed.push(ref);
    }
    const keyedCount = spawnSync(sqlite3.path, [refDb, 'SELECT count(*) FROM obs'], { encoding: 'utf8' }).stdout.trim();
    if (Number(keyedCount) !== rows) fail(`sqlite3 imported ${keyedCount} rows into the keyed table, not ${n(rows)}`);
    const keyedMedian = [...keyed].sort((a, b) => a.wallMs - b.wallMs)[1];
    report.sqlite3Keyed = { wallMs: keyedMedian.wallMs, allWallMs: keyed.map((a) => a.wallMs), peakKb: keyedMedian.peakKb, timeKb: keyedMedian.timeKb, rows: Number(keyedCount) };
    rmSync(refDb, { force: true });
  } else {
    console.log('  sqlite3 CLI not found (install the "sqlite3" package or set SQLITE3=path): Focal figures only, no ratios.');
  }

  // 3. Focal's import, in its own process as a user runs it.
  const dataDir = join(work, 'data');
  step('focal init + benchmark indicators (not timed)');
  prepareStore(dataDir);
  step('focal observations import');
  const importStart = performance.now();
  const imported = await runMeasured(process.execPath, importArgs(dataDir, csv), { workDir: work });
  let summary = null;
  try {
    summary = JSON.parse(imported.stdout);
  } catch {
    // Reported just below.
  }
  if (imported.code !== 0 || !summary || summary.created !== rows) {
    fail(`the import did not write the ${n(rows)} rows (exit ${imported.code})`, `${imported.stdout.slice(0, 2000)}\n${imported.stderr.slice(0, 2000)}`);
  }
  report.import = {
    wallMs: imported.wallMs,
    rowsPerSecond: rows / (imported.wallMs / 1000),
    peakKb: imported.peakKb,
    atPeak: imported.atPeak,
    timeKb: imported.timeKb,
    created: summary?.created ?? null,
    rssMbByTenth: rssProfile(imported.timeline, imported.wallMs),
    dbBytes: statSync(join(dataDir, 'store', 'focal.sqlite')).size,
  };

  // 4 and 5. A fresh process opens the store: first full dashboard ("ready"), then warm timings.
  // It starts right after the import ends: "ready" runs without a break from the import's start.
  step('dashboards: fresh process, then warm runs');
  const probeStart = performance.now();
  const dashboards = await runProbe(probeArgs(probe, dataDir, panelCodes, runs, 3, 50), work);
  const ready = dashboards.events.ready;
  const warm = dashboards.events.warm;
  if (dashboards.code !== 0 || !ready || !warm) fail(`the dashboard probe failed (exit ${dashboards.code})`, dashboards.stderr);
  if (ready && dashboards.readyAtMs !== null) {
    report.ready = {
      ms: probeStart - importStart + dashboards.readyAtMs,
      probeMs: dashboards.readyAtMs,
      openMs: ready.openMs,
      firstKeyFiguresMs: ready.firstKeyFiguresMs,
      firstGapsMs: ready.firstGapsMs,
      keyFigures: ready.keyFigures,
      gapIndicators: ready.gapIndicators,
    };
  }
  if (warm) {
    const stats = (samples) => ({ median: quantile(samples, 0.5), p95: quantile(samples, 0.95), max: Math.max(...samples), samples: samples.length });
    report.dashboards = {
      full: stats(warm.fullMs),
      keyFigures: stats(warm.keyFiguresMs),
      gaps: stats(warm.gapsMs),
      panels: stats(warm.panelsMs),
      firstPanelsMs: warm.firstPanelsMs,
      panelShape: warm.panelShape,
      probePeakKb: dashboards.peakKb,
    };
  }
  const plan = dashboards.events.commitments;
  if (plan) {
    const stats = (samples) => ({ median: quantile(samples, 0.5), p95: quantile(samples, 0.95), max: Math.max(...samples), samples: samples.length });
    report.commitments = { commitments: plan.commitments, targets: plan.targets, figures: plan.figures, list: stats(plan.listMs), detail: stats(plan.detailMs), floor: stats(plan.floorMs) };
  } else fail('the dashboard probe timed no commitments', dashboards.stderr);

  // 6. Exchange bundles (issue 10). The store now holds the import's rows (and the probe's action plan).
  await measureBundles(dataDir, rows);

  // Optional: the same import on one thread, to see what the reading thread gives on this machine today.
  if (options['one-thread']) {
    step('focal observations import on one thread (--one-thread)');
    const single = join(work, 'data-one-thread');
    prepareStore(single);
    const run = await runMeasured(process.execPath, importArgs(single, csv), { workDir: work, env: { ...process.env, FOCAL_IMPORT_THREADS: '1' } });
    if (run.code !== 0) fail('the one-thread import failed', run.stderr);
    report.oneThread = { wallMs: run.wallMs, peakKb: run.peakKb };
    rmSync(single, { recursive: true, force: true });
  }

  // Optional: the floor under any import into Focal's table (SQLite's own share of the work).
  if (options.floor) {
    step('SQLite alone into Focal\'s table, no validation (--floor)');
    const floor = await runMeasured(process.execPath, [join(root, 'bench', 'sqlite-floor.mjs'), '--csv', csv, '--ddl-from', join(dataDir, 'store', 'focal.sqlite'), '--dir', work], {
      workDir: work,
    });
    if (floor.code !== 0) fail('the SQLite floor run failed', floor.stderr);
    report.floor = floor.stdout
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
  }

  // Optional: where the time goes, from V8's sampling profiler (a separate run: profiling slows it).
  if (options['cpu-prof']) {
    step('profiling a second import and a cold dashboard open (--cpu-prof)');
    const profiled = join(work, 'data-profiled');
    const profiles = join(work, 'profiles');
    mkdirSync(profiles);
    prepareStore(profiled);
    const flags = (name) => ['--cpu-prof', `--cpu-prof-dir=${join(profiles, name)}`, '--cpu-prof-interval=500'];
    const again = await runMeasured(process.execPath, [...flags('import'), ...importArgs(profiled, csv)], { workDir: work });
    const opened = await runProbe(probeArgs(probe, profiled, [], 0, 0), work, flags('ready'));
    const warmed = await runProbe(probeArgs(probe, profiled, panelCodes, runs, 3), work, flags('warm'));
    const profiledRuns = [['import', again], ['ready', opened], ['warm', warmed]];
    // The bundle export of the million-row store, and the import of that bundle into a fresh folder.
    if (report.bundles?.export) {
      const profiledBundle = join(work, 'profiled.focal');
      const exported = await runMeasured(process.execPath, [...flags('bundle-export'), ...bundleExportArgs(dataDir, profiledBundle)], { workDir: work });
      profiledRuns.push(['bundle-export', exported]);
      if (exported.code === 0) {
        const receiver = join(work, 'data-peer-profiled');
        preparePeerStore(receiver);
        profiledRuns.push(['bundle-import', await runMeasured(process.execPath, [...flags('bundle-import'), ...bundleImportArgs(receiver, profiledBundle)], { workDir: work })]);
      } else fail('the profiled bundle export failed', exported.stderr);
    }
    report.profiles = {};
    for (const [name, run] of profiledRuns) {
      const dir = join(profiles, name);
      // Node writes one profile per thread; the import's work happens on its worker thread, so the
      // profile kept is the one with the least idle time (the main thread mostly waits for the worker).
      const candidates = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
      const idleShare = (f) => summarizeProfile(join(dir, f), { root }).functions.find((fn) => fn.what.startsWith('(idle)'))?.share ?? 0;
      const file = candidates.length <= 1 ? candidates[0] : [...candidates].sort((a, b) => idleShare(a) - idleShare(b))[0];
      if (!file) {
        fail(`no CPU profile for ${name} (exit ${run.code})`, run.stderr);
        continue;
      }
      report.profiles[name] = { file: join(dir, file), wallMs: run.wallMs, rssMbByTenth: rssProfile(run.timeline, run.wallMs), ...summarizeProfile(join(dir, file), { root }) };
    }
  }
} catch (error) {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  report.machine.loadAfter = loadavg();
  printReport(report);
  if (options.json) writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  if (options.keep) console.log(`\nKept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

// ---- the exchange bundles (issue 10) -----------------------------------------------------------

/** The manifest's list of files (path, size, sha256, records) of a bundle, read with fflate. */
function manifestFiles(file) {
  const entries = unzipSync(readFileSync(file), { filter: (entry) => entry.name === 'manifest.json' });
  return JSON.parse(Buffer.from(entries['manifest.json']).toString('utf8')).files;
}

/**
 * Step 6: `focal bundle export` of the whole store against the sqlite3 CLI's CSV dump of the same
 * rows + `zip -1` of it (both timed together, three times, median kept), then `focal bundle import`
 * of that bundle into a second city's fresh data folder against Focal's CSV import timed above.
 */
async function measureBundles(dataDir, rows) {
  const store = join(dataDir, 'store', 'focal.sqlite');
  const bundleFile = join(work, 'bench.focal');
  report.bundles = {};

  if (sqlite3 && zip) {
    step(`sqlite3 ${sqlite3.version}: CSV dump of the store's observations + zip -1 (${zip.version}), 3 times`);
    const dumpName = 'reference-dump.csv';
    const dump = join(work, dumpName);
    const zipped = join(work, 'reference-dump.zip');
    const attempts = [];
    for (let i = 0; i < 3; i += 1) {
      rmSync(dump, { force: true });
      // zip adds to an archive that exists: each run starts without one.
      rmSync(zipped, { force: true });
      const dumped = await runMeasured(sqlite3.path, [store, '.mode csv', '.headers on', `.output "${dump}"`, referenceDumpQuery()], { workDir: work });
      if (dumped.code !== 0) fail('the sqlite3 CSV dump failed', dumped.stderr);
      const packed = await runMeasured(zip.path, ['-1', '-q', zipped, dumpName], { cwd: work, workDir: work });
      if (packed.code !== 0) fail('zip -1 of the dump failed', packed.stderr);
      attempts.push({ wallMs: dumped.wallMs + packed.wallMs, dumpMs: dumped.wallMs, zipMs: packed.wallMs, peakKb: Math.max(dumped.peakKb ?? 0, packed.peakKb ?? 0) || null, dumpPeakKb: dumped.peakKb, zipPeakKb: packed.peakKb });
    }
    const count = spawnSync(sqlite3.path, [store, `SELECT count(*) FROM observations WHERE city = '${city}' AND is_confidential = 0`], { encoding: 'utf8' }).stdout.trim();
    if (Number(count) !== rows) fail(`the store holds ${count} shareable rows, not ${n(rows)}`);
    const median = [...attempts].sort((a, b) => a.wallMs - b.wallMs)[1];
    report.bundles.reference = { ...median, allWallMs: attempts.map((a) => a.wallMs), rows: Number(count), csvBytes: statSync(dump).size, zipBytes: statSync(zipped).size };
    rmSync(dump, { force: true });
    rmSync(zipped, { force: true });
  } else {
    console.log(`  ${sqlite3 ? 'zip' : 'the sqlite3 CLI'} not found: the bundle export is timed without its reference.`);
  }

  step('focal bundle export (everything, to the network)');
  const exported = await runMeasured(process.execPath, bundleExportArgs(dataDir, bundleFile), { workDir: work });
  const sent = jsonOutput(exported.stdout);
  const sentRows = sent?.counts?.['data/observations.csv'] ?? null;
  if (exported.code !== 0 || sentRows !== rows) {
    fail(`the bundle export did not write the ${n(rows)} rows (exit ${exported.code}, ${sentRows ?? 'no'} rows)`, `${exported.stdout.slice(0, 2000)}\n${exported.stderr.slice(0, 2000)}`);
    return;
  }
  const files = manifestFiles(bundleFile);
  const observationsFile = files.find((f) => f.path === 'data/observations.csv');
  report.bundles.export = {
    wallMs: exported.wallMs,
    rowsPerSecond: rows / (exported.wallMs / 1000),
    peakKb: exported.peakKb,
    atPeak: exported.atPeak,
    timeKb: exported.timeKb,
    rssMbByTenth: rssProfile(exported.timeline, exported.wallMs),
    bytes: statSync(bundleFile).size,
    rows: sentRows,
    csvBytes: observationsFile?.size ?? null,
    unpackedBytes: files.reduce((sum, f) => sum + f.size, 0),
    records: sent.counts,
    suppressed: sent.suppressed,
    withheld: sent.withheld,
  };

  // The receiver: another city's fresh folder, which trusts the sender's key on the user's word (--yes-trust).
  const receiver = join(work, 'data-peer');
  step(`focal init of a receiving city "${peerCity}" (not timed)`);
  preparePeerStore(receiver);
  step('focal bundle import into it (verify + apply)');
  const imported = await runMeasured(process.execPath, bundleImportArgs(receiver, bundleFile), { workDir: work });
  const result = jsonOutput(imported.stdout);
  const figures = result?.counts?.observations ?? null;
  report.bundles.import = {
    wallMs: imported.wallMs,
    rowsPerSecond: rows / (imported.wallMs / 1000),
    peakKb: imported.peakKb,
    atPeak: imported.atPeak,
    timeKb: imported.timeKb,
    rssMbByTenth: rssProfile(imported.timeline, imported.wallMs),
    status: result?.status ?? null,
    code: result?.code ?? null,
    message: result?.message ?? null,
    observations: figures,
    suppressed: result?.suppressed ?? null,
    dbBytes: statSync(join(receiver, 'store', 'focal.sqlite')).size,
  };
  if (imported.code !== 0 || result?.status !== 'imported') {
    fail(
      `the bundle import was not applied (exit ${imported.code}, status ${result?.status ?? 'none'}, code ${result?.code ?? 'none'}): ${result?.message ?? ''}`,
      `${imported.stdout.slice(0, 2000)}\n${imported.stderr.slice(0, 2000)}`,
    );
  } else if ((figures?.created ?? 0) + (result.suppressed ?? 0) !== rows) {
    fail(`the bundle import created ${figures?.created ?? 0} figures (+ ${result.suppressed} suppressed), not ${n(rows)}`);
  }
}

// ---- the report ------------------------------------------------------------------------------

function printReport(r) {
  const lines = [];
  const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
  lines.push('');
  lines.push(`Focal benchmark, ${r.date}`);
  lines.push(`node ${r.machine.node}, ${r.machine.cpus} CPUs (${r.machine.cpuModel}), sqlite3 CLI ${r.machine.sqlite3Cli ?? 'absent'}, better-sqlite3's SQLite ${r.machine.betterSqlite3Sqlite}`);
  lines.push(`load average before ${load(r.machine.loadBefore)}, after ${load(r.machine.loadAfter)}`);
  if (r.csv) {
    lines.push(
      `CSV: ${n(r.csv.rows)} rows (${indicatorCount} indicators × ${r.csv.periods} periods × ≤${r.csv.breakdowns} breakdowns), ${(r.csv.bytes / 1e6).toFixed(1)} MB, generated in ${seconds(r.csv.ms)}`,
    );
  }
  lines.push('');

  const table = [['figure', 'Focal', 'sqlite3 CLI', 'ratio', 'target', 'result']];
  const verdict = (ok) => (ok === null ? '—' : ok ? 'PASS' : 'MISS');
  const ref = r.sqlite3;
  if (r.import) {
    const importRatio = ref ? ratio(r.import.wallMs, ref.wallMs) : null;
    table.push(['import, wall time', seconds(r.import.wallMs), ref ? seconds(ref.wallMs) : 'n/a', importRatio ? `${importRatio.toFixed(2)}×` : '', `≤ ${targets.importRatio}×`, verdict(importRatio === null ? null : importRatio <= targets.importRatio)]);
    const keyedRef = r.sqlite3Keyed;
    const keyedRatio = keyedRef ? ratio(r.import.wallMs, keyedRef.wallMs) : null;
    table.push(['import vs keyed .import', seconds(r.import.wallMs), keyedRef ? seconds(keyedRef.wallMs) : 'n/a', keyedRatio ? `${keyedRatio.toFixed(2)}×` : '', `≤ ${targets.importKeyedRatio}×`, verdict(keyedRatio === null ? null : keyedRatio <= targets.importKeyedRatio)]);
    table.push(['import, rows/s', n(r.import.rowsPerSecond), ref ? n((r.csv?.rows ?? 0) / (ref.wallMs / 1000)) : 'n/a', '', '', '']);
    const peak = r.import.peakKb ?? r.import.timeKb;
    table.push(['import, peak RSS (VmHWM)', mb(r.import.peakKb), ref ? mb(ref.peakKb) : 'n/a', '', `≤ ${targets.peakRssMb} MB`, verdict(peak === null ? null : peak / 1024 <= targets.peakRssMb)]);
    if (r.import.timeKb !== null || ref?.timeKb) table.push(['  cross-check /usr/bin/time %M', mb(r.import.timeKb), ref ? mb(ref.timeKb) : 'n/a', '', '', '']);
  }
  if (r.ready) {
    const readyRatio = ref ? ratio(r.ready.ms, ref.wallMs) : null;
    table.push(['ready for dashboards', seconds(r.ready.ms), ref ? seconds(ref.wallMs) : 'n/a', readyRatio ? `${readyRatio.toFixed(2)}×` : '', `≤ ${targets.readyRatio}×`, verdict(readyRatio === null ? null : readyRatio <= targets.readyRatio)]);
  }
  if (r.dashboards) {
    const d = r.dashboards;
    table.push(['full dashboard, warm median', millis(d.full.median), '', '', `≤ ${targets.fullDashboardMs} ms`, verdict(d.full.median <= targets.fullDashboardMs)]);
    table.push(['full dashboard, warm p95', millis(d.full.p95), '', '', `≤ ${targets.fullDashboardMs} ms`, verdict(d.full.p95 <= targets.fullDashboardMs)]);
    table.push(["one indicator's panels, median", millis(d.panels.median), '', '', `≤ ${targets.indicatorPanelsMs} ms`, verdict(d.panels.median <= targets.indicatorPanelsMs)]);
    table.push(["one indicator's panels, p95", millis(d.panels.p95), '', '', `≤ ${targets.indicatorPanelsMs} ms`, verdict(d.panels.p95 <= targets.indicatorPanelsMs)]);
  }
  if (r.commitments) {
    const c = r.commitments;
    const vsFloor = (ms) => `${ratio(ms, c.floor.median)?.toFixed(2) ?? "—"}× SQL`;
    table.push(['commitments list, median', millis(c.list.median), '', vsFloor(c.list.median), `≤ ${targets.commitmentsListMs} ms`, verdict(c.list.median <= targets.commitmentsListMs)]);
    table.push(['commitments list, p95', millis(c.list.p95), '', '', `≤ ${targets.commitmentsListMs} ms`, verdict(c.list.p95 <= targets.commitmentsListMs)]);
    table.push(["one commitment's page, median", millis(c.detail.median), '', '', `≤ ${targets.commitmentDetailMs} ms`, verdict(c.detail.median <= targets.commitmentDetailMs)]);
    table.push(["one commitment's page, p95", millis(c.detail.p95), '', '', `≤ ${targets.commitmentDetailMs} ms`, verdict(c.detail.p95 <= targets.commitmentDetailMs)]);
  }
  const b = r.bundles;
  if (b?.export) {
    const exportRef = b.reference;
    const exportRatio = exportRef ? ratio(b.export.wallMs, exportRef.wallMs) : null;
    table.push(['bundle export vs CSV dump + zip -1', seconds(b.export.wallMs), exportRef ? seconds(exportRef.wallMs) : 'n/a', exportRatio ? `${exportRatio.toFixed(2)}×` : '', `≤ ${targets.bundleExportRatio}×`, verdict(exportRatio === null ? null : exportRatio <= targets.bundleExportRatio)]);
    const peak = b.export.peakKb ?? b.export.timeKb;
    table.push(['bundle export, peak RSS (VmHWM)', mb(b.export.peakKb), exportRef ? mb(exportRef.peakKb) : 'n/a', '', `≤ ${targets.peakRssMb} MB`, verdict(peak === null ? null : peak / 1024 <= targets.peakRssMb)]);
  }
  if (b?.import) {
    // The reference here is Focal's own CSV import of the same rows (row "import, wall time").
    const csvImport = r.import;
    const importRatio = csvImport && b.import.status === 'imported' ? ratio(b.import.wallMs, csvImport.wallMs) : null;
    table.push(['bundle import vs Focal CSV import', seconds(b.import.wallMs), csvImport ? `${seconds(csvImport.wallMs)} (Focal)` : 'n/a', importRatio ? `${importRatio.toFixed(2)}×` : '', `≤ ${targets.bundleImportRatio}×`, verdict(importRatio === null ? null : importRatio <= targets.bundleImportRatio)]);
    const peak = b.import.peakKb ?? b.import.timeKb;
    table.push(['bundle import, peak RSS (VmHWM)', mb(b.import.peakKb), csvImport ? `${mb(csvImport.peakKb)} (Focal)` : 'n/a', '', `≤ ${targets.peakRssMb} MB`, verdict(peak === null || b.import.status !== 'imported' ? null : peak / 1024 <= targets.peakRssMb)]);
  }
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table) lines.push(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));

  lines.push('');
  if (ref) lines.push(`sqlite3 .import: median of ${ref.allWallMs.map(seconds).join(', ')}`);
  if (r.sqlite3Keyed) lines.push(`sqlite3 .import into the keyed table: median of ${r.sqlite3Keyed.allWallMs.map(seconds).join(', ')} (${(r.sqlite3Keyed.wallMs / (ref?.wallMs ?? r.sqlite3Keyed.wallMs)).toFixed(2)}× the plain one)`);
  if (r.import) {
    lines.push(`import: ${n(r.import.created ?? 0)} rows created; store file ${(r.import.dbBytes / 1e6).toFixed(0)} MB`);
    lines.push(`import RSS at each tenth of its run (MB): ${r.import.rssMbByTenth.map((v) => v ?? '·').join(' ')}`);
    const p = r.import.atPeak;
    if (p) lines.push(`  at its largest: ${mb(p.rssKb)} = ${mb(p.anonKb)} anonymous (V8 heap, SQLite cache, malloc) + ${mb(p.fileKb)} file-backed (node binary, libraries); a bare node process peaks at ${mb(r.bareNodeKb)}`);
  }
  if (r.ready) {
    const startUp = r.ready.probeMs - r.ready.openMs - r.ready.firstKeyFiguresMs - r.ready.firstGapsMs;
    lines.push(
      `ready = import ${seconds(r.import?.wallMs ?? 0)} + fresh process ${seconds(r.ready.probeMs)} (start-up and module load ${millis(startUp)}, openCore ${millis(r.ready.openMs)}, first profile.keyFigures ${millis(r.ready.firstKeyFiguresMs)}, first dashboard.gaps ${millis(r.ready.firstGapsMs)})`,
    );
    lines.push(`  answered ${r.ready.keyFigures} key figures and ${r.ready.gapIndicators} indicators in the gaps view`);
  }
  if (r.dashboards) {
    const d = r.dashboards;
    lines.push(
      `warm, ${d.full.samples} runs: profile.keyFigures median ${millis(d.keyFigures.median)} (p95 ${millis(d.keyFigures.p95)}), dashboard.gaps median ${millis(d.gaps.median)} (p95 ${millis(d.gaps.p95)}); full dashboard max ${millis(d.full.max)}`,
    );
    lines.push(
      `dashboard.indicator over ${Object.keys(d.panelShape).join(', ')}: ${d.panels.samples} calls, max ${millis(d.panels.max)}; first (cold) calls ${d.firstPanelsMs.map(millis).join(', ')}; ` +
        `each answers ${Object.values(d.panelShape).map((s) => `${s.series} totals + ${s.breakdowns} breakdown values`)[0] ?? '?'}`,
    );
    lines.push(`dashboard process peak RSS ${mb(d.probePeakKb)}`);
  }
  if (r.commitments) {
    const c = r.commitments;
    lines.push(
      `action plan: ${c.commitments} commitments × 3 targets (women, youth, refugees) over ${n(c.figures)} figures; list and page over ${c.list.samples} warm runs; ` +
        `SQL floor (one statement: every commitment with every figure of its targets' keys, no progress rule) median ${millis(c.floor.median)}`,
    );
  }
  if (b?.reference) {
    const ref = b.reference;
    lines.push(
      `bundle export reference: sqlite3 -csv dump of ${n(ref.rows)} rows (${(ref.csvBytes / 1e6).toFixed(1)} MB) + zip -1 (${(ref.zipBytes / 1e6).toFixed(1)} MB): median of ${ref.allWallMs.map(seconds).join(', ')} ` +
        `(that run: dump ${seconds(ref.dumpMs)} + zip ${seconds(ref.zipMs)}; peak RSS dump ${mb(ref.dumpPeakKb)}, zip ${mb(ref.zipPeakKb)})`,
    );
  }
  if (b?.export) {
    const e = b.export;
    lines.push(
      `bundle export: ${n(e.rows)} figures, data/observations.csv ${((e.csvBytes ?? 0) / 1e6).toFixed(1)} MB, ${(e.unpackedBytes / 1e6).toFixed(1)} MB unpacked in all, bundle ${(e.bytes / 1e6).toFixed(1)} MB; ` +
        `${n(e.suppressed ?? 0)} small counts suppressed, ${n(e.withheld ?? 0)} confidential left out; ${n(e.rowsPerSecond)} rows/s`,
    );
    lines.push(`bundle export RSS at each tenth of its run (MB): ${e.rssMbByTenth.map((v) => v ?? '·').join(' ')}${e.timeKb !== null ? `; /usr/bin/time %M ${mb(e.timeKb)}` : ''}`);
  }
  if (b?.import) {
    const i = b.import;
    const o = i.observations;
    lines.push(
      `bundle import: ${i.status ?? 'no answer'}${i.code ? ` (${i.code}: ${i.message})` : ''}` +
        (o ? `; figures ${n(o.created)} created, ${n(o.updated)} updated, ${n(o.unchanged)} unchanged, ${n(o.conflicts)} conflicts, ${n(i.suppressed ?? 0)} arrived suppressed` : '') +
        `; receiving store ${(i.dbBytes / 1e6).toFixed(0)} MB; ${n(i.rowsPerSecond)} rows/s`,
    );
    lines.push(`bundle import RSS at each tenth of its run (MB): ${i.rssMbByTenth.map((v) => v ?? '·').join(' ')}${i.timeKb !== null ? `; /usr/bin/time %M ${mb(i.timeKb)}` : ''}`);
    const p = i.atPeak;
    if (p) lines.push(`  at its largest: ${mb(p.rssKb)} = ${mb(p.anonKb)} anonymous + ${mb(p.fileKb)} file-backed`);
  }
  if (r.oneThread) {
    const keyed = r.sqlite3Keyed ? ` = ${(r.oneThread.wallMs / r.sqlite3Keyed.wallMs).toFixed(2)}× the keyed .import` : '';
    lines.push(`import on one thread (FOCAL_IMPORT_THREADS=1): ${seconds(r.oneThread.wallMs)}${keyed}, peak RSS ${mb(r.oneThread.peakKb)}`);
  }
  if (r.floor) {
    lines.push('');
    lines.push('SQLite alone (better-sqlite3, naive split, no validation, 50 rows per INSERT, one transaction, WAL + synchronous FULL):');
    const labels = { focal: "Focal's observations table", 'no-checks': 'same key, no CHECK constraints', plain: 'plain rowid table (like .import)' };
    for (const f of r.floor) {
      const vs = r.sqlite3 ? ` = ${(f.ms / r.sqlite3.wallMs).toFixed(2)}× the sqlite3 CLI` : '';
      lines.push(`  ${labels[f.table] ?? f.table}: ${seconds(f.ms)}${vs}`);
    }
  }
  if (r.profiles) {
    for (const [name, p] of Object.entries(r.profiles)) {
      lines.push('');
      const titles = {
        import: `CPU profile of the import (wall ${seconds(p.wallMs)} under the profiler)`,
        ready: 'CPU profile of a fresh process: open + first full dashboard',
        warm: `CPU profile of the dashboard process: open, then ${runs + 3} rounds of full dashboard + ${panelCodes.length} indicators' panels`,
        'bundle-export': `CPU profile of focal bundle export (wall ${seconds(p.wallMs)} under the profiler)`,
        'bundle-import': `CPU profile of focal bundle import, verify + apply (wall ${seconds(p.wallMs)} under the profiler)`,
      };
      lines.push(formatProfile(titles[name], p));
      lines.push(`  RSS at each tenth (MB): ${p.rssMbByTenth.map((v) => v ?? '·').join(' ')}`);
      if (options.keep) lines.push(`  profile: ${p.file} (open in Chrome DevTools › Performance)`);
    }
  }
  console.log(lines.join('\n'));
}
