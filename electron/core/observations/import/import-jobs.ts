import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import type { ImportJob } from '../../../../shared/domain/observation-import';
import { describeStorageFailure, FocalError } from '../../errors';
import { performImport, type ImportTask } from './import-task';
import { ImportCancelled } from './run-import';
import type { WorkerMessage } from './worker-messages';

interface RunningJob {
  view: ImportJob;
  cancel: Int32Array;
  worker: Worker | null;
}

const jobsKept = 20;

/**
 * Imports running or finished. With a worker script (the desktop app and the browser host) each
 * import runs on its own thread and the caller polls its progress; without one (the CLI, tests) it
 * runs at once on the core's connection — the same code either way.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, RunningJob>();

  constructor(
    private readonly deps: { db: () => Database; database: string; workerScript: string | null },
  ) {}

  /**
   * True while an import is running: other writes wait for it. A dry run counts too — it writes in
   * its own transaction and rolls back, holding the store's write lock all the while, so a write
   * from elsewhere would fail on the busy store instead of being refused plainly.
   */
  get writing(): boolean {
    return [...this.jobs.values()].some((job) => job.view.state === 'running');
  }

  start(task: ImportTask): ImportJob {
    if (this.writing) throw new FocalError('conflict', 'Another import is running; wait for it to finish.');
    const job: RunningJob = {
      view: { job: randomBytes(8).toString('hex'), dryRun: task.dryRun, state: 'running', progress: { done: 0, total: 0, rows: 0, phase: 'reading' }, summary: null, error: null },
      cancel: new Int32Array(new SharedArrayBuffer(4)),
      worker: null,
    };
    this.jobs.set(job.view.job, job);
    this.forgetOld();
    if (this.deps.workerScript) this.runInWorker(job, task, this.deps.workerScript);
    else this.runHere(job, task);
    return { ...job.view };
  }

  get(id: string): ImportJob {
    return { ...this.find(id).view };
  }

  cancel(id: string): ImportJob {
    const job = this.find(id);
    if (job.view.state === 'running') Atomics.store(job.cancel, 0, 1);
    return { ...job.view };
  }

  /** Stops every running import (the app is closing): their transactions roll back with their threads. */
  stopAll(): void {
    for (const job of this.jobs.values()) {
      Atomics.store(job.cancel, 0, 1);
      void job.worker?.terminate();
    }
  }

  private find(id: string): RunningJob {
    const job = this.jobs.get(id);
    if (!job) throw new FocalError('not_found', 'This import is no longer known.');
    return job;
  }

  private forgetOld(): void {
    const finished = [...this.jobs.entries()].filter(([, job]) => job.view.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, this.jobs.size - jobsKept))) this.jobs.delete(id);
  }

  private runHere(job: RunningJob, task: ImportTask): void {
    try {
      job.view.summary = performImport(
        this.deps.db(),
        task,
        (progress) => (job.view.progress = progress),
        () => Atomics.load(job.cancel, 0) === 1,
      );
      job.view.state = 'done';
    } catch (error) {
      if (error instanceof ImportCancelled) job.view.state = 'cancelled';
      else if (error instanceof FocalError || describeStorageFailure(error)) {
        job.view.state = 'failed';
        job.view.error = error instanceof FocalError ? error.message : (describeStorageFailure(error)?.message ?? '');
      } else {
        // A bug: the job must not stay "running" (it would hold off every write), and dispatch reports it.
        job.view.state = 'failed';
        job.view.error = 'The import stopped because of an unexpected problem. Nothing was changed.';
        throw error;
      }
    }
  }

  private runInWorker(job: RunningJob, task: ImportTask, script: string): void {
    // Two threads: the reading thread parses and checks the file, this import thread only writes
    // (docs/benchmarks.md). A CSV is streamed, so reading needs little heap; a workbook is read whole
    // and gets room. Writing holds a few chunks of rows at a time whatever the file. Small heaps with
    // small young generations keep the garbage of a million rows from piling up before it is
    // collected: peak memory stays flat with the file's size.
    const readingLimits = task.file.format === 'csv' ? { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 2 } : { maxOldGenerationSizeMb: 2048 };
    // FOCAL_IMPORT_THREADS=1 reads and writes on one thread, as before: the benchmark measures both side by side.
    const reader = process.env.FOCAL_IMPORT_THREADS === '1' ? null : { script: join(dirname(script), 'import-reader.mjs'), resourceLimits: readingLimits };
    const resourceLimits = reader ? { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 1 } : { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };
    const worker = new Worker(script, { workerData: { database: this.deps.database, cancel: job.cancel.buffer, task, reader }, resourceLimits });
    job.worker = worker;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') job.view.progress = message.progress;
      else if (message.type === 'done') {
        job.view.summary = message.summary;
        job.view.state = 'done';
      } else if (message.type === 'cancelled') job.view.state = 'cancelled';
      else {
        job.view.state = 'failed';
        job.view.error = message.message;
      }
    });
    worker.on('error', (error) => {
      // An error after the answer (the thread dying on its way out) does not undo what was reported.
      if (job.view.state !== 'running') return;
      job.view.state = 'failed';
      const memory = 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      job.view.error = memory
        ? 'The file needs more memory than Focal allows an import; split it into smaller files. Nothing was changed.'
        : `The import stopped: ${error.message}. Nothing was changed.`;
    });
    worker.on('exit', () => {
      job.worker = null;
      if (job.view.state === 'running') {
        job.view.state = 'failed';
        job.view.error = 'The import stopped before it finished. Nothing was changed.';
      }
    });
  }
}
