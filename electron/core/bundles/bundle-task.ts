import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { BundleImportProgress, BundleImportResult } from '../../../shared/bundle/bundle-import';
import { backupBefore } from '../store/backups';
import { importBundle, type BundleImportOptions } from './import-bundle';

/** One import of a received bundle, as its thread (or the calling one) runs it. */
export interface BundleTask {
  file: { path: string; size: number };
  options: BundleImportOptions;
  backupsDir: string;
  now: number;
}

/** Runs the task on a connection: the same code on the bundle thread and, without one, on the core's. */
export function performBundleImport(db: Database, task: BundleTask, onProgress: (progress: BundleImportProgress) => void): BundleImportResult {
  const now = new Date(task.now);
  return importBundle(
    { db, now, backupBeforeImport: () => backupBefore(db, task.backupsDir, 'before-import', now), onProgress },
    { size: task.file.size, bytes: () => readFileSync(task.file.path) },
    task.options,
  );
}
