// Crash safety of exchange bundles (docs/security.md, issue 10): `kill -9` at random moments during
// `focal bundle export` and `focal bundle import`, 100 times each.
//
// An export leaves the sender's store intact (integrity ok, the folder opens again), its --out file
// absent, the old file or a complete bundle that verifies, every bundle under its final name in
// bundles/sent/ complete, and never gives a sequence number twice. An import leaves the receiver with
// all of the bundle in the sender's space or none of it (integrity ok), a log that says so, and
// importing the bundle again answers "imported" (none was there) or "duplicate" (all was there).
//
// Modelled on crash-safety.test.ts. The kill moments come from a seeded PRNG: FOCAL_CRASH_SEED=<n>
// reproduces a run's draws (timing still varies with the machine). FOCAL_CRASH_KEEP=1 keeps the
// temp folder for inspection.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, type FSWatcher, mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { locateApp } from '../../electron/cli/app-root';
import { runCli } from '../../electron/cli/run-cli';
import { tempNameFor } from '../../electron/core/files/atomic-write';
import { exportTempWriter } from '../../electron/core/observations/export/export-file';
import { mulberry32, seedFrom, type Prng } from '../support/prng';
import { repoRoot, tempDir } from '../support/temp-core';

const seed = seedFrom('FOCAL_CRASH_SEED', 0x0b0d1e);
const keep = process.env.FOCAL_CRASH_KEEP === '1';
const bin = join(repoRoot, 'bin', 'focal.mjs');
const app = locateApp();

/** Two cores: two crash lanes side by side, each on its own folders. */
const lanes = 2;
/**
 * The sample city plus 50 districts × 101 years (1900–2000) of POP_TOTAL: a bundle of ~5,700
 * figures, whose import takes about a second and a half, a few hundred milliseconds of it inside
 * the transaction.
 */
const districts = 50;
const years = 101;
/** The demo's city (the sender) and the receiver's. */
const senderCity = 'sample-city';
const receiverCity = 'tunis';
/**
 * Export runs: most killed at a timed moment, some a random 0–`targetedJitterMs` ms after the
 * bundle's hidden temp file appears in bundles/sent/ (to land inside the short write); half of each
 * to a new --out file, half over an older bundle already there.
 */
const exportRuns = { timed: { fresh: 40, overwrite: 40 }, targeted: { fresh: 10, overwrite: 10 } } as const;
const exportRunCount = exportRuns.timed.fresh + exportRuns.timed.overwrite + exportRuns.targeted.fresh + exportRuns.targeted.overwrite;
const targetedJitterMs = 250;
const importRuns = 100;
/**
 * Kill moments, as fractions of an uncut run's duration: most spread evenly over the whole run and a
 * little past it (`spread`), a few well after it would have finished (`late`).
 */
const spread = 1.15;
const late = { share: 0.12, low: 1.6, high: 2.4 } as const;

/** The tables of a city's space: a bundle writes the sender's rows of these. */
const spaceTables = [
  'observations',
  'observation_coverage',
  'observation_tombstones',
  'sources',
  'city_indicators',
  'districts',
  'profile_narratives',
  'commitments',
  'priority_papers',
  'paper_versions',
  'assessments',
  'activities',
] as const;

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
 * When to send SIGKILL: so many milliseconds after the spawn, or when a file whose name `named`
 * accepts appears in `dir` (plus `jitterMs`) — to land inside a short write.
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

