import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import type { BundleExportJob } from '../../../shared/bundle/bundle-export';
import type { BundleImportJob } from '../../../shared/bundle/bundle-import';
import { describeStorageFailure, FocalError } from '../errors';
import { performBundleExport, performBundleImport, type BundleExportTask, type BundleTask } from './bundle-task';
import type { BundleWorkerMessage } from './bundle-worker';

const jobsKept = 20;
/**
 * The bundle thread's heap: a bundle is read whole (at most 100 MB, bundle-limits.ts) and its
 * tables streamed; past this, the thread fails and the job with it, nothing written. An export
 * makes short-lived garbage for every figure it writes: with a young generation of 8 MB,
 * collecting it took most of a second per million figures; 16 MB was as fast as 32 MB and peaked
 * 15 MB lower. An import whose figures are read on a thread of their own only writes here, and
 * makes little garbage: 2 MB is as fast as 8 and peaks lower (docs/benchmarks.md).
 */
const resourceLimits = {
  import: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 8 },
  importBesideFigureThread: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 2 },
  export: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 },
} as const;
/**
 * The thread an import's figures are read and checked on while the bundle thread writes them
 * (figure-reader.ts): a few chunks of figures and one parser's line at a time, and what the figures
 * are checked against (the codelists, the sender's indicators and districts: as much room as the
 * bundle thread gives them). A young generation of 3 or 4 MB was no faster than 2 MB and peaked
 * higher (docs/benchmarks.md).
 */
const figureReaderLimits = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 2 };

/** What both kinds of job show: a state, and an error in plain words when it failed. */
interface JobView {
  job: string;
  state: 'running' | 'done' | 'failed';
  error: string | null;
}

interface Job<View extends JobView> {
  kind: 'import' | 'export';
  view: View;
  worker: Worker | null;
}

const words = {
  import: { outOfMemory: 'This bundle needs more memory than Focal allows an import. Nothing was changed.', stopped: 'The import stopped', unexpected: 'The import stopped because of an unexpected problem. Nothing was changed.' },
  export: { outOfMemory: 'This bundle needs more memory than Focal allows an export. Nothing was sent.', stopped: 'The export stopped', unexpected: 'The export stopped because of an unexpected problem. Nothing was sent.' },
} as const;

/**
 * Imports of received bundles and exports of bundles to send, running or finished. With a worker
 * script (the desktop app, the browser host, the CLI when built) each runs on its own thread with
 * memory limits and the caller polls its progress; without one (tests) it runs at once on the
 * core's connection.
 */
export class BundleJobs {
  private readonly imports = new Map<string, Job<BundleImportJob>>();
  private readonly exports = new Map<string, Job<BundleExportJob>>();

  constructor(private readonly deps: { db: () => Database; database: string; workerScript: string | null; otherWriting: () => boolean }) {}

  /** True while an import runs: other writes wait for it, as for a file import. An export only reads (and numbers itself). */
  get writing(): boolean {
    return [...this.imports.values()].some((job) => job.view.state === 'running');
  }

  start(task: BundleTask): BundleImportJob {
    if (this.writing || this.deps.otherWriting()) throw new FocalError('conflict', 'An import is running; wait for it to finish.');
    const job: Job<BundleImportJob> = {
      kind: 'import',
      view: { job: newJobId(), state: 'running', dryRun: task.options.dryRun, progress: { phase: 'checking', records: 0 }, result: null, error: null },
      worker: null,
    };
    this.remember(this.imports, job);
    if (this.deps.workerScript) {
      // FOCAL_BUNDLE_THREADS=1 reads the figures on the bundle thread too: the benchmark measures both side by side.
      const figureThread = process.env.FOCAL_BUNDLE_THREADS === '1' ? null : { script: join(dirname(this.deps.workerScript), 'figure-reader.mjs'), resourceLimits: figureReaderLimits };
      this.watch(job, this.deps.workerScript, { kind: 'import', ...task, figureThread }, (message) => {
        if (message.type === 'progress') job.view.progress = message.progress;
        else if (message.type === 'done') {
          job.view.result = message.result;
          job.view.state = 'done';
        }
      });
    } else this.runHere(job, () => (job.view.result = performBundleImport(this.deps.db(), task, (progress) => (job.view.progress = progress))));
    return { ...job.view };
  }

