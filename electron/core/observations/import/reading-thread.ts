import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import type { ImportMapping, ImportSummary } from '../../../../shared/domain/observation-import';
import type { OwnCity } from '../../city/own-city';
import { FocalError } from '../../errors';
import type { StreamedCheckResult } from '../checks/streamed-checks';
import { ImportWriting } from './import-writing';
import type { ImportFile } from './import-files';
import { unpackRows } from './packed-rows';
import { ImportCancelled } from './read-rows';
import { chunksTaken, type ReaderInput, type ReaderMessage } from './reader-messages';
import { ImportTransaction, type ImportOptions } from './run-import';

const outOfMemory = 'The file needs more memory than Focal allows an import; split it into smaller files. Nothing was changed.';

/** Where the reading thread's script is, and the memory it may use (that of reading the file). */
export interface ReadingThread {
  script: string;
  database: string;
  resourceLimits: ResourceLimits;
}

/**
 * The same import as `runImport`, in two threads: a reading thread parses and checks the file
 * (`import-reader.ts`) while this one writes each chunk of checked rows as it arrives, inside the
 * import's one transaction. The answer is the same as the single-threaded import's (tested side by
 * side); only the time differs (docs/benchmarks.md).
 */
export async function importWithReadingThread(
  db: Database,
  city: OwnCity,
  file: Pick<ImportFile, 'path' | 'format'>,
  mapping: ImportMapping,
  thread: ReadingThread,
  options: ImportOptions & { cancel: SharedArrayBuffer },
): Promise<ImportSummary> {
  const transaction = new ImportTransaction(db, options);
  try {
    // The reading thread makes the checks that go along a first import's rows: this one only writes.
    const writing = new ImportWriting(db, city, mapping, options.now ?? new Date(), false);
    let progress = { done: 0, total: 0 };
    const input: ReaderInput = { database: thread.database, city: city.code, file, mapping, firstImport: writing.firstImport, cancel: options.cancel, flow: new SharedArrayBuffer(8) };
    const { rows, checks } = await readOnThread(writing, input, thread, options, (reached) => {
      progress = reached;
    });
    const summary = writing.finish(
      rows,
      { dryRun: options.dryRun, isCancelled: options.isCancelled, onPhase: (phase) => options.onProgress?.({ ...progress, rows, phase }) },
      checks,
    );
    return transaction.settle(summary);
  } finally {
    transaction.end();
  }
}

/** Runs the reading thread to its end, writing each chunk it sends; answers the number of records read and the streamed checks. */
function readOnThread(
  writing: ImportWriting,
  input: ReaderInput,
  thread: ReadingThread,
  options: ImportOptions,
  onReached: (progress: { done: number; total: number }) => void,
): Promise<{ rows: number; checks: StreamedCheckResult | null }> {
  const flow = new Int32Array(input.flow);
  // The reading thread numbers citations in the order it meets them; here each number becomes the
  // city's source (created in this transaction the first time), in the same order.
  const sourceRefs: number[] = [];
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(thread.script, { workerData: input, resourceLimits: thread.resourceLimits });
    const stop = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      outcome();
    };
    worker.on('message', (message: ReaderMessage) => {
      if (settled) return;
      try {
        switch (message.type) {
          case 'rows': {
            if (options.isCancelled?.()) throw new ImportCancelled();
            for (const citation of message.citations) sourceRefs.push(writing.sources.refFor(citation));
            writing.writeCoverage(message.coverage);
            unpackRows(message.chunk, (line, row) => {
              row.sourceRef = sourceRefs[row.sourceRef] ?? 0;
              writing.add(line, row);
            });
            Atomics.add(flow, chunksTaken, 1);
            Atomics.notify(flow, chunksTaken);
            onReached({ done: message.done, total: message.total });
            options.onProgress?.({ done: message.done, total: message.total, rows: message.rows, phase: 'reading' });
            break;
          }
          case 'end':
            writing.problems.absorb(message.problems);
            writing.writeCoverage(message.coverage);
            stop(() => resolve({ rows: message.rows, checks: message.checks }));
            break;
          case 'cancelled':
            stop(() => reject(new ImportCancelled()));
            break;
          case 'failed':
            stop(() => reject(message.code ? new FocalError(message.code, message.message) : new Error(message.message)));
            break;
        }
      } catch (error) {
        stop(() => reject(error));
      }
    });
    worker.on('error', (error) => {
      const memory = 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      stop(() => reject(memory ? new FocalError('too_large', outOfMemory) : error));
    });
    worker.on('exit', () => stop(() => reject(new Error('the reading thread stopped before the end of the file'))));
  });
}
