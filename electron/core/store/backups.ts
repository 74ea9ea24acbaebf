import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupInfo, BackupReason } from '../../../shared/domain/store-status';
import { BackupReason as BackupReasonSchema } from '../../../shared/domain/store-status';
import { renameIntoPlace, tempNameFor } from '../files/atomic-write';

/**
 * How many backups of each reason are kept, the newest of each. Slots per reason, so that one kind
 * cannot crowd out the others: many imports in a day, or an update retried at every start, never
 * push out the backups the user took by hand or the one from before the last restore.
 */
export const backupsKept: Readonly<Record<BackupReason, number>> = {
  manual: 6,
  'before-import': 4,
  'before-migration': 3,
  'before-restore': 3,
  'before-removal': 2,
};

const backupName = /^focal-(\d{8}T\d{6}\d{3}Z)-([a-z-]+)\.sqlite$/;

function stamp(date: Date): string {
  // 2026-11-25T21:41:04.123Z → 20261125T214104123Z: sortable and valid in every file system.
  return date.toISOString().replace(/[-:.]/g, '');
}

function isoFromStamp(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

/**
 * Copies the live database with VACUUM INTO (a consistent, compact snapshot). Older backups are
 * rotated out before the copy, not after it: the backup just taken may belong to an operation that
 * then fails, and a failed operation must not cost a good backup. Callers that know how the
 * operation ended use `backupBefore`; the others' backups take their slot at the next backup.
 */
export function takeBackup(db: Database, backupsDir: string, reason: BackupReason, now: Date): BackupInfo {
  mkdirSync(backupsDir, { recursive: true });
  rotateBackups(backupsDir);
  let at = now;
  let file = join(backupsDir, `focal-${stamp(at)}-${reason}.sqlite`);
  // Two backups within one millisecond (a migration right after a restore) must not collide.
  while (exists(file)) {
    at = new Date(at.getTime() + 1);
    file = join(backupsDir, `focal-${stamp(at)}-${reason}.sqlite`);
  }
  const temp = tempNameFor(file);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  renameIntoPlace(temp, file);
  return { file, takenAt: at.toISOString(), reason, bytes: statSync(file).size };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Newest first. Files that do not look like our backups are ignored, never deleted. */
export function listBackups(backupsDir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(backupsDir);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const match = backupName.exec(name);
    const reason = BackupReasonSchema.safeParse(match?.[2]);
    if (!match?.[1] || !reason.success) continue;
    const file = join(backupsDir, name);
    found.push({ file, takenAt: isoFromStamp(match[1]), reason: reason.data, bytes: statSync(file).size });
  }
  return found.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** A backup taken before an operation, waiting to learn how the operation ended. */
export interface PendingBackup {
  readonly backup: BackupInfo;
  /** The operation is done: the backup keeps its slot and the oldest beyond the slots go. */
  succeeded(): void;
  /**
   * The operation failed and was rolled back: the data is as the backup has it, so the copy adds
   * nothing, and kept it would take the slot of an older, useful backup. It is removed.
   */
  failed(): void;
}

/** Takes a backup before an operation that may fail; the caller says how it ended. */
export function backupBefore(db: Database, backupsDir: string, reason: BackupReason, now: Date): PendingBackup {
  const backup = takeBackup(db, backupsDir, reason, now);
  return {
    backup,
    succeeded: () => rotateBackups(backupsDir),
    failed: () => rmSync(backup.file, { force: true }),
  };
}

/** Keeps the newest `backupsKept[reason]` backups of each reason and removes the rest. */
export function rotateBackups(backupsDir: string): void {
  const seen = new Map<BackupReason, number>();
  for (const backup of listBackups(backupsDir)) {
    const rank = (seen.get(backup.reason) ?? 0) + 1;
    seen.set(backup.reason, rank);
    if (rank > backupsKept[backup.reason]) rmSync(backup.file, { force: true });
  }
}
