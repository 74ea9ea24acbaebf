import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import type { ExportJob } from '../../../../shared/domain/observation-export';
import { describeStorageFailure, FocalError } from '../../errors';
import { exportObservations } from './export-observations';
import type { ExportTask, ExportWorkerMessage } from './export-task';

interface RunningExport {
  view: ExportJob;
  file: string;
  worker: Worker | null;
}

const jobsKept = 10;

/**
 * Exports being prepared for the interface. With a worker script (the desktop app and the browser
 * host) each runs on its own thread with its own read-only connection, so the thread that answers
 * calls stays free however large the export; without one (tests) it runs at once — the same code
 * either way. The file waits in the private working folder until the interface takes it.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, RunningExport>();

  constructor(private readonly deps: { db: () => Database; database: string; workerScript: string | null; workDir: string }) {}

  start(task: Omit<ExportTask, 'file'>, naming: { name: string; mediaType: string }): ExportJob {
    mkdirSync(this.deps.workDir, { recursive: true, mode: 0o700 });
    const id = randomBytes(8).toString('hex');
    const file = join(this.deps.workDir, `export-${id}.${task.format}`);
    const job: RunningExport = { view: { job: id, state: 'running', rows: 0, result: null, error: null }, file, worker: null };
    this.jobs.set(id, job);
    this.forgetOld();
    const full: ExportTask = { ...task, file };
    const finish = (rows: number, suppressed: number) => {
      job.view.state = 'done';
      job.view.rows = rows;
      job.view.result = { ...naming, rows, suppressed };
    };
    const fail = (message: string) => {
      job.view.state = 'failed';
      job.view.error = message;
      rmSync(file, { force: true });
    };
    if (this.deps.workerScript) this.runInWorker(job, full, this.deps.workerScript, finish, fail);
    else {
      try {
        const result = exportObservations(this.deps.db(), full.city, full.filter, { ...full, onProgress: (rows) => (job.view.rows = rows) });
        finish(result.rows, result.suppressed);
      } catch (error) {
        const storage = describeStorageFailure(error);
        if (!(error instanceof FocalError) && !storage) {
          fail('The export stopped because of an unexpected problem. No file was made.');
          throw error;
        }
        fail(error instanceof FocalError ? error.message : (storage?.message ?? ''));
      }
    }
    return { ...job.view };
  }

  get(id: string): ExportJob {
    return { ...this.find(id).view };
  }

  /** The finished file's content, handed over once: the working copy goes with it. */
  take(id: string): { name: string; mediaType: string; base64: string } {
    const job = this.find(id);
    if (job.view.state !== 'done' || !job.view.result) throw new FocalError('conflict', 'This export is not ready yet.');
    try {
      return { name: job.view.result.name, mediaType: job.view.result.mediaType, base64: readFileSync(job.file).toString('base64') };
    } finally {
      rmSync(job.file, { force: true });
      this.jobs.delete(id);
    }
  }

  /** Stops every running export (the app is closing) and removes their working files. */
  stopAll(): void {
    for (const job of this.jobs.values()) {
      void job.worker?.terminate();
      rmSync(job.file, { force: true });
    }
  }

  private find(id: string): RunningExport {
    const job = this.jobs.get(id);
    if (!job) throw new FocalError('not_found', 'This export is no longer known; start it again.');
    return job;
  }

  private forgetOld(): void {
    const finished = [...this.jobs.entries()].filter(([, job]) => job.view.state !== 'running');
    for (const [id, job] of finished.slice(0, Math.max(0, this.jobs.size - jobsKept))) {
      rmSync(job.file, { force: true });
      this.jobs.delete(id);
    }
  }

  private runInWorker(job: RunningExport, task: ExportTask, script: string, finish: (rows: number, suppressed: number) => void, fail: (message: string) => void): void {
    // Rows stream through: the thread needs little heap whatever the size of the export.
    const worker = new Worker(script, { workerData: { database: this.deps.database, task }, resourceLimits: { maxOldGenerationSizeMb: 256 } });
    job.worker = worker;
    worker.on('message', (message: ExportWorkerMessage) => {
      if (message.type === 'progress') job.view.rows = message.rows;
      else if (message.type === 'done') finish(message.rows, message.suppressed);
      else fail(message.message);
    });
    worker.on('error', (error) => {
      if (job.view.state === 'running') fail(`The export stopped: ${error.message}. No file was made.`);
    });
    worker.on('exit', () => {
      job.worker = null;
      if (job.view.state === 'running') fail('The export stopped before it finished. No file was made.');
    });
  }
}
