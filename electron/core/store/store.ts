import { copyFileSync, fsyncSync, openSync, closeSync, rmSync } from 'node:fs';
import { relative, resolve, isAbsolute } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupInfo, BackupReason, Recovery } from '../../../shared/domain/store-status';
import { describeStoreOpenFailure, FocalError, StoreOpenError } from '../errors';
import { renameIntoPlace, tempNameFor } from '../files/atomic-write';
import type { DataPaths } from '../paths';
import { backupBefore, listBackups, rotateBackups, takeBackup, type PendingBackup } from './backups';
import { checkDatabaseFile, clearRecoveryMarker, openDatabase, openForReading, pendingRecovery } from './open-database';
import { liveHolders, registerHolder } from './holders';
import { latestSchemaVersion } from './migrations/index';

/** Runs on every freshly opened connection, after migrations (the catalogue install). */
export type AfterOpen = (db: Database) => void;

/**
 * The live database of one data folder. It owns the connection so that a restore can swap the
 * file underneath every caller: handlers always reach the current connection through `db`.
 */
export class Store {
  #db: Database;
  #recovery: Recovery | null;

  private constructor(
    readonly paths: DataPaths,
    private readonly now: () => Date,
    private readonly afterOpen: AfterOpen,
    opened: { db: Database; recovery: Recovery | null },
    /** This process's holder file; null for a store opened read-only on a full disk. */
    private readonly holderFile: string | null,
  ) {
    this.#db = opened.db;
    this.#recovery = opened.recovery;
  }

  static open(paths: DataPaths, now: () => Date, afterOpen: AfterOpen, exclusive = false): Store {
    const other = exclusive ? liveHolders(paths.holdersDir).find((h) => h.exclusive) : undefined;
    if (other) {
      throw new StoreOpenError(
        'locked',
        `Focal is already running on the data folder ${paths.root} (process ${other.pid}). Use that window, or close it first.`,
      );
    }
    try {
      return Store.openForWriting(paths, now, afterOpen, exclusive);
    } catch (error) {
      const failure = error instanceof StoreOpenError ? error : describeStoreOpenFailure(error, paths.root);
      if (!failure) throw error;
      // A short command (focal status, an export to another disk) can still read a folder on a full
      // disk. A running app must be able to save, so it says why it cannot start instead.
      const reading = !exclusive && failure.reason === 'storage_full' ? openForReading(paths) : null;
      if (!reading) throw failure;
      // No holder file (there is no room for one): a reader is not hurt by a restore elsewhere, which
      // swaps the file under it while it keeps reading the one it opened. No catalogue update either.
      return new Store(paths, now, afterOpen, { db: reading, recovery: pendingRecovery(paths) }, null);
    }
  }

  private static openForWriting(paths: DataPaths, now: () => Date, afterOpen: AfterOpen, exclusive: boolean): Store {
    const opened = openDatabase(paths, now());
    try {
      afterOpen(opened.db);
      return new Store(paths, now, afterOpen, opened, registerHolder(paths.holdersDir, exclusive));
    } catch (error) {
      opened.db.close();
      throw error;
    }
  }

  get db(): Database {
    return this.#db;
  }

  /**
   * True when the disk was too full to open the data folder normally and it was opened for reading
   * only: every write is refused (dispatch says the disk is full) until Focal is started again.
   */
  get readOnly(): boolean {
    return this.holderFile === null;
  }

  /** Set when the data file was damaged at start and moved aside; cleared by restore or dismiss. */
  get recovery(): Recovery | null {
    return this.#recovery;
  }

  dismissRecovery(): void {
    clearRecoveryMarker(this.paths);
    this.#recovery = null;
  }

  /** A backup that is an operation of its own (the user's "Back up now"): it takes its slot at once. */
  backup(reason: BackupReason): BackupInfo {
    const backup = takeBackup(this.#db, this.paths.backupsDir, reason, this.now());
    rotateBackups(this.paths.backupsDir);
    return backup;
  }

  /** A backup before an operation that may fail; the caller says how it ended (see PendingBackup). */
  backupBefore(reason: BackupReason): PendingBackup {
    return backupBefore(this.#db, this.paths.backupsDir, reason, this.now());
  }

  backups(): BackupInfo[] {
    return listBackups(this.paths.backupsDir);
  }

  /**
   * Replaces the live database with a backup. The current state is backed up first (unless it is
   * the empty file that replaced a damaged one), the copy is flushed before it takes the live name,
   * and the restored file is migrated like any other.
   */
  restore(file: string): void {
    const chosen = resolve(file);
    const inside = relative(this.paths.backupsDir, chosen);
    if (inside.startsWith('..') || isAbsolute(inside) || !this.backups().some((b) => resolve(b.file) === chosen)) {
      throw new FocalError('not_found', 'That backup is not one of this data folder’s backups.');
    }
    const check = checkDatabaseFile(chosen);
    if (check.state === 'damaged') throw new FocalError('storage_error', `That backup is damaged too (${check.problem}); choose an older one.`);
    if (check.version > latestSchemaVersion) throw new FocalError('conflict', 'That backup was made by a newer version of Focal.');

    const others = liveHolders(this.paths.holdersDir).filter((h) => h.file !== this.holderFile);
    if (others.length > 0) {
      throw new FocalError(
        'conflict',
        `Another Focal (process ${others.map((h) => h.pid).join(', ')}) has this data folder open. Close it, then restore: its changes would otherwise be lost.`,
      );
    }
    const safety = this.#recovery === null ? this.backupBefore('before-restore') : null;
    const temp = tempNameFor(this.paths.database);
    let swapped = false;
    try {
      copyFileSync(chosen, temp);
      const fd = openSync(temp, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      this.#db.close();
      try {
        // A clean close has checkpointed the WAL; what is left belongs to the file being replaced.
        for (const suffix of ['-wal', '-shm']) rmSync(this.paths.database + suffix, { force: true });
        renameIntoPlace(temp, this.paths.database);
        swapped = true;
        clearRecoveryMarker(this.paths);
        this.#recovery = null;
      } finally {
        // Whether or not the swap happened, callers get a working connection to what is on disk.
        const reopened = openDatabase(this.paths, this.now());
        this.afterOpen(reopened.db);
        this.#db = reopened.db;
      }
    } catch (error) {
      // A half copy (a full disk) must not stay behind, nor the safety backup of data left unchanged.
      rmSync(temp, { force: true });
      if (!swapped) safety?.failed();
      throw error;
    }
    safety?.succeeded();
  }

  close(): void {
    if (this.#db.open) this.#db.close();
    if (this.holderFile !== null) rmSync(this.holderFile, { force: true });
  }
}