  get(id: string): BundleImportJob {
    const job = this.imports.get(id);
    if (!job) throw new FocalError('not_found', 'This import is no longer known.');
    return { ...job.view };
  }

  startExport(task: BundleExportTask): BundleExportJob {
    if (this.writing) throw new FocalError('conflict', 'An import is running; wait for it to finish.');
    const job: Job<BundleExportJob> = { kind: 'export', view: { job: newJobId(), state: 'running', progress: { figures: 0, total: 0 }, result: null, error: null }, worker: null };
    this.remember(this.exports, job);
    if (this.deps.workerScript) {
      this.watch(job, this.deps.workerScript, { kind: 'export', ...task }, (message) => {
        if (message.type === 'export-progress') job.view.progress = message.progress;
        else if (message.type === 'exported') {
          job.view.result = message.result;
          job.view.state = 'done';
        }
      });
    } else this.runHere(job, () => (job.view.result = performBundleExport(this.deps.db(), task, (progress) => (job.view.progress = progress))));
    return { ...job.view };
  }

  getExport(id: string): BundleExportJob {
    const job = this.exports.get(id);
    if (!job) throw new FocalError('not_found', 'This export is no longer known.');
    return { ...job.view };
  }

  /** The app is closing: a running import's transaction rolls back with its thread; a running export leaves a temp file the next one sweeps. */
  stopAll(): void {
    for (const job of [...this.imports.values(), ...this.exports.values()]) void job.worker?.terminate();
  }

  /** Keeps a new job and forgets the oldest finished ones. */
  private remember<View extends JobView>(jobs: Map<string, Job<View>>, job: Job<View>): void {
    jobs.set(job.view.job, job);
    const finished = [...jobs.entries()].filter(([, j]) => j.view.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, jobs.size - jobsKept))) jobs.delete(id);
  }

  private runHere<View extends JobView>(job: Job<View>, run: () => void): void {
    try {
      run();
      job.view.state = 'done';
    } catch (error) {
      job.view.state = 'failed';
      const known = error instanceof FocalError ? error.message : describeStorageFailure(error)?.message;
      job.view.error = known ?? words[job.kind].unexpected;
      if (known === undefined) throw error;
    }
  }

  /** Runs a task on its own thread; `onMessage` takes its progress and answer, failures end the job here. */
  private watch<View extends JobView>(job: Job<View>, script: string, task: (BundleTask & { kind: 'import' }) | (BundleExportTask & { kind: 'export' }), onMessage: (message: BundleWorkerMessage) => void): void {
    const limits = task.kind === 'import' && task.figureThread ? resourceLimits.importBesideFigureThread : resourceLimits[task.kind];
    const worker = new Worker(script, { workerData: { database: this.deps.database, task }, resourceLimits: limits });
    job.worker = worker;
    worker.on('message', (message: BundleWorkerMessage) => {
      if (message.type !== 'failed') return onMessage(message);
      job.view.state = 'failed';
      job.view.error = message.message;
    });
    worker.on('error', (error) => {
      if (job.view.state !== 'running') return;
      job.view.state = 'failed';
      const memory = 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      job.view.error = memory ? words[job.kind].outOfMemory : `${words[job.kind].stopped}: ${error.message}. Nothing was changed.`;
    });
    worker.on('exit', () => {
      job.worker = null;
      if (job.view.state === 'running') {
        job.view.state = 'failed';
        job.view.error = `${words[job.kind].stopped} before it finished. Nothing was changed.`;
      }
    });
  }
}

function newJobId(): string {
  return randomBytes(8).toString('hex');
}
