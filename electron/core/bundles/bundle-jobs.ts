import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import type { BundleImportJob } from '../../../shared/bundle/bundle-import';
import { describeStorageFailure, FocalError } from '../errors';
import { performBundleImport, type BundleTask } from './bundle-task';
import type { BundleWorkerMessage } from './bundle-worker';

const jobsKept = 20;
/**
 * The bundle thread's heap: a bundle is read whole (at most 100 MB, bundle-limits.ts) and its
 * tables streamed; past this, the thread fails and the import with it, nothing written.
 */
const resourceLimits = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 8 };

/**
 * Imports of received bundles, running or finished. With a worker script (the desktop app, the
 * browser host, the CLI when built) each runs on its own thread with memory limits and the caller
 * polls its progress; without one (tests) it runs at once on the core's connection.
 */
export class BundleJobs {
  private readonly jobs = new Map<string, { view: BundleImportJob; worker: Worker | null }>();

  constructor(private readonly deps: { db: () => Database; database: string; workerScript: string | null; otherWriting: () => boolean }) {}

  /** True while an import runs: other writes wait for it, as for a file import. */
  get writing(): boolean {
    return [...this.jobs.values()].some((job) => job.view.state === 'running');
  }

  start(task: BundleTask): BundleImportJob {
    if (this.writing || this.deps.otherWriting()) throw new FocalError('conflict', 'An import is running; wait for it to finish.');
    const entry: { view: BundleImportJob; worker: Worker | null } = {
      view: { job: randomBytes(8).toString('hex'), state: 'running', dryRun: task.options.dryRun, progress: { phase: 'checking', records: 0 }, result: null, error: null },
      worker: null,
    };
    this.jobs.set(entry.view.job, entry);
    this.forgetOld();
    if (this.deps.workerScript) this.runInWorker(entry, task, this.deps.workerScript);
    else this.runHere(entry, task);
    return { ...entry.view };
  }

  get(id: string): BundleImportJob {
    const job = this.jobs.get(id);
    if (!job) throw new FocalError('not_found', 'This import is no longer known.');
    return { ...job.view };
  }

  /** The app is closing: a running import's transaction rolls back with its thread. */
  stopAll(): void {
    for (const job of this.jobs.values()) void job.worker?.terminate();
  }

  private forgetOld(): void {
    const finished = [...this.jobs.entries()].filter(([, job]) => job.view.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, this.jobs.size - jobsKept))) this.jobs.delete(id);
  }

  private runHere(job: { view: BundleImportJob }, task: BundleTask): void {
    try {
      job.view.result = performBundleImport(this.deps.db(), task, (progress) => (job.view.progress = progress));
      job.view.state = 'done';
    } catch (error) {
      job.view.state = 'failed';
      const known = error instanceof FocalError ? error.message : describeStorageFailure(error)?.message;
      job.view.error = known ?? 'The import stopped because of an unexpected problem. Nothing was changed.';
      if (known === undefined) throw error;
    }
  }

  private runInWorker(job: { view: BundleImportJob; worker: Worker | null }, task: BundleTask, script: string): void {
    const worker = new Worker(script, { workerData: { database: this.deps.database, task }, resourceLimits });
    job.worker = worker;
    worker.on('message', (message: BundleWorkerMessage) => {
      if (message.type === 'progress') job.view.progress = message.progress;
      else if (message.type === 'done') {
        job.view.result = message.result;
        job.view.state = 'done';
      } else {
        job.view.state = 'failed';
        job.view.error = message.message;
      }
    });
    worker.on('error', (error) => {
      if (job.view.state !== 'running') return;
      job.view.state = 'failed';
      const memory = 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      job.view.error = memory ? 'This bundle needs more memory than Focal allows an import. Nothing was changed.' : `The import stopped: ${error.message}. Nothing was changed.`;
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
