// Crash safety, as docs/security.md promises it: `kill -9` at random moments during imports and
// exports, many times. An import leaves the store with all of the file or none of it (integrity ok,
// coverage consistent, the folder opens again); an export leaves its file absent, the old file, or a
// complete new one — never a half file under the final name.
//
// The kill moments come from a seeded PRNG: FOCAL_CRASH_SEED=<n> reproduces a run's draws (timing
// still varies with the machine). FOCAL_CRASH_KEEP=1 keeps the temp folder for inspection.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, type FSWatcher, mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tempNameFor } from '../../electron/core/files/atomic-write';
import { readXlsx } from '../../electron/core/files/xlsx/index';
import { exportTempWriter } from '../../electron/core/observations/export/export-file';
import { mulberry32, seedFrom, type Prng } from '../support/prng';
import { repoRoot, tempDir } from '../support/temp-core';

const seed = seedFrom('FOCAL_CRASH_SEED', 0x0f0ca1);
const keep = process.env.FOCAL_CRASH_KEEP === '1';
const bin = join(repoRoot, 'bin', 'focal.mjs');

/** Two cores: two crash lanes side by side, each on its own folders. */
const lanes = 2;
/** 200 districts × 201 years (1900–2100) of POP_TOTAL: unique keys, ~0.5 s of import work. */
const districts = 200;
const years = 201;
const importedRows = districts * years;
const importRuns = { first: 50, staged: 50 } as const;
const exportRuns = { csv: { fresh: 40, overwrite: 40 }, xlsx: { fresh: 10, overwrite: 10 } } as const;
/**
 * Kill moments, as fractions of an uncut run's duration: most spread evenly over the whole run and a
 * little past it (`spread`), a few well after it would have finished (`late`).
 */
const spread = 1.15;
const late = { share: 0.12, low: 1.6, high: 2.4 } as const;

const columns = ['indicator', 'period', 'sex', 'age', 'status', 'origin', 'area', 'value', 'source', 'note', 'flags'] as const;

// ---------------------------------------------------------------------------------------------
// Processes

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from spawn to exit. */
  ms: number;
  /** Milliseconds from spawn to the SIGKILL, when one was sent. */
  killedAt: number | null;
}

const live = new Set<ChildProcessByStdio<null, Readable, Readable>>();

/**
 * When to send SIGKILL: so many milliseconds after the spawn, or when a file named `named` appears in
 * `dir` (plus `jitter` milliseconds) — to land inside a short write.
 */
type KillPlan = { afterMs: number } | { dir: string; named: (name: string) => boolean; jitterMs: number };

/** Runs the CLI, and kills it as the plan says. */
function focal(args: readonly string[], plan: KillPlan | null = null): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let killedAt: number | null = null;
    const kill = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killedAt = performance.now() - started;
      child.kill('SIGKILL');
    };
    let timer: NodeJS.Timeout | null = null;
    let watcher: FSWatcher | null = null;
    if (plan && 'afterMs' in plan) timer = setTimeout(kill, plan.afterMs);
    else if (plan) {
      watcher = watch(plan.dir, (_event, name) => {
        if (timer || name === null || !plan.named(name)) return;
        timer = setTimeout(kill, plan.jitterMs);
      });
    }
    const done = () => {
      if (timer) clearTimeout(timer);
      watcher?.close();
      live.delete(child);
    };
    child.on('error', (error) => {
      done();
      reject(error);
    });
    child.on('close', (code, signal) => {
      done();
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started, killedAt });
    });
  });
}

/** Bumped after every test: lanes still going (a timed-out test) stop starting runs. */
let generation = 0;

function killAll(): void {
  for (const child of live) child.kill('SIGKILL');
}

/** How a crash run ended: killed, or it had already finished (exit 0); anything else is a failure. */
function ending(result: Finished, what: string): 'killed' | 'finished' {
  if (result.signal === 'SIGKILL') return 'killed';
  if (result.code === 0) return 'finished';
  throw new Error(`${what}: exited ${result.code ?? result.signal ?? '?'} without being killed: ${result.stderr.trim()}`);
}

