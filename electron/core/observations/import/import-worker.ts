import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { ImportMapping } from '../../../../shared/domain/observation-import';
import { describeStorageFailure, FocalError } from '../../errors';
import { configureConnection } from '../../store/open-database';
import { performImport, performImportInTwoThreads } from './import-task';
import { ImportCancelled, type ImportProgress } from './run-import';
import type { WorkerMessage } from './worker-messages';

/**
 * The import thread: its own connection to the store, so the main process (the window, the API)
 * keeps answering while a large file is read and written. Cancellation is a shared flag the
 * import checks every thousand rows; a cancelled or failed import rolls back.
 */
const WorkerInput = z.object({
  database: z.string(),
  cancel: z.instanceof(SharedArrayBuffer),
  task: z.object({
    city: z.string(),
    file: z.object({ path: z.string(), format: z.enum(['csv', 'xlsx']) }),
    mapping: ImportMapping,
    dryRun: z.boolean(),
    backupsDir: z.string(),
    now: z.number(),
  }),
  /** The reading thread's script and memory: with it, the file is read and checked beside the writing. */
  reader: z
    .object({
      script: z.string(),
      resourceLimits: z.object({ maxOldGenerationSizeMb: z.number().optional(), maxYoungGenerationSizeMb: z.number().optional() }),
    })
    .nullable(),
});

function send(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

const input = WorkerInput.parse(workerData);
const cancelled = new Int32Array(input.cancel);
const db = new Database(input.database);
try {
  configureConnection(db);
  // An import appends rows in key order, touching few pages more than once: 4 MB of page cache
  // writes as fast as the default 16 MB (docs/benchmarks.md) and keeps the import's memory flat.
  db.pragma('cache_size = -4000');
  const onProgress = (progress: ImportProgress) => send({ type: 'progress', progress });
  const summary = input.reader
    ? await performImportInTwoThreads(db, input.task, { database: input.database, ...input.reader }, onProgress, input.cancel)
    : performImport(db, input.task, onProgress, () => Atomics.load(cancelled, 0) === 1);
  send({ type: 'done', summary });
} catch (error) {
  if (error instanceof ImportCancelled) send({ type: 'cancelled' });
  else if (error instanceof FocalError) send({ type: 'failed', message: error.message });
  else send({ type: 'failed', message: describeStorageFailure(error)?.message ?? `The import failed: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.` });
} finally {
  db.close();
}
