import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { BundleExportProgress, BundleRequest, BundleSummary } from '../../../shared/bundle/bundle-export';
import type { BundleImportProgress, BundleImportResult } from '../../../shared/bundle/bundle-import';
import { dataPaths } from '../paths';
import { backupBefore } from '../store/backups';
import { exportBundle } from './export-bundle';
import { importBundle, type BundleImportOptions } from './import-bundle';

/** One import of a received bundle, as its thread (or the calling one) runs it. */
export interface BundleTask {
  file: { path: string; size: number };
  options: BundleImportOptions;
  backupsDir: string;
  now: number;
}

/** One export, as its thread (or the calling one) runs it: what to share, and where the data folder is. */
export interface BundleExportTask {
  request: BundleRequest;
  root: string;
  appVersion: string;
  now: number;
  threshold: number;
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

export function performBundleExport(db: Database, task: BundleExportTask, onProgress: (progress: BundleExportProgress) => void): BundleSummary {
  return exportBundle({ db, paths: dataPaths(task.root), appVersion: task.appVersion, now: new Date(task.now), threshold: task.threshold, onProgress }, task.request);
}
