import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import type { Recovery } from '../../../shared/domain/store-status';
import { StoreOpenError } from '../errors';
import { sweepTempFiles } from '../files/atomic-write';
import type { DataPaths } from '../paths';
import { listBackups, takeBackup } from './backups';
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
    throw new StoreOpenError('unreadable', `The data file ${file} cannot be read (${code || String(error)}).`);
  } finally {
    db?.close();
  }
}

/** Sets the connection up the way security.md asks: WAL, FULL sync, foreign keys, bounded WAL. */
export function configureConnection(db: Db): void {
  db.pragma('journal_mode = WAL');
  // better-sqlite3 defaults WAL to NORMAL, which can lose a committed transaction on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`journal_size_limit = ${journalSizeLimit}`);
  db.pragma('busy_timeout = 5000');
}

function setAside(paths: DataPaths, now: Date): string {
  mkdirSync(paths.damagedDir, { recursive: true });
  const target = join(paths.damagedDir, `${basename(paths.database, '.sqlite')}-${now.toISOString().replace(/[-:.]/g, '')}.sqlite`);
  renameSync(paths.database, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(paths.database + suffix)) renameSync(paths.database + suffix, target + suffix);
  }
  return target;
}

/** The newest backup that passes its own check, if any. */
export function latestGoodBackup(paths: DataPaths): Recovery['latestBackup'] {
  for (const backup of listBackups(paths.backupsDir)) {
    const check = checkDatabaseFile(backup.file);
    if (check.state === 'healthy' && check.version <= latestSchemaVersion) return backup;
  }
  return null;
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
 * Opens (or creates) the data folder's database: sweeps crash leftovers, refuses a newer schema
 * untouched, sets a damaged file aside, backs up before migrating, then migrates.
 */
export function openDatabase(paths: DataPaths, now: Date): OpenedDatabase {
  for (const dir of [paths.storeDir, paths.backupsDir]) mkdirSync(dir, { recursive: true });
  sweepTempFiles([paths.storeDir, paths.backupsDir, paths.keysDir]);

  let recovery: Recovery | null = null;
  if (existsSync(paths.database)) {
    refuseNewer(headerSchemaVersion(paths.database) ?? 0);
    const check = checkDatabaseFile(paths.database);
    if (check.state === 'healthy') refuseNewer(check.version);
    if (check.state === 'damaged') {
      const setAsideAs = setAside(paths, now);
      recovery = { setAsideAs, detectedAt: now.toISOString(), problem: check.problem, latestBackup: latestGoodBackup(paths) };
    }
  }

  const db = new Database(paths.database);
  try {
    configureConnection(db);
    if (schemaVersion(db) > 0 && schemaVersion(db) < latestSchemaVersion) takeBackup(db, paths.backupsDir, 'before-migration', now);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, recovery };
}
