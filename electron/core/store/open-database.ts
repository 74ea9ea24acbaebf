import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { z } from 'zod';
import { basename, join } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import type { Recovery } from '../../../shared/domain/store-status';
import { describeStorageFailure, describeStoreOpenFailure, StoreOpenError } from '../errors';
import { sweepTempFiles, writeFileAtomic } from '../files/atomic-write';
import type { DataPaths } from '../paths';
import { backupBefore, listBackups } from './backups';
import { migrate, schemaVersion } from './migrate';
import { latestSchemaVersion } from './migrations/index';

/** The WAL may grow to this many bytes before SQLite truncates it after a checkpoint. */
const journalSizeLimit = 64 * 1024 * 1024;

export type FileCheck = { state: 'healthy'; version: number } | { state: 'damaged'; problem: string };

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Reads user_version straight from the file header (bytes 60–63), without SQLite: a file from a
 * newer Focal must be refused before any connection could create a WAL or touch it in any way.
 * Null when the header is not SQLite's.
 */
export function headerSchemaVersion(file: string): number | null {
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    if (readSync(fd, header, 0, 100, 0) < 100) return null;
  } finally {
    closeSync(fd);
  }
  if (!header.subarray(0, 16).equals(sqliteMagic)) return null;
  return header.readInt32BE(60);
}

/**
 * Looks at an existing file read-only: nothing is written before we know it is ours, healthy and
 * not from a newer Focal.
 */
export function checkDatabaseFile(file: string): FileCheck {
  // SQLite takes an empty file for a new, empty database. Focal writes the header as it creates the
  // file, so an empty one is a file that lost its content (a failed copy, a disk that was full or
  // failing): opened, it would silently show an empty store in place of the user's data.
  if (statSync(file).size === 0) return { state: 'damaged', problem: 'the file is empty (0 bytes)' };
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = schemaVersion(db);
    const rows: unknown = db.pragma('quick_check');
    const first: unknown = Array.isArray(rows) ? rows[0] : undefined;
    const verdict = typeof first === 'object' && first !== null && 'quick_check' in first ? String(first.quick_check) : 'no answer';
    if (verdict !== 'ok') return { state: 'damaged', problem: `quick_check: ${verdict}` };
    return { state: 'healthy', version };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      return { state: 'damaged', problem: `${code}: ${error instanceof Error ? error.message : String(error)}` };
    }
    // The disk refusing (full, read-only, failing) rather than the file: the caller words it for
    // what it was doing (opening the folder, restoring a backup).
    if (describeStorageFailure(error) !== null) throw error;
    throw new StoreOpenError('unreadable', `The data file ${file} cannot be read (${code || String(error)}).`, { cause: error });
  } finally {
    db?.close();
  }
}

/** Sets the connection up the way docs/security.md asks: WAL, FULL sync, foreign keys, bounded WAL. */
export function configureConnection(db: Db): void {
  db.pragma('journal_mode = WAL');
  // better-sqlite3 defaults WAL to NORMAL, which can lose a committed transaction on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`journal_size_limit = ${journalSizeLimit}`);
  db.pragma('busy_timeout = 5000');
}

const RecoveryMarker = z.object({ setAsideAs: z.string(), detectedAt: z.string(), problem: z.string() });
type RecoveryMarker = z.infer<typeof RecoveryMarker>;

function readRecoveryMarker(paths: DataPaths): RecoveryMarker | null {
  if (!existsSync(paths.recoveryMarker)) return null;
  try {
    return RecoveryMarker.parse(JSON.parse(readFileSync(paths.recoveryMarker, 'utf8')));
  } catch {
    return { setAsideAs: paths.damagedDir, detectedAt: new Date(0).toISOString(), problem: 'a damaged data file was set aside earlier' };
  }
}

export function clearRecoveryMarker(paths: DataPaths): void {
  rmSync(paths.recoveryMarker, { force: true });
}

/**
 * Moves a damaged data file (and its -wal, -shm) into damaged/ and leaves the recovery marker that
 * makes every later start offer the latest good backup. The marker is written first: a file moved
 * aside without it would make the next start find no data file and silently begin an empty one.
 */
function setAside(paths: DataPaths, now: Date, problem: string): void {
  // Owner-only like the store's folder: the file set aside holds the same data.
  mkdirSync(paths.damagedDir, { recursive: true, mode: 0o700 });
  const setAsideAs = join(paths.damagedDir, `${basename(paths.database, '.sqlite')}-${now.toISOString().replace(/[-:.]/g, '')}.sqlite`);
  const marker: RecoveryMarker = { setAsideAs, detectedAt: now.toISOString(), problem };
  // Kept on disk until the user restores or starts empty: every later start offers it again.
  writeFileAtomic(paths.recoveryMarker, JSON.stringify(marker, null, 2), 0o600);
  try {
    renameSync(paths.database, setAsideAs);
  } catch (error) {
    // Nothing moved: the next start checks the file again.
    clearRecoveryMarker(paths);
    throw error;
  }
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(paths.database + suffix)) renameSync(paths.database + suffix, setAsideAs + suffix);
  }
}

/** The newest backup that passes its own check, if any. */
export function latestGoodBackup(paths: DataPaths): Recovery['latestBackup'] {
  for (const backup of listBackups(paths.backupsDir)) {
    try {
      const check = checkDatabaseFile(backup.file);
      if (check.state === 'healthy' && check.version <= latestSchemaVersion) return backup;
    } catch {
      // An unreadable backup is simply not offered; the next older one may be fine.
    }
  }
  return null;
}