async function mustSucceed(args: readonly string[]): Promise<Finished> {
  const result = await focal(args);
  expect(result.code, `focal ${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result;
}

/** Runs `work(i)` for i in [0, count) on `lanes` lanes; the first failure stops the others' next runs. */
async function onLanes(count: number, work: (index: number, lane: number) => Promise<void>): Promise<void> {
  let nextIndex = 0;
  let failed = false;
  const mine = generation;
  const lane = async (laneNo: number) => {
    while (!failed && generation === mine && nextIndex < count) {
      const index = nextIndex;
      nextIndex += 1;
      try {
        await work(index, laneNo);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: lanes }, (_, laneNo) => lane(laneNo)));
}

/**
 * Kill moments as fractions of an uncut run: `count` of them, most spread evenly over [low, spread)
 * (one per stratum, jittered), the `late` share after the run would have ended; in random order.
 */
function killFractions(rng: Prng, count: number, low = 0): number[] {
  const lateCount = Math.max(1, Math.round(count * late.share));
  const evenCount = count - lateCount;
  const step = (spread - low) / evenCount;
  const even = Array.from({ length: evenCount }, (_, i) => low + step * (i + rng.next()));
  const after = Array.from({ length: lateCount }, () => rng.between(late.low, late.high));
  return rng.shuffle([...even, ...after]);
}

/**
 * How long an uncut run takes now. The machine's load changes while the test runs, so every run
 * that finishes by itself is a new measurement; the estimate is the longest of the last three.
 */
class Duration {
  private readonly samples: number[];
  constructor(initial: readonly number[]) {
    this.samples = [...initial];
  }
  get ms(): number {
    return Math.max(...this.samples.slice(-3));
  }
  /** A run ended by itself after `ms`, or was still running when killed that late. */
  observe(result: Finished, fraction: number): void {
    if (result.killedAt === null) this.samples.push(result.ms);
    else if (fraction >= 1) this.samples.push(result.killedAt);
  }
}

// ---------------------------------------------------------------------------------------------
// The store

const IntegrityRows = z.array(z.object({ integrity_check: z.string() }));
const NumberRow = z.object({ n: z.number() });

/** What an import changes, summed up: equal fingerprints mean the same rows were written. */
interface Fingerprint {
  observations: number;
  valueTotal: number;
  sources: number;
  coverageRows: number;
}

interface StoreCheck {
  integrity: string[];
  foreignKeyProblems: number;
  /** Coverage entries that differ from a recount of the observations (either way). */
  coverageMismatches: number;
  fingerprint: Fingerprint;
  /** False when the read-only open failed and a copy was checked instead. */
  readOnly: boolean;
}

function number(db: Database.Database, sql: string): number {
  return NumberRow.parse(db.prepare(sql).get()).n;
}

const coverageRecount = `SELECT city, indicator, period,
    (sex <> '') | ((age <> '') << 1) | ((status <> '') << 2) | ((origin <> '') << 3) | ((area <> '') << 4), count(*)
  FROM observations GROUP BY 1, 2, 3, 4`;
const coverageStored = 'SELECT city, indicator, period, shape, rows FROM observation_coverage';

function fingerprintOf(db: Database.Database): Fingerprint {
  return {
    observations: number(db, 'SELECT count(*) AS n FROM observations'),
    valueTotal: number(db, 'SELECT total(value) AS n FROM observations'),
    sources: number(db, 'SELECT count(*) AS n FROM sources'),
    coverageRows: number(db, 'SELECT total(rows) AS n FROM observation_coverage'),
  };
}

/**
 * Opens a data folder's store as the crash left it: read-only (WAL and all), or — if a read-only
 * connection cannot recover the WAL — a copy of the store folder, so that the folder the app opens
 * next is untouched by the test.
 */
function withStore<T>(dataDir: string, scratch: string, read: (db: Database.Database, readOnly: boolean) => T): T {
  const file = join(dataDir, 'store', 'focal.sqlite');
  let db: Database.Database;
  let readOnly = true;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if (!existsSync(file)) throw new Error(`${file} is gone`, { cause: error });
    rmSync(scratch, { recursive: true, force: true });
    cpSync(join(dataDir, 'store'), scratch, { recursive: true });
    db = new Database(join(scratch, 'focal.sqlite'), { fileMustExist: true });
    readOnly = false;
  }
  try {
    return read(db, readOnly);
  } finally {
    db.close();
    if (!readOnly) rmSync(scratch, { recursive: true, force: true });
  }
}

function checkStore(dataDir: string, scratch: string): StoreCheck {
  return withStore(dataDir, scratch, (db, readOnly) => ({
    integrity: IntegrityRows.parse(db.pragma('integrity_check')).map((row) => row.integrity_check),
    foreignKeyProblems: z.array(z.unknown()).parse(db.pragma('foreign_key_check')).length,
    coverageMismatches: number(
      db,
      `SELECT (SELECT count(*) FROM (${coverageRecount} EXCEPT ${coverageStored})) + (SELECT count(*) FROM (${coverageStored} EXCEPT ${coverageRecount})) AS n`,
    ),
    fingerprint: fingerprintOf(db),
    readOnly,
  }));
}

const StatusJson = z.object({ city: z.object({ code: z.string() }).nullable(), recovery: z.unknown() });

/** The folder opens again with the CLI: exit 0, the city there, no recovery (nothing was set aside). */
async function expectOpensAgain(dataDir: string, what: string): Promise<void> {
  const status = await focal(['status', '--data', dataDir, '--json']);
  expect(status.code, `${what}: status after the crash: ${status.stderr}`).toBe(0);
  const parsed = StatusJson.parse(JSON.parse(status.stdout));
  expect(parsed.city?.code, what).toBe('tunis');
  expect(parsed.recovery, `${what}: the store was set aside as damaged`).toBeNull();
}

// ---------------------------------------------------------------------------------------------
// Temp files

/** The marker `tempNameFor` puts between a final name and its suffix (the writer's process id, a random part). */
const tempMarker = basename(tempNameFor(join('/', 'x'))).slice(1).replace(/\d+-[0-9a-f]+$/, '');

/** Temp files under the data folder's swept folders (the start-up sweep should leave none). */
function dataFolderTemps(dataDir: string): string[] {
  const found: string[] = [];
  for (const sub of ['store', 'backups', 'keys']) {
    const dir = join(dataDir, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (name.includes(tempMarker)) found.push(join(sub, name));
  }
  return found;
}

/** How many "before-import" backups a data folder holds. */
function importBackups(dataDir: string): number {
  const dir = join(dataDir, 'backups');
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('-before-import.sqlite')).length : 0;
}

// ---------------------------------------------------------------------------------------------
// Files

function tidyCsv(rows: readonly string[]): string {
  return `${columns.join(',')}\n${rows.join('\n')}\n`;
}

function importFile(): string {
  const rows: string[] = [];
  for (let district = 1; district <= districts; district += 1) {
    for (let year = 1900; year < 1900 + years; year += 1) rows.push(`POP_TOTAL,${year},,,,,District ${district},${1000 + ((district * 7919 + year * 31) % 90_000)},Register,,`);
  }
  return tidyCsv(rows);
}

/** The "city with data" snapshot: 5 older districts from another source (keys the big file never touches). */
function existingFile(): string {
  const rows: string[] = [];
  for (let district = 1; district <= 5; district += 1) {
    for (let year = 1900; year < 1900 + years; year += 1) rows.push(`POP_TOTAL,${year},,,,,Old district ${district},${500 + district * 10},Census,,`);
  }
  return tidyCsv(rows);
}

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Why a CSV export is not complete with `rows` data rows, or null when it is. */
function csvProblem(bytes: Buffer, rows: number): string | null {
  if (bytes.length < 3 || bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) return 'no UTF-8 BOM';
  const text = bytes.subarray(3).toString('utf8');
  if (!text.endsWith('\r\n')) return `does not end with a line break (${bytes.length} bytes)`;
  const lines = text.slice(0, -2).split('\r\n');
  if (lines[0] !== columns.join(',')) return `header is ${JSON.stringify(lines[0])}`;
  if (lines.length !== rows + 1) return `${lines.length} lines instead of ${rows + 1}`;
  return null;
}

/** Why an XLSX export is not complete with `rows` data rows, or null when it is. */
function xlsxProblem(bytes: Buffer, rows: number): string | null {
  try {
    const sheet = readXlsx(bytes);
    if (sheet.rows.length !== rows + 1) return `${sheet.rows.length} rows instead of ${rows + 1}`;
    const head = sheet.rows[0]?.map((cell) => String(cell ?? ''));
    if (JSON.stringify(head) !== JSON.stringify(columns)) return `header is ${JSON.stringify(head)}`;
    return null;
  } catch (error) {
    return `unreadable: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// ---------------------------------------------------------------------------------------------

interface Snapshots {
  root: string;
  csv: string;
  /** A city set up, no observations: the first import writes straight into the table. */
  first: string;
  /** The same city with some observations: the import is staged, then upserted. */
  staged: string;
  /** The staged snapshot with the big file imported: what the exports read. */
  full: string;
  before: { first: Fingerprint; staged: Fingerprint };
  fullRows: number;
}

describe(`kill -9 during imports and exports (seed ${seed})`, () => {
  let folder: ReturnType<typeof tempDir> | undefined;
  let snap: Snapshots | undefined;
  const summary: string[] = [];
  const snapshots = (): Snapshots => {
    if (!snap) throw new Error('the setup did not run');
    return snap;
  };

  beforeAll(async () => {
    console.log(`crash-safety: seed ${seed} (FOCAL_CRASH_SEED=${seed} reproduces the kill moments)`);
    expect(existsSync(join(repoRoot, 'dist', 'cli.mjs')), 'run "npm run build" first').toBe(true);
    folder = tempDir('focal-crash-');
    const root = folder.dir;
    const csv = join(root, 'districts.csv');
    writeFileSync(csv, importFile());
    const existing = join(root, 'existing.csv');
    writeFileSync(existing, existingFile());

    const first = join(root, 'snap-first');
    await mustSucceed(['init', '--data', first, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN']);
    // Figures may only name the city's districts.
    const names = [...Array.from({ length: districts }, (_, i) => `District ${i + 1}`), ...Array.from({ length: 5 }, (_, i) => `Old district ${i + 1}`)];
    await mustSucceed(['districts', 'add', '--data', first, ...names]);
    const staged = join(root, 'snap-staged');
    cpSync(first, staged, { recursive: true });
    await mustSucceed(['observations', 'import', '--data', staged, existing]);
    const full = join(root, 'full');
    cpSync(staged, full, { recursive: true });
    await mustSucceed(['observations', 'import', '--data', full, csv]);

    // Checked on a copy: even a read-only connection leaves -wal/-shm files, and the snapshots are
    // copied as a clean shutdown leaves them.
    const check = (dir: string) => {
      const copy = join(root, 'scratch-setup');
      cpSync(dir, copy, { recursive: true });
      const result = checkStore(copy, join(root, 'scratch-setup-store'));
      rmSync(copy, { recursive: true, force: true });
      expect(result.integrity).toEqual(['ok']);
      expect(result.coverageMismatches).toBe(0);
      return result.fingerprint;
    };
    const before = { first: check(first), staged: check(staged) };
    expect(before.first.observations).toBe(0);
    expect(before.staged.observations).toBe(5 * years);
    const fullPrint = check(full);
    expect(fullPrint.observations).toBe(before.staged.observations + importedRows);
    snap = { root, csv, first, staged, full, before, fullRows: fullPrint.observations };
  }, 60_000);

  afterEach(() => {
    generation += 1;
    killAll();
  });

  afterAll(() => {
    killAll();
    if (summary.length > 0) console.log(`crash-safety summary (seed ${seed}):\n  ${summary.join('\n  ')}`);
    if (keep && folder) console.log(`crash-safety: kept ${folder.dir}`);
    else folder?.remove();
  });

  for (const path of ['first', 'staged'] as const) {
    it(
      `an import killed at random moments (${importRuns[path]} runs, ${path === 'first' ? 'first import into an empty city' : 'staged import into a city with data'}) leaves all of the file or none of it`,
      { timeout: 240_000 },
      async () => {
        const { root, csv, before: befores } = snapshots();
        const snapshot = snapshots()[path];
        const before = befores[path];
        const backupsBefore = importBackups(snapshot);
        const rng = mulberry32(seed ^ (path === 'first' ? 0x1111 : 0x2222));
        const work = join(root, `import-${path}`);
        mkdirSync(work);

        // One uncut run per lane, side by side as the crash runs will be: how long an import takes here.
        const uncut = await Promise.all(
          Array.from({ length: lanes }, async (_, lane) => {
            const copy = join(work, `uncut-${lane}`);
            cpSync(snapshot, copy, { recursive: true });
            const result = await mustSucceed(['observations', 'import', '--data', copy, csv]);
            const check = checkStore(copy, join(work, `scratch-uncut-${lane}`));
            rmSync(copy, { recursive: true, force: true });
            return { ms: result.ms, fingerprint: check.fingerprint };
          }),
        );
        const duration = new Duration(uncut.map((run) => run.ms));
        const firstEstimate = duration.ms;
        const after = uncut[0]?.fingerprint;
        if (!after) throw new Error('no uncut run');
        for (const run of uncut) expect(run.fingerprint).toEqual(after);
        expect(after.observations).toBe(before.observations + importedRows);
        expect(after.coverageRows).toBe(after.observations);

        const fractions = killFractions(rng, importRuns[path]);
        const tally = { nothing: 0, insideImport: 0, everythingKilled: 0, everythingFinished: 0, readOnlyFallbacks: 0, sweptTemps: 0 };
        const killTimes: number[] = [];

        await onLanes(importRuns[path], async (index, lane) => {
          const fraction = fractions[index] ?? 0;
          const estimate = duration.ms;
          const moment = Math.round(fraction * estimate);
          const what = `${path} import run ${index} (seed ${seed}, kill after ${moment} ms = ${fraction.toFixed(3)} × ~${Math.round(estimate)} ms)`;
          const copy = join(work, `run-${index}`);
          cpSync(snapshot, copy, { recursive: true });
          const result = await focal(['observations', 'import', '--data', copy, csv], { afterMs: moment });
          const end = ending(result, what);
          duration.observe(result, fraction);
          if (result.killedAt !== null) killTimes.push(result.killedAt);

          const scratch = join(work, `scratch-${lane}`);
          const check = checkStore(copy, scratch);
          if (!check.readOnly) tally.readOnlyFallbacks += 1;
          expect(check.integrity, what).toEqual(['ok']);
          expect(check.foreignKeyProblems, what).toBe(0);
          expect(check.coverageMismatches, `${what}: observation_coverage disagrees with the observations`).toBe(0);
          expect(check.fingerprint.coverageRows, what).toBe(check.fingerprint.observations);
          const count = check.fingerprint.observations;
          expect([before.observations, after.observations], `${what}: ${count} observations — a partial import`).toContain(count);
          const all = count === after.observations;
          expect(check.fingerprint, what).toEqual(all ? after : before);
          if (end === 'finished') expect(all, `${what}: finished but not applied`).toBe(true);
          if (!all) {
            tally.nothing += 1;
            // The backup is taken just before the transaction begins: killed after it, killed inside the import.
            if (importBackups(copy) > backupsBefore) tally.insideImport += 1;
          } else if (end === 'killed') tally.everythingKilled += 1;
          else tally.everythingFinished += 1;

          // The app opens the crashed folder as it is, sweeps crash leftovers, and finds the same data.
          tally.sweptTemps += dataFolderTemps(copy).length;
          await expectOpensAgain(copy, what);
          expect(dataFolderTemps(copy), `${what}: temp files the start-up sweep left`).toEqual([]);
          expect(withStore(copy, scratch, fingerprintOf), `${what}: after reopening`).toEqual(check.fingerprint);
          rmSync(copy, { recursive: true, force: true });
        });

        const everything = tally.everythingKilled + tally.everythingFinished;
        const line =
          `${path} import: ${importRuns[path]} runs, uncut ~${Math.round(firstEstimate)} ms at first, ~${Math.round(duration.ms)} ms at the end; ` +
          `kills at ${Math.round(Math.min(...killTimes))}–${Math.round(Math.max(...killTimes))} ms: ` +
          `${tally.nothing} nothing (${tally.insideImport} of them killed inside the import transaction), ` +
          `${everything} everything (${tally.everythingKilled} killed after the commit, ${tally.everythingFinished} finished first), 0 partial; ` +
          `${tally.sweptTemps} crash temp files swept at reopen; ${tally.readOnlyFallbacks} stores checked through a copy`;
        console.log(`crash-safety: ${line}`);
        summary.push(line);
        expect(tally.nothing + everything).toBe(importRuns[path]);
        // Both endings must happen often enough, or the kill moments do not cover the import.
        expect(tally.nothing, line).toBeGreaterThanOrEqual(3);
        expect(tally.insideImport, line).toBeGreaterThanOrEqual(3);
        expect(everything, line).toBeGreaterThanOrEqual(3);
      },
    );
  }

  it(
    `an export killed at random moments (${exportRuns.csv.fresh + exportRuns.csv.overwrite} CSV, ${exportRuns.xlsx.fresh + exportRuns.xlsx.overwrite} XLSX, new files and over an existing one) never leaves a half file`,
    { timeout: 240_000 },
    async () => {
      const { root, full, staged, fullRows, before } = snapshots();
      const rng = mulberry32(seed ^ 0x3333);
      const work = join(root, 'export');
      mkdirSync(work);
      // Each lane exports from its own copy of the full folder.
      const dataDirs = Array.from({ length: lanes }, (_, lane) => {
        const dir = join(work, `data-${lane}`);
        cpSync(full, dir, { recursive: true });
        return dir;
      });

      type Format = 'csv' | 'xlsx';
      const problemOf = (format: Format, bytes: Buffer, rows: number) => (format === 'csv' ? csvProblem(bytes, rows) : xlsxProblem(bytes, rows));
      const referenceFor = async (format: Format) => {
        // The complete export (uncut, once per lane side by side, for its duration), and an older good
        // file (from the snapshot with less data) to export over.
        const uncut = await Promise.all(
          dataDirs.map(async (dataDir, lane) => {
            const out = join(work, `reference-${lane}.${format}`);
            const result = await mustSucceed(['observations', 'export', '--data', dataDir, '--out', out]);
            return { ms: result.ms, bytes: readFileSync(out) };
          }),
        );
        const complete = uncut[0]?.bytes;
        if (!complete) throw new Error('no uncut export');
        expect(problemOf(format, complete, fullRows), `the uncut ${format} export`).toBeNull();
        for (const run of uncut) expect(sha(run.bytes), `${format} exports are the same every time`).toBe(sha(complete));
        const oldOut = join(work, `old.${format}`);
        const oldData = join(work, `data-old-${format}`);
        cpSync(staged, oldData, { recursive: true });
        await mustSucceed(['observations', 'export', '--data', oldData, '--out', oldOut]);
        const old = readFileSync(oldOut);
        expect(problemOf(format, old, before.staged.observations), `the older ${format} export`).toBeNull();
        return { complete, old, duration: new Duration(uncut.map((run) => run.ms)) };
      };
      const reference: Record<Format, { complete: Buffer; old: Buffer; duration: Duration }> = { csv: await referenceFor('csv'), xlsx: await referenceFor('xlsx') };
      const firstEstimates = { csv: reference.csv.duration.ms, xlsx: reference.xlsx.duration.ms };
      const verified = new Set([sha(reference.csv.complete), sha(reference.xlsx.complete)]);

      // A CSV streams into its temp file from the start: kill anywhere. An XLSX streams too, but its
      // zip directory is written last: half its runs are killed at a timed moment (from 40% of the run
      // on), half a random 0–25 ms after its temp file appears.
      type Run = { format: Format; mode: 'fresh' | 'overwrite'; fraction: number; targeted: number | null };
      const runs: Run[] = rng.shuffle(
        (['csv', 'xlsx'] as const).flatMap((format) =>
          (['fresh', 'overwrite'] as const).flatMap((mode) => {
            const count = exportRuns[format][mode];
            if (format === 'csv') return killFractions(rng, count).map((fraction): Run => ({ format, mode, fraction, targeted: null }));
            const timed = Math.ceil(count / 2);
            return [
              ...killFractions(rng, timed, 0.4).map((fraction): Run => ({ format, mode, fraction, targeted: null })),
              ...Array.from({ length: count - timed }, (): Run => ({ format, mode, fraction: 0, targeted: Math.round(rng.between(0, 25)) })),
            ];
          }),
        ),
      );
      const tally: Record<Format, { absent: number; old: number; complete: number; killed: number; temps: number; targeted: number }> = {
        csv: { absent: 0, old: 0, complete: 0, killed: 0, temps: 0, targeted: 0 },
        xlsx: { absent: 0, old: 0, complete: 0, killed: 0, temps: 0, targeted: 0 },
      };
      const runDirs: string[] = [];

      await onLanes(runs.length, async (index, lane) => {
        const run = runs[index];
        if (!run) throw new Error(`no run ${index}`);
        const { format, mode, fraction, targeted } = run;
        const ref = reference[format];
        const estimate = ref.duration.ms;
        const moment = Math.round(fraction * estimate);
        // A folder of the user's choosing, outside the data folder.
        const dir = join(work, `run-${index}`);
        mkdirSync(dir);
        runDirs.push(dir);
        const finalName = `observations.${format}`;
        const out = join(dir, finalName);
        const plan: KillPlan = targeted === null ? { afterMs: moment } : { dir, named: (name) => exportTempWriter(name, finalName) !== null, jitterMs: targeted };
        const when = targeted === null ? `kill after ${moment} ms = ${fraction.toFixed(3)} × ~${Math.round(estimate)} ms` : `kill ${targeted} ms after the temp file appears`;
        const what = `${format} export run ${index} (${mode === 'fresh' ? 'new file' : 'over an existing file'}, seed ${seed}, ${when})`;
        if (mode === 'overwrite') writeFileSync(out, ref.old);
        const result = await focal(['observations', 'export', '--data', dataDirs[lane] ?? '', '--out', out], plan);
        if (ending(result, what) === 'killed') tally[format].killed += 1;
        if (targeted === null) ref.duration.observe(result, fraction);
        else tally[format].targeted += 1;

        for (const name of readdirSync(dir)) {
          if (name === finalName) continue;
          // Only the export's own temp file, hidden (a leading dot) so it never looks like a result.
          expect(exportTempWriter(name, finalName), `${what}: unexpected file ${name}`).not.toBeNull();
          // What a crash leaves under a temp name is only ever the start of the export.
          const partial = readFileSync(join(dir, name));
          expect(partial.length, `${what}: ${name}`).toBeLessThanOrEqual(ref.complete.length);
          expect(partial.equals(ref.complete.subarray(0, partial.length)), `${what}: ${name} is not a prefix of the export`).toBe(true);
          tally[format].temps += 1;
        }
        if (!existsSync(out)) {
          expect(mode, `${what}: the existing file is gone`).toBe('fresh');
          tally[format].absent += 1;
          return;
        }
        const bytes = readFileSync(out);
        if (mode === 'overwrite' && bytes.equals(ref.old)) {
          tally[format].old += 1;
          return;
        }
        const hash = sha(bytes);
        if (format === 'csv' || !verified.has(hash)) {
          expect(problemOf(format, bytes, fullRows), `${what}: a half file under the final name (${bytes.length} bytes of ${ref.complete.length})`).toBeNull();
          verified.add(hash);
        }
        expect(hash, `${what}: the file differs from the uncut export`).toBe(sha(ref.complete));
        tally[format].complete += 1;
      });

      // The data folders the exports read open again, unchanged.
      for (const [lane, dataDir] of dataDirs.entries()) {
        const check = checkStore(dataDir, join(work, `scratch-${lane}`));
        expect(check.integrity).toEqual(['ok']);
        expect(check.fingerprint.observations).toBe(fullRows);
        await expectOpensAgain(dataDir, `export data folder ${lane}`);
        expect(dataFolderTemps(dataDir)).toEqual([]);
      }
      // Temp files next to the exports live outside the data folder, so the start-up sweep (store/,
      // backups/, keys/) never sees them; the next export to the same file clears its own (each run
      // here has its own target, so they are all still there). Count them.
      const unswept = runDirs.reduce((sum, dir) => sum + readdirSync(dir).filter((name) => name.includes(tempMarker)).length, 0);
      expect(unswept).toBe(tally.csv.temps + tally.xlsx.temps);

      for (const format of ['csv', 'xlsx'] as const) {
        const t = tally[format];
        const count = exportRuns[format].fresh + exportRuns[format].overwrite;
        const line =
          `${format} export: ${count} runs (${t.targeted} killed after the temp file appeared), uncut ~${Math.round(firstEstimates[format])} ms at first, ~${Math.round(reference[format].duration.ms)} ms at the end; ` +
          `${t.killed} killed: ${t.absent} no file, ${t.old} old file intact, ${t.complete} complete, 0 half files; ${t.temps} temp files left beside the target`;
        console.log(`crash-safety: ${line}`);
        summary.push(line);
        expect(t.absent + t.old + t.complete).toBe(count);
        expect(t.absent + t.old, line).toBeGreaterThanOrEqual(3);
        expect(t.complete, line).toBeGreaterThanOrEqual(3);
      }
      const gap = `${unswept} export temp files remain in the export folders after the app started again (outside the data folder: cleared by the next export to the same file)`;
      console.log(`crash-safety: ${gap}`);
      summary.push(gap);
    },
  );
});
