import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { BundleRequest, type BundleExportProgress, type BundleSummary } from '../../../shared/bundle/bundle-export';
import type { BundleImportProgress, BundleImportResult } from '../../../shared/bundle/bundle-import';
import { describeStorageFailure, FocalError } from '../errors';
import { configureConnection } from '../store/open-database';
import { performBundleExport, performBundleImport } from './bundle-task';

/**
 * The bundle thread: a received file is read, verified and applied here, with a connection of its
 * own and the memory limits its job gives it, so a hostile file can exhaust only this thread (which
 * then fails the job, the store untouched) while the main process keeps answering. Exports run
 * here too, so a large bundle is written while the interface shows how far it is.
 */
export type BundleWorkerMessage =
  | { type: 'progress'; progress: BundleImportProgress }
  | { type: 'done'; result: BundleImportResult }
  | { type: 'export-progress'; progress: BundleExportProgress }
  | { type: 'exported'; result: BundleSummary }
  | { type: 'failed'; message: string };

const WorkerInput = z.object({
  database: z.string(),
  task: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('import'),
      file: z.object({ path: z.string(), size: z.number() }),
      options: z.object({ dryRun: z.boolean(), trustKey: z.boolean(), trustAs: z.enum(['bundle', 'sample']).optional() }),
      backupsDir: z.string(),
      now: z.number(),
      figureThread: z
        .object({ script: z.string(), resourceLimits: z.object({ maxOldGenerationSizeMb: z.number().optional(), maxYoungGenerationSizeMb: z.number().optional() }) })
        .nullable()
        .optional(),
    }),
    z.object({ kind: z.literal('export'), request: BundleRequest, root: z.string(), appVersion: z.string(), now: z.number(), threshold: z.number() }),
  ]),
});

function send(message: BundleWorkerMessage): void {
  parentPort?.postMessage(message);
}

const input = WorkerInput.parse(workerData);
const db = new Database(input.database);
try {
  configureConnection(db);
  db.pragma('cache_size = -4000');
  const task = input.task;
  if (task.kind === 'import') send({ type: 'done', result: performBundleImport(db, task, (progress) => send({ type: 'progress', progress })) });
  else send({ type: 'exported', result: performBundleExport(db, task, (progress) => send({ type: 'export-progress', progress })) });
} catch (error) {
  if (error instanceof FocalError) send({ type: 'failed', message: error.message });
  else {
    const what = input.task.kind === 'import' ? 'The import stopped' : 'The export stopped';
    send({ type: 'failed', message: describeStorageFailure(error)?.message ?? `${what}: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.` });
  }
} finally {
  db.close();
}
