import type { Result } from '../api/result';

/** What a polled job answers: running with progress, then done with a result or failed in words. */
interface PolledJob<Progress, Value> {
  job: string;
  state: 'running' | 'done' | 'failed';
  progress: Progress;
  result: Value | null;
  error: string | null;
}

/**
 * Asks a started job how far it is until it ends, reporting progress: the one loop behind the
 * bundle import and export. A failed job (the disk, memory) is an error carrying its own words.
 */
export async function awaitJob<Progress, Value>(
  started: Result<PolledJob<Progress, Value>>,
  next: (job: string) => Promise<Result<PolledJob<Progress, Value>>>,
  /** Waits before the next question (the host's timer: shared code has none of its own). */
  pause: () => Promise<void>,
  onProgress: (progress: Progress) => void,
  unfinished: string,
): Promise<Result<Value>> {
  let job = started;
  while (job.ok && job.value.state === 'running') {
    onProgress(job.value.progress);
    await pause();
    job = await next(job.value.job);
  }
  if (!job.ok) return job;
  if (job.value.state === 'failed' || job.value.result === null) return { ok: false, error: { code: 'internal', message: job.value.error ?? unfinished } };
  return { ok: true, value: job.value.result };
}