/** The damaged file waiting for the user's decision (restore or start empty), if any. */
export function pendingRecovery(paths: DataPaths): Recovery | null {
  const marker = readRecoveryMarker(paths);
  return marker ? { ...marker, latestBackup: latestGoodBackup(paths) } : null;
}

/**
 * Creates the folders owner-only (0700): the data describes refugees and asylum seekers and may sit
 * on a shared municipal computer. A folder the user named is tightened only where Focal made it.
 */
function prepareFolders(paths: DataPaths): void {
  for (const dir of [paths.root, paths.storeDir, paths.backupsDir]) {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (dir !== paths.root && process.platform !== 'win32') chmodSync(dir, 0o700);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOTDIR' || code === 'EEXIST') {
        throw new StoreOpenError('unreadable', `The data folder ${paths.root} cannot be used: a file is in the way of a folder (${dir}).`, { cause: error });
      }
      throw describeStoreOpenFailure(error, paths.root) ?? new StoreOpenError('unreadable', `The data folder ${paths.root} cannot be used (${code || String(error)}, ${dir}).`, { cause: error });
    }
  }
}

function refuseNewer(version: number): void {
  if (version <= latestSchemaVersion) return;
  throw new StoreOpenError(
    'newer_version',
    `This data folder was written by a newer version of Focal (schema ${version}; this version knows up to ${latestSchemaVersion}). It was not changed. Update Focal to open it.`,
  );
}

export interface OpenedDatabase {
  db: Db;
  recovery: Recovery | null;
}

/**
 * Brings an older file up to this version's schema: a backup first, then every pending step in one
 * transaction. A step that fails leaves the file as it was, and says so without SQL.
 */
function upgrade(db: Db, paths: DataPaths, now: Date): void {
  const version = schemaVersion(db);
  if (version === 0) {
    // A brand-new file: nothing to back up.
    migrate(db);
    return;
  }
  if (version >= latestSchemaVersion) return;
  const backup = backupBefore(db, paths.backupsDir, 'before-migration', now);
  try {
    migrate(db);
  } catch (error) {
    // Rolled back: the file is the backup's twin, and keeping the copy at every failing start would
    // push older, different backups out of their slots.
    backup.failed();
    throw (
      describeStoreOpenFailure(error, paths.root) ??
      new StoreOpenError(
        'upgrade_failed',
        `Focal could not upgrade your data to this version, so it did not open it. Your data is unchanged: the version of Focal you used before still opens it, and your backups are in ${paths.backupsDir}. Please report this problem.`,
        { cause: error },
      )
    );
  }
  backup.succeeded();
}

/**
 * Opens (or creates) the data folder's database: sweeps crash leftovers, refuses a newer schema
 * untouched, sets a damaged file aside, backs up before migrating, then migrates. Every failure is
 * a StoreOpenError in plain words, except a bug, which is thrown as it is.
 */
export function openDatabase(paths: DataPaths, now: Date): OpenedDatabase {
  try {
    return openForWriting(paths, now);
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    throw describeStoreOpenFailure(error, paths.root) ?? error;
  }
}

function openForWriting(paths: DataPaths, now: Date): OpenedDatabase {
  prepareFolders(paths);
  sweepTempFiles([paths.storeDir, paths.backupsDir, paths.keysDir]);

  if (existsSync(paths.database)) {
    refuseNewer(headerSchemaVersion(paths.database) ?? 0);
    const check = checkDatabaseFile(paths.database);
    if (check.state === 'healthy') refuseNewer(check.version);
    if (check.state === 'damaged') setAside(paths, now, check.problem);
  }
  const recovery = pendingRecovery(paths);

  const creating = !existsSync(paths.database);
  const db = new Database(paths.database);
  try {
    configureConnection(db);
    upgrade(db, paths, now);
  } catch (error) {
    db.close();
    // A file this start created but could not even give a header (a full disk) is removed: left
    // empty, the next start would take it for a damaged one.
    if (creating && statSync(paths.database, { throwIfNoEntry: false })?.size === 0) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(paths.database + suffix, { force: true });
    }
    throw error;
  }
  return { db, recovery };
}

/**
 * Opens the data file for reading only, when the disk is too full to open it normally: a short
 * command (`focal status`, an export to another disk) still answers. Null when that is not possible
 * either (no file, a file needing an upgrade or damaged, or another process holding it).
 */
export function openForReading(paths: DataPaths): Db | null {
  if (!existsSync(paths.database) || headerSchemaVersion(paths.database) !== latestSchemaVersion) return null;
  let db: Db | undefined;
  try {
    db = new Database(paths.database, { fileMustExist: true, timeout: 1000 });
    // Set before the first read, exclusive locking makes SQLite keep the WAL index in memory instead
    // of the -shm file, which is what a full disk refuses to grow. The price is a lock that keeps
    // other processes out until this connection closes: fine for one short command.
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('query_only = ON');
    if (schemaVersion(db) !== latestSchemaVersion || db.pragma('quick_check', { simple: true }) !== 'ok') {
      db.close();
      return null;
    }
    return db;
  } catch {
    db?.close();
    return null;
  }
}