async function mustSucceed(args: readonly string[], what = `focal ${args.join(' ')}`): Promise<Finished> {
  const result = await focal(args);
  expect(result.code, `${what}: ${result.stderr}`).toBe(0);
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
 * Kill moments as fractions of an uncut run: `count` of them, most spread evenly over [0, spread)
 * (one per stratum, jittered), the `late` share after the run would have ended; in random order.
 */
function killFractions(rng: Prng, count: number): number[] {
  const lateCount = Math.max(1, Math.round(count * late.share));
  const evenCount = count - lateCount;
  const step = spread / evenCount;
  const even = Array.from({ length: evenCount }, (_, i) => step * (i + rng.next()));
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

function range(times: readonly number[]): string {
  return times.length === 0 ? 'none' : `${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))} ms`;
}

// ---------------------------------------------------------------------------------------------
// The store

const IntegrityRows = z.array(z.object({ integrity_check: z.string() }));
const NumberRow = z.object({ n: z.number() });
const SentRow = z.object({ bundle_id: z.string(), sequence: z.number(), file_name: z.string(), complete: z.number() });
type SentRow = z.infer<typeof SentRow>;
const ReceivedRow = z.object({ bundle_id: z.string().nullable(), sender: z.string().nullable(), sequence: z.number().nullable(), result: z.string(), code: z.string().nullable() });
type ReceivedRow = z.infer<typeof ReceivedRow>;

function number(db: Database.Database, sql: string, ...params: string[]): number {
  return NumberRow.parse(db.prepare(sql).get(...params)).n;
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

interface Health {
  integrity: string[];
  foreignKeyProblems: number;
  /** False when the read-only open failed and a copy was checked instead. */
  readOnly: boolean;
}

function health(db: Database.Database, readOnly: boolean): Health {
  return {
    integrity: IntegrityRows.parse(db.pragma('integrity_check')).map((row) => row.integrity_check),
    foreignKeyProblems: z.array(z.unknown()).parse(db.pragma('foreign_key_check')).length,
    readOnly,
  };
}

/** The sender's store after an export: its health, its figures, and the log of bundles it made. */
interface SenderCheck extends Health {
  observations: number;
  sent: SentRow[];
}

function checkSender(dataDir: string, scratch: string): SenderCheck {
  return withStore(dataDir, scratch, (db, readOnly) => ({
    ...health(db, readOnly),
    observations: number(db, 'SELECT count(*) AS n FROM observations'),
    sent: z.array(SentRow).parse(db.prepare('SELECT bundle_id, sequence, file_name, complete FROM sent_bundles ORDER BY sequence').all()),
  }));
}

const coverageRecount = `SELECT city, indicator, period,
    (sex <> '') | ((age <> '') << 1) | ((status <> '') << 2) | ((origin <> '') << 3) | ((area <> '') << 4), count(*)
  FROM observations GROUP BY 1, 2, 3, 4`;
const coverageStored = 'SELECT city, indicator, period, shape, rows FROM observation_coverage';

/**
 * What the receiver holds of the sender: its rows in every table of its space, their figures' total,
 * its row in `cities` and its trusted key — plus the receiver's own rows, which an import never
 * touches. Equal spaces mean the same rows were written.
 */
type Space = Record<string, number>;

function spaceOf(db: Database.Database): Space {
  const space: Space = {};
  for (const table of spaceTables) space[table] = number(db, `SELECT count(*) AS n FROM ${table} WHERE city = ?`, senderCity);
  space.valueTotal = number(db, 'SELECT total(value) AS n FROM observations WHERE city = ?', senderCity);
  space.coverageRows = number(db, 'SELECT total(rows) AS n FROM observation_coverage WHERE city = ?', senderCity);
  space.cities = number(db, 'SELECT count(*) AS n FROM cities WHERE code = ?', senderCity);
  space.trustedKeys = number(db, 'SELECT count(*) AS n FROM trusted_keys WHERE city = ?', senderCity);
  space.ownRows = spaceTables.reduce((sum, table) => sum + number(db, `SELECT count(*) AS n FROM ${table} WHERE city <> ?`, senderCity), 0);
  return space;
}

interface ReceiverCheck extends Health {
  /** Coverage entries that differ from a recount of the observations (either way). */
  coverageMismatches: number;
  space: Space;
  received: ReceivedRow[];
}

function checkReceiver(dataDir: string, scratch: string): ReceiverCheck {
  return withStore(dataDir, scratch, (db, readOnly) => ({
    ...health(db, readOnly),
    coverageMismatches: number(
      db,
      `SELECT (SELECT count(*) FROM (${coverageRecount} EXCEPT ${coverageStored})) + (SELECT count(*) FROM (${coverageStored} EXCEPT ${coverageRecount})) AS n`,
    ),
    space: spaceOf(db),
    received: z.array(ReceivedRow).parse(db.prepare('SELECT bundle_id, sender, sequence, result, code FROM received_bundles ORDER BY id').all()),
  }));
}

/**
 * Runs a CLI command in this process: the same code as `bin/focal.mjs`, without the half second a
 * process start costs, for the quick checks between crash runs (the crash runs themselves are
 * separate processes, killed for real).
 */
async function cliHere(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, app, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const StatusJson = z.object({ city: z.object({ code: z.string() }).nullable(), recovery: z.unknown() });

/** The folder opens again with `focal status`: exit 0, the city there, no recovery (nothing was set aside). */
async function expectOpensAgain(dataDir: string, city: string, what: string): Promise<void> {
  const status = await cliHere(['status', '--data', dataDir, '--json']);
  expect(status.code, `${what}: status after the crash: ${status.stderr}`).toBe(0);
  const parsed = StatusJson.parse(JSON.parse(status.stdout));
  expect(parsed.city?.code, what).toBe(city);
  expect(parsed.recovery, `${what}: the store was set aside as damaged`).toBeNull();
}

// ---------------------------------------------------------------------------------------------
// Files

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

/** Whether `name` is the temp file `tempNameFor` (the atomic copy to --out) makes for `finalName`. */
function isCopyTemp(name: string, finalName: string): boolean {
  const prefix = `${finalName}${tempMarker}`;
  return name.startsWith(prefix) && /^\d+-[0-9a-f]{12}$/.test(name.slice(prefix.length));
}

/** The sequence number in a sent bundle's file name (`focal-<city>-to-<recipients>-000012-<date>.focal`), or null. */
function sequenceInName(name: string): number | null {
  const match = /-(\d{6})-\d{4}-\d{2}-\d{2}\.focal$/.exec(sentTempOf(name) ?? name);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** The final name of the bundle whose hidden temp file (as bundles/sent/ has it) `name` is, or null. */
function sentTempOf(name: string): string | null {
  const at = name.indexOf(tempMarker);
  if (!name.startsWith('.') || at < 0) return null;
  const finalName = name.slice(1, at);
  return exportTempWriter(name, finalName) === null ? null : finalName;
}

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function tidyCsv(): string {
  const rows = ['indicator,period,sex,age,status,origin,area,value,source,note,flags'];
  for (let district = 1; district <= districts; district += 1) {
    for (let year = 1900; year < 1900 + years; year += 1) rows.push(`POP_TOTAL,${year},,,,,Dist${district},${1000 + ((district * 7919 + year * 31) % 90_000)},Register,,`);
  }
  return `${rows.join('\n')}\n`;
}

const InspectJson = z.object({ status: z.enum(['verified', 'rejected']), code: z.string().nullable(), message: z.string(), bundleId: z.string().optional(), sequence: z.number().optional() });
type Inspected = z.infer<typeof InspectJson>;
const ExportJson = z.object({ file: z.string(), bundleId: z.string(), sequence: z.number() });
const ImportJson = z.object({ status: z.string(), code: z.string().nullable(), message: z.string() });

/** `focal bundle inspect FILE --json`: verified (exit 0) or rejected with a code (exit 1). */
async function inspect(file: string): Promise<Inspected> {
  const result = await cliHere(['bundle', 'inspect', file, '--json']);
  const parsed = InspectJson.parse(JSON.parse(result.stdout));
  expect(result.code, `inspect ${file}: ${result.stderr}`).toBe(parsed.status === 'verified' ? 0 : 1);
  return parsed;
}

// ---------------------------------------------------------------------------------------------

interface Setup {
  root: string;
  /** The sender: the sample city with the extra figures, after one uncut export. */
  sender: string;
  /** The receiver: Tunis, set up, nothing received. */
  receiver: string;
  /** The sender's first bundle, verified: what the imports read, and the older file exports overwrite. */
  bundle: string;
  bundleId: string;
  bundleSequence: number;
  senderObservations: number;
}

describe(`kill -9 during bundle exports and imports (seed ${seed})`, () => {
  let folder: ReturnType<typeof tempDir> | undefined;
  let state: Setup | undefined;
  const summary: string[] = [];
  const setup = (): Setup => {
    if (!state) throw new Error('the setup did not run');
    return state;
  };

  beforeAll(async () => {
    console.log(`bundle-crash-safety: seed ${seed} (FOCAL_CRASH_SEED=${seed} reproduces the kill moments)`);
    expect(existsSync(join(repoRoot, 'dist', 'cli.mjs')), 'run "npm run build" first').toBe(true);
    folder = tempDir('focal-bundle-crash-');
    const root = folder.dir;
    const csv = join(root, 'districts.csv');
    writeFileSync(csv, tidyCsv());

    const sender = join(root, 'sender');
    await mustSucceed(['demo', '--data', sender]);
    // Figures may only name the city's districts.
    await mustSucceed(['districts', 'add', '--data', sender, ...Array.from({ length: districts }, (_, i) => `Dist${i + 1}`)]);
    await mustSucceed(['observations', 'import', '--data', sender, csv]);
    const receiver = join(root, 'receiver');
    await mustSucceed(['init', '--data', receiver, '--city', receiverCity, '--name', 'Tunis']);

    const bundle = join(root, 'sample-city.focal');
    const exported = ExportJson.parse(JSON.parse((await mustSucceed(['bundle', 'export', '--data', sender, '--out', bundle, '--to', 'network', '--json'])).stdout));
    const inspected = await inspect(bundle);
    expect(inspected).toMatchObject({ status: 'verified', bundleId: exported.bundleId, sequence: exported.sequence });

    // Checked on a copy: even a read-only connection leaves -wal/-shm files, and the folders are
    // copied as a clean shutdown leaves them.
    const copy = join(root, 'scratch-setup');
    cpSync(sender, copy, { recursive: true });
    const check = checkSender(copy, join(root, 'scratch-setup-store'));
    rmSync(copy, { recursive: true, force: true });
    expect(check.integrity).toEqual(['ok']);
    expect(check.observations).toBeGreaterThan(districts * years);
    expect(check.sent).toEqual([{ bundle_id: exported.bundleId, sequence: exported.sequence, file_name: expect.any(String), complete: 1 }]);
    state = { root, sender, receiver, bundle, bundleId: exported.bundleId, bundleSequence: exported.sequence, senderObservations: check.observations };
  }, 60_000);

  afterEach(() => {
    generation += 1;
    killAll();
  });

  afterAll(() => {
    killAll();
    if (summary.length > 0) console.log(`bundle-crash-safety summary (seed ${seed}):\n  ${summary.join('\n  ')}`);
    if (keep && folder) console.log(`bundle-crash-safety: kept ${folder.dir}`);
    else folder?.remove();
  });

  it(
    `a bundle export killed at random moments (${exportRunCount} runs, new files and over an existing one) leaves the store intact, no half bundle, and no sequence given twice`,
    { timeout: 420_000 },
    async () => {
      const { root, sender, bundle, senderObservations } = setup();
      const old = readFileSync(bundle);
      const rng = mulberry32(seed ^ 0x4444);
      const work = join(root, 'export');
      mkdirSync(work);

      // Each lane exports from its own copy of the sender; what it has verified of its bundles/sent/
      // (name → hash), and the bundles there the log does not list (name → bundle id).
      const laneState = Array.from({ length: lanes }, (_, lane) => {
        const dir = join(work, `data-${lane}`);
        cpSync(sender, dir, { recursive: true });
        return { dir, sentDir: join(dir, 'bundles', 'sent'), scratch: join(work, `scratch-${lane}`), verified: new Map<string, string>(), unrecorded: new Map<string, string>() };
      });
      type Lane = (typeof laneState)[number];

      /**
       * Breaches of "a sequence number is never given twice" that the sent folder shows: a bundle file
       * (or its temp file) whose sequence the log does not hold, which the next export numbers again.
       * Collected, not thrown at once, so that every run still checks everything else; the test fails
       * on them at the end. One entry per file and kind of breach.
       */
      const unrecorded = new Map<string, string>();
      const runsLeavingUnrecorded = new Set<number>();
      const numberedAgain = (run: number, message: string) => {
        unrecorded.set(`again ${run} ${unrecorded.size}`, message);
        runsLeavingUnrecorded.add(run);
      };
      /** The highest sequence number the log or any file in bundles/sent/ (whole or temp) carries. */
      const highestNumber = (lane: Lane, rows: readonly SentRow[]): number =>
        Math.max(0, ...rows.map((row) => row.sequence), ...readdirSync(lane.sentDir).map((name) => sequenceInName(name) ?? 0));

      /**
       * Every file in the lane's bundles/sent/: a bundle under its final name is whole (verifies), and
       * is the bundle the log lists under that name; a hidden temp file belongs to a bundle the log
       * does not count as complete; nothing else is there. Returns how many temp files are left.
       */
      const checkSentFolder = async (lane: Lane, rows: readonly SentRow[], what: string, run: number | null): Promise<number> => {
        const byName = new Map(rows.filter((row) => row.file_name !== '').map((row) => [row.file_name, row]));
        const names = readdirSync(lane.sentDir);
        let temps = 0;
        const breach = (key: string, message: string) => {
          if (!unrecorded.has(key)) unrecorded.set(key, `${what}: ${message}`);
          if (run !== null) runsLeavingUnrecorded.add(run);
        };
        for (const name of names) {
          const tempOf = sentTempOf(name);
          if (tempOf !== null) {
            temps += 1;
            const row = byName.get(tempOf);
            if (!row) {
              breach(`${lane.dir}/${name}`, `bundles/sent/${name} is the temp file of a bundle whose sequence number the log does not hold`);
              continue;
            }
            expect(row.complete, `${what}: bundles/sent/${name} is left of a bundle the log counts as complete`).toBe(0);
            expect(names, `${what}: both ${tempOf} and its temp file are in bundles/sent/`).not.toContain(tempOf);
            continue;
          }
          expect(name.endsWith('.focal') && !name.startsWith('.'), `${what}: unexpected file bundles/sent/${name}`).toBe(true);
          const hash = sha(readFileSync(join(lane.sentDir, name)));
          const known = lane.verified.get(name);
          if (known === hash) continue;
          // A file under its final name is a whole bundle, always.
          const report = await inspect(join(lane.sentDir, name));
          expect(report.status, `${what}: bundles/sent/${name} is under its final name but does not verify: ${report.code ?? ''} ${report.message}`).toBe('verified');
          lane.verified.set(name, hash);
          const row = byName.get(name);
          const earlier = lane.unrecorded.get(name);
          if (!row) {
            if (earlier !== report.bundleId) breach(`${lane.dir}/${name}/${report.bundleId ?? ''}`, `bundles/sent/${name} is a whole bundle (sequence ${report.sequence ?? '?'}, id ${report.bundleId ?? '?'}) whose sequence number the log does not hold`);
            lane.unrecorded.set(name, report.bundleId ?? '');
            continue;
          }
          expect(report, `${what}: bundles/sent/${name} is not the bundle the log lists under that name`).toMatchObject({ bundleId: row.bundle_id, sequence: row.sequence });
          if (earlier !== undefined && earlier !== row.bundle_id) {
            breach(`${lane.dir}/${name}/reused`, `sequence ${row.sequence} given twice: to bundle ${earlier} (written to bundles/sent/${name} by a killed export, not in the log) and to bundle ${row.bundle_id}, written over it`);
          }
          lane.unrecorded.delete(name);
          if (known !== undefined && earlier === undefined) expect(hash, `${what}: bundles/sent/${name} changed after it was written`).toBe(known);
        }
        for (const row of rows) if (row.complete === 1) expect(names, `${what}: bundle ${row.sequence} is complete in the log but not in bundles/sent/`).toContain(row.file_name);
        return temps;
      };

      // The uncut export, once per lane side by side, for its duration.
      const uncut = await Promise.all(
        laneState.map(async (lane, laneNo) => {
          const out = join(work, `uncut-${laneNo}.focal`);
          const result = await mustSucceed(['bundle', 'export', '--data', lane.dir, '--out', out, '--to', 'network', '--json']);
          const check = checkSender(lane.dir, lane.scratch);
          await checkSentFolder(lane, check.sent, `uncut export ${laneNo}`, null);
          return result.ms;
        }),
      );
      const duration = new Duration(uncut);
      const firstEstimate = duration.ms;

      type Mode = 'fresh' | 'overwrite';
      type Run = { mode: Mode; fraction: number; targeted: number | null };
      const runs: Run[] = rng.shuffle(
        (['fresh', 'overwrite'] as const).flatMap((mode) => [
          ...killFractions(rng, exportRuns.timed[mode]).map((fraction): Run => ({ mode, fraction, targeted: null })),
          ...Array.from({ length: exportRuns.targeted[mode] }, (): Run => ({ mode, fraction: 0, targeted: Math.round(rng.between(0, targetedJitterMs)) })),
        ]),
      );
      const tally = {
        before: 0,
        inside: 0,
        /** Of `inside`: the bundle already renamed into bundles/sent/, the log not yet saying so. */
        insideInPlace: 0,
        after: 0,
        finished: 0,
        absent: 0,
        old: 0,
        complete: 0,
        targeted: 0,
        later: 0,
        copyTemps: 0,
        /** Runs after which bundles/sent/ holds one more hidden temp file. */
        tempsLeft: 0,
        readOnlyFallbacks: 0,
      };
      const killTimes: number[] = [];

      await onLanes(runs.length, async (index, laneNo) => {
        const run = runs[index];
        const lane = laneState[laneNo];
        if (!run || !lane) throw new Error(`no run ${index} on lane ${laneNo}`);
        const { mode, fraction, targeted } = run;
        const estimate = duration.ms;
        const moment = Math.round(fraction * estimate);
        const when = targeted === null ? `kill after ${moment} ms = ${fraction.toFixed(3)} × ~${Math.round(estimate)} ms` : `kill ${targeted} ms after the temp file appears in bundles/sent/`;
        const what = `export run ${index} (lane ${laneNo}, ${mode === 'fresh' ? 'new file' : 'over an existing bundle'}, seed ${seed}, ${when})`;

        const before = checkSender(lane.dir, lane.scratch);
        const lastBefore = Math.max(0, ...before.sent.map((row) => row.sequence));
        const highestBefore = highestNumber(lane, before.sent);
        const tempsBefore = readdirSync(lane.sentDir).filter((name) => sentTempOf(name) !== null).length;
        // A folder of the user's choosing, outside the data folder.
        const dir = join(work, `run-${index}`);
        mkdirSync(dir);
        const finalName = 'bundle.focal';
        const out = join(dir, finalName);
        if (mode === 'overwrite') writeFileSync(out, old);
        // Targeted: the countdown starts when a temp file appears (not when an earlier run's is swept away).
        const plan: KillPlan = targeted === null ? { afterMs: moment } : { dir: lane.sentDir, named: (name) => sentTempOf(name) !== null && existsSync(join(lane.sentDir, name)), jitterMs: targeted };
        const result = await focal(['bundle', 'export', '--data', lane.dir, '--out', out, '--to', 'network', '--json'], plan);
        const end = ending(result, what);
        if (targeted === null) duration.observe(result, fraction);
        else tally.targeted += 1;
        if (result.killedAt !== null) killTimes.push(result.killedAt);

        // The store: intact, the figures untouched, the older log untouched, at most one new bundle,
        // numbered right after the last.
        const check = checkSender(lane.dir, lane.scratch);
        if (!check.readOnly) tally.readOnlyFallbacks += 1;
        expect(check.integrity, what).toEqual(['ok']);
        expect(check.foreignKeyProblems, what).toBe(0);
        expect(check.observations, what).toBe(senderObservations);
        expect(check.sent.filter((row) => row.sequence <= lastBefore), `${what}: earlier bundles in the log changed`).toEqual(before.sent);
        const added = check.sent.filter((row) => row.sequence > lastBefore);
        expect(added.length, `${what}: ${added.length} bundles added to the log`).toBeLessThanOrEqual(1);
        const row = added[0];
        if (row) expect(row.sequence, `${what}: a sequence number skipped or given twice in the log`).toBe(lastBefore + 1);
        if (row && row.sequence <= highestBefore) numberedAgain(index, `${what}: numbered ${row.sequence}, a number a bundle file in bundles/sent/ already has (up to ${highestBefore})`);
        if (end === 'finished') {
          const summaryJson = ExportJson.parse(JSON.parse(result.stdout));
          expect(row, `${what}: finished but not in the log`).toMatchObject({ bundle_id: summaryJson.bundleId, sequence: summaryJson.sequence, complete: 1 });
          tally.finished += 1;
        } else if (!row) tally.before += 1;
        else if (row.complete === 0) {
          tally.inside += 1;
          if (readdirSync(lane.sentDir).includes(row.file_name)) tally.insideInPlace += 1;
        } else tally.after += 1;

        // bundles/sent/: only whole bundles under final names.
        const temps = await checkSentFolder(lane, check.sent, what, index);
        if (temps > tempsBefore) tally.tempsLeft += 1;

        // The folder opens again, and the start-up sweep leaves no temp file in the swept folders.
        if (end === 'killed') {
          await expectOpensAgain(lane.dir, senderCity, what);
          expect(dataFolderTemps(lane.dir), `${what}: temp files the start-up sweep left`).toEqual([]);
        }

        // The --out file: absent, the old bundle, or the whole new one (the copy of bundles/sent/'s).
        for (const name of readdirSync(dir)) {
          if (name === finalName) continue;
          expect(isCopyTemp(name, finalName), `${what}: unexpected file ${name} beside the export`).toBe(true);
          tally.copyTemps += 1;
        }
        if (!existsSync(out)) {
          expect(mode, `${what}: the existing bundle is gone`).toBe('fresh');
          tally.absent += 1;
        } else {
          const bytes = readFileSync(out);
          if (mode === 'overwrite' && bytes.equals(old)) tally.old += 1;
          else {
            const report = await inspect(out);
            expect(report.status, `${what}: a half bundle under the final name (${bytes.length} bytes): ${report.code ?? ''} ${report.message}`).toBe('verified');
            expect(row, `${what}: a new --out file, but no new bundle in the log`).toBeDefined();
            expect(report, `${what}: --out is not this run's bundle`).toMatchObject({ bundleId: row?.bundle_id, sequence: row?.sequence });
            expect(row?.complete, `${what}: --out written before the log counted the bundle complete`).toBe(1);
            expect(sha(bytes), `${what}: --out differs from bundles/sent/${row?.file_name ?? ''}`).toBe(lane.verified.get(row?.file_name ?? ''));
            tally.complete += 1;
          }
        }
        if (end === 'finished') expect(existsSync(out) && !(mode === 'overwrite' && readFileSync(out).equals(old)), `${what}: finished without writing --out`).toBe(true);

        // After a kill, a later export still works, with a number above every one given so far.
        if (end === 'killed') {
          const last = Math.max(0, ...check.sent.map((r) => r.sequence));
          const highest = highestNumber(lane, check.sent);
          const laterOut = join(dir, 'later.focal');
          const later = ExportJson.parse(JSON.parse((await mustSucceed(['bundle', 'export', '--data', lane.dir, '--out', laterOut, '--to', 'network', '--since-last', '--json'], `${what}: the export after it`)).stdout));
          expect(later.sequence, `${what}: the export after it reused a sequence number of the log`).toBeGreaterThan(last);
          if (later.sequence <= highest) numberedAgain(index, `${what}: the export after it was numbered ${later.sequence}, a number a bundle file in bundles/sent/ already has (up to ${highest})`);
          const afterLater = checkSender(lane.dir, lane.scratch);
          expect(afterLater.sent.at(-1), `${what}: the export after it`).toMatchObject({ bundle_id: later.bundleId, sequence: later.sequence, complete: 1 });
          await checkSentFolder(lane, afterLater.sent, `${what}, the export after it`, index);
          const laterName = afterLater.sent.at(-1)?.file_name ?? '';
          expect(sha(readFileSync(laterOut)), `${what}: the export after it`).toBe(lane.verified.get(laterName));
          tally.later += 1;
        }
        rmSync(dir, { recursive: true, force: true });
      });

      // Each lane's log: numbers 1, 2, 3… with none given twice or skipped; every bundle made whole.
      let sentTemps = 0;
      for (const [laneNo, lane] of laneState.entries()) {
        const check = checkSender(lane.dir, lane.scratch);
        expect(check.integrity).toEqual(['ok']);
        expect(check.sent.map((row) => row.sequence)).toEqual(check.sent.map((_, i) => i + 1));
        sentTemps += await checkSentFolder(lane, check.sent, `lane ${laneNo} at the end`, null);
        for (const [name, hash] of lane.verified) expect(sha(readFileSync(join(lane.sentDir, name))), name).toBe(hash);
        await expectOpensAgain(lane.dir, senderCity, `lane ${laneNo} at the end`);
      }

      const killed = tally.before + tally.inside + tally.after;
      const line =
        `bundle export: ${exportRunCount} runs (${tally.targeted} killed after the temp file appeared), uncut ~${Math.round(firstEstimate)} ms at first, ~${Math.round(duration.ms)} ms at the end; ` +
        `kills at ${range(killTimes)}: ${killed} killed — ${tally.before} before the sequence was reserved, ${tally.inside} while writing (${tally.insideInPlace} with the file already in place), ` +
        `${tally.after} after the bundle was complete — and ${tally.finished} finished first; --out: ${tally.absent} no file, ${tally.old} old bundle intact, ${tally.complete} complete, 0 half files; ` +
        `${tally.later} later exports, all numbered above the log's last; ${runsLeavingUnrecorded.size} runs left a bundle number in bundles/sent/ that the log does not hold; ${sentTemps} hidden temp files in bundles/sent/ at the end (${tally.tempsLeft} runs left one there), ${tally.copyTemps} beside --out; ${tally.readOnlyFallbacks} stores checked through a copy`;
      console.log(`bundle-crash-safety: ${line}`);
      summary.push(line);
      const breaches = [...unrecorded.values()];
      expect(
        breaches.length,
        `sequence numbers not recorded before the bundle is written (${breaches.length} findings in ${runsLeavingUnrecorded.size} runs), so a killed export's number is given again; the first:\n  ${breaches.slice(0, 6).join('\n  ')}\n`,
      ).toBe(0);
      expect(killed + tally.finished).toBe(exportRunCount);
      expect(tally.absent + tally.old + tally.complete).toBe(exportRunCount);
      // Every ending must happen often enough, or the kill moments do not cover the export.
      expect(tally.before, line).toBeGreaterThanOrEqual(3);
      expect(tally.inside, line).toBeGreaterThanOrEqual(3);
      expect(tally.after + tally.finished, line).toBeGreaterThanOrEqual(3);
      expect(tally.absent + tally.old, line).toBeGreaterThanOrEqual(3);
      expect(tally.complete, line).toBeGreaterThanOrEqual(3);
    },
  );

  it(
    `a bundle import killed at random moments (${importRuns} runs) leaves all of the bundle or none of it, and a log that says which`,
    { timeout: 420_000 },
    async () => {
      const { root, receiver, bundle, bundleId, bundleSequence } = setup();
      const rng = mulberry32(seed ^ 0x5555);
      const work = join(root, 'import');
      mkdirSync(work);
      const args = (dataDir: string) => ['bundle', 'import', '--data', dataDir, bundle, '--yes-trust', '--json'];
      const logged = (result: string): ReceivedRow => ({ bundle_id: bundleId, sender: senderCity, sequence: bundleSequence, result, code: null });

      const setupCopy = join(work, 'scratch-setup');
      cpSync(receiver, setupCopy, { recursive: true });
      const empty = checkReceiver(setupCopy, join(work, 'scratch-setup-store'));
      rmSync(setupCopy, { recursive: true, force: true });
      expect(empty.integrity).toEqual(['ok']);
      expect(empty.received).toEqual([]);
      const none = empty.space;
      expect(spaceTables.every((table) => none[table] === 0) && none.cities === 0 && none.trustedKeys === 0, 'the receiver holds nothing of the sender yet').toBe(true);
      const backupsBefore = importBackups(receiver);

      // One uncut run per lane, side by side as the crash runs will be: how long an import takes here,
      // and what all of the bundle looks like in the receiver.
      const uncut = await Promise.all(
        Array.from({ length: lanes }, async (_, lane) => {
          const copy = join(work, `uncut-${lane}`);
          cpSync(receiver, copy, { recursive: true });
          const result = await mustSucceed(args(copy));
          expect(ImportJson.parse(JSON.parse(result.stdout)).status).toBe('imported');
          const check = checkReceiver(copy, join(work, `scratch-uncut-${lane}`));
          rmSync(copy, { recursive: true, force: true });
          expect(check.integrity).toEqual(['ok']);
          expect(check.coverageMismatches).toBe(0);
          expect(check.received).toEqual([logged('imported')]);
          return { ms: result.ms, space: check.space };
        }),
      );
      const duration = new Duration(uncut.map((run) => run.ms));
      const firstEstimate = duration.ms;
      const all = uncut[0]?.space;
      if (!all) throw new Error('no uncut run');
      for (const run of uncut) expect(run.space).toEqual(all);
      expect(all.observations).toBeGreaterThan(districts * years);
      expect(all.commitments).toBeGreaterThan(0);
      expect(all.ownRows, 'the import touched the receiver’s own rows').toBe(none.ownRows);

      const fractions = killFractions(rng, importRuns);
      const tally = { nothing: 0, beforeBackup: 0, insideImport: 0, everythingKilled: 0, everythingFinished: 0, againImported: 0, againDuplicate: 0, sweptTemps: 0, readOnlyFallbacks: 0 };
      const killTimes: number[] = [];

      await onLanes(importRuns, async (index, lane) => {
        const fraction = fractions[index] ?? 0;
        const estimate = duration.ms;
        const moment = Math.round(fraction * estimate);
        const what = `import run ${index} (lane ${lane}, seed ${seed}, kill after ${moment} ms = ${fraction.toFixed(3)} × ~${Math.round(estimate)} ms)`;
        const copy = join(work, `run-${index}`);
        cpSync(receiver, copy, { recursive: true });
        const result = await focal(args(copy), { afterMs: moment });
        const end = ending(result, what);
        duration.observe(result, fraction);
        if (result.killedAt !== null) killTimes.push(result.killedAt);
        if (end === 'finished') expect(ImportJson.parse(JSON.parse(result.stdout)).status, what).toBe('imported');

        const scratch = join(work, `scratch-${lane}`);
        const check = checkReceiver(copy, scratch);
        if (!check.readOnly) tally.readOnlyFallbacks += 1;
        expect(check.integrity, what).toEqual(['ok']);
        expect(check.foreignKeyProblems, what).toBe(0);
        expect(check.coverageMismatches, `${what}: observation_coverage disagrees with the observations`).toBe(0);
        const holdsAll = JSON.stringify(check.space) === JSON.stringify(all);
        expect([JSON.stringify(none), JSON.stringify(all)], `${what}: ${JSON.stringify(check.space)} of the sender — a partial import`).toContain(JSON.stringify(check.space));
        // The log says what the store holds: "imported" exactly when the bundle is there.
        expect(check.received, `${what}: the log of received bundles`).toEqual(holdsAll ? [logged('imported')] : []);
        if (end === 'finished') expect(holdsAll, `${what}: finished but not applied`).toBe(true);
        if (!holdsAll) {
          tally.nothing += 1;
          // The backup is taken just before the transaction begins: killed after it, killed inside the import.
          if (importBackups(copy) > backupsBefore) tally.insideImport += 1;
          else tally.beforeBackup += 1;
        } else if (end === 'killed') tally.everythingKilled += 1;
        else tally.everythingFinished += 1;
        tally.sweptTemps += dataFolderTemps(copy).length;

        // The same bundle again: imported if none of it was there, a duplicate if all of it was.
        const again = await mustSucceed(args(copy), `${what}: importing it again`);
        const status = ImportJson.parse(JSON.parse(again.stdout)).status;
        expect(status, `${what}: importing it again`).toBe(holdsAll ? 'duplicate' : 'imported');
        if (holdsAll) tally.againDuplicate += 1;
        else tally.againImported += 1;
        expect(existsSync(join(copy, 'damaged')), `${what}: the store was set aside as damaged`).toBe(false);
        expect(dataFolderTemps(copy), `${what}: temp files the start-up sweep left`).toEqual([]);
        const afterAgain = checkReceiver(copy, scratch);
        expect(afterAgain.integrity, `${what}: after importing it again`).toEqual(['ok']);
        expect(afterAgain.space, `${what}: after importing it again`).toEqual(all);
        expect(afterAgain.received, `${what}: the log after importing it again`).toEqual(holdsAll ? [logged('imported'), logged('duplicate')] : [logged('imported')]);
        rmSync(copy, { recursive: true, force: true });
      });

      const everything = tally.everythingKilled + tally.everythingFinished;
      const line =
        `bundle import: ${importRuns} runs, uncut ~${Math.round(firstEstimate)} ms at first, ~${Math.round(duration.ms)} ms at the end; kills at ${range(killTimes)}: ` +
        `${tally.nothing} nothing (${tally.beforeBackup} killed before the backup, ${tally.insideImport} inside the import transaction), ` +
        `${everything} everything (${tally.everythingKilled} killed after the commit, ${tally.everythingFinished} finished first), 0 partial; ` +
        `imported again: ${tally.againImported} "imported", ${tally.againDuplicate} "duplicate", nothing else; ${tally.sweptTemps} crash temp files swept at reopen; ${tally.readOnlyFallbacks} stores checked through a copy`;
      console.log(`bundle-crash-safety: ${line}`);
      summary.push(line);
      expect(tally.nothing + everything).toBe(importRuns);
      // Every ending must happen often enough, or the kill moments do not cover the import.
      expect(tally.beforeBackup, line).toBeGreaterThanOrEqual(3);
      expect(tally.insideImport, line).toBeGreaterThanOrEqual(3);
      expect(everything, line).toBeGreaterThanOrEqual(3);
    },
  );
});
