import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupInfo, BackupReason } from '../../../shared/domain/store-status';
import { BackupReason as BackupReasonSchema } from '../../../shared/domain/store-status';
import { renameIntoPlace, tempNameFor } from '../files/atomic-write';

/** How many backups are kept; the oldest go first. */
export const backupsKept = 12;

const backupName = /^focal-(\d{8}T\d{6}\d{3}Z)-([a-z-]+)\.sqlite$/;

function stamp(date: Date): string {
  // 2026-11-25T21:41:04.123Z → 20261125T214104123Z: sortable and valid in every file system.
  return date.toISOString().replace(/[-:.]/g, '');
}

function isoFromStamp(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

/** Copies the live database with VACUUM INTO (a consistent, compact snapshot), then rotates. */
export function takeBackup(db: Database, backupsDir: string, reason: BackupReason, now: Date): BackupInfo {
  mkdirSync(backupsDir, { recursive: true });
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
  rotateBackups(backupsDir);
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

function rotateBackups(backupsDir: string): void {
  for (const old of listBackups(backupsDir).slice(backupsKept)) rmSync(old.file, { force: true });
}
