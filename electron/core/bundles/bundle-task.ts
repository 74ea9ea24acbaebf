import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { BundleExportProgress, BundleRequest, BundleSummary } from '../../../shared/bundle/bundle-export';
import type { BundleImportProgress, BundleImportResult } from '../../../shared/bundle/bundle-import';
import { dataPaths } from '../paths';
import { backupBefore } from '../store/backups';
import { exportBundle } from './export-bundle';
import type { FigureThread } from './figures-on-thread';
import { importBundle, type BundleImportOptions } from './import-bundle';

/** One import of a received bundle, as its thread (or the calling one) runs it. */
export interface BundleTask {
  file: { path: string; size: number };
  options: BundleImportOptions;
  backupsDir: string;
  now: number;
  /** A thread to read the figures on beside the writing (the hosts); none: all on the bundle thread. */
  figureThread?: FigureThread | null;
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
    { db, now, backupBeforeImport: () => backupBefore(db, task.backupsDir, 'before-import', now), onProgress, figureThread: task.figureThread ?? null },
    { size: task.file.size, bytes: () => readShared(task.file.path) },
    task.options,
  );
}

/**
 * A received file read into memory the bundle's figure thread can see too (figure-reader.ts), so
 * that a large bundle is not copied to be read there.
 */
function readShared(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const bytes = new Uint8Array(new SharedArrayBuffer(fstatSync(fd).size));
    let at = 0;
    while (at < bytes.length) {
      const read = readSync(fd, bytes, at, bytes.length - at, at);
      if (read === 0) break;
      at += read;
    }
    return at === bytes.length ? bytes : bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

export function performBundleExport(db: Database, task: BundleExportTask, onProgress: (progress: BundleExportProgress) => void): BundleSummary {
  return exportBundle({ db, paths: dataPaths(task.root), appVersion: task.appVersion, now: new Date(task.now), threshold: task.threshold, onProgress }, task.request);
}
