import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { BundleImportProgress, BundleImportResult } from '../../../shared/bundle/bundle-import';
import { describeStorageFailure, FocalError } from '../errors';
import { configureConnection } from '../store/open-database';
import { performBundleImport } from './bundle-task';

/**
 * The bundle thread: a received file is read, verified and applied here, with a connection of its
 * own and the memory limits its job gives it, so a hostile file can exhaust only this thread (which
 * then fails the job, the store untouched) while the main process keeps answering.
 */
export type BundleWorkerMessage = { type: 'progress'; progress: BundleImportProgress } | { type: 'done'; result: BundleImportResult } | { type: 'failed'; message: string };

const WorkerInput = z.object({
  database: z.string(),
  task: z.object({
    file: z.object({ path: z.string(), size: z.number() }),
    options: z.object({ dryRun: z.boolean(), trustKey: z.boolean(), trustAs: z.enum(['bundle', 'sample']).optional() }),
    backupsDir: z.string(),
    now: z.number(),
  }),
});

function send(message: BundleWorkerMessage): void {
  parentPort?.postMessage(message);
}

const input = WorkerInput.parse(workerData);
const db = new Database(input.database);
try {
  configureConnection(db);
  db.pragma('cache_size = -4000');
  send({ type: 'done', result: performBundleImport(db, input.task, (progress) => send({ type: 'progress', progress })) });
} catch (error) {
  if (error instanceof FocalError) send({ type: 'failed', message: error.message });
  else send({ type: 'failed', message: describeStorageFailure(error)?.message ?? `The import stopped: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.` });
} finally {
  db.close();
}
