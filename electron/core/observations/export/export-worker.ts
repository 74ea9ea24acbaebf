import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { ObservationFilter } from '../../../../shared/domain/observation-filter';
import { describeStorageFailure, FocalError } from '../../errors';
import { exportObservations } from './export-observations';
import type { ExportWorkerMessage } from './export-task';

/**
 * The export thread: its own read-only connection, so the main process (the window, the API) keeps
 * answering while a large export is written. It only reads the store and writes the one file.
 */
const WorkerInput = z.object({
  database: z.string(),
  task: z.object({ city: z.string(), filter: ObservationFilter, format: z.enum(['csv', 'xlsx']), threshold: z.number(), file: z.string() }),
});

function send(message: ExportWorkerMessage): void {
  parentPort?.postMessage(message);
}

const input = WorkerInput.parse(workerData);
const db = new Database(input.database, { readonly: true, fileMustExist: true });
try {
  const result = exportObservations(db, input.task.city, input.task.filter, { ...input.task, onProgress: (rows) => send({ type: 'progress', rows }) });
  send({ type: 'done', rows: result.rows, suppressed: result.suppressed });
} catch (error) {
  if (error instanceof FocalError) send({ type: 'failed', message: error.message });
  else send({ type: 'failed', message: describeStorageFailure(error)?.message ?? `The export failed: ${error instanceof Error ? error.message : String(error)}. No file was made.` });
} finally {
  db.close();
}
