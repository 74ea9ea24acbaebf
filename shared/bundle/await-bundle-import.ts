import type { ApiClient } from '../api/client';
import type { MethodInput } from '../api/contract';
import type { Result } from '../api/result';
import type { BundleImportProgress, BundleImportResult } from './bundle-import';

/**
 * Starts a bundle import and waits for its answer, reporting progress: the one way the CLI, the
 * interface and the tests run one. A refusal is an answer (status "rejected"); a failure of the job
 * itself (the disk, memory) is an error.
 */
export async function awaitBundleImport(
  api: ApiClient,
  input: MethodInput<'bundles.importStart'>,
  /** Waits before the next question (the host's timer: shared code has none of its own). */
  pause: () => Promise<void>,
  onProgress: (progress: BundleImportProgress) => void = () => undefined,
): Promise<Result<BundleImportResult>> {
  let job = await api.call('bundles.importStart', input);
  while (job.ok && job.value.state === 'running') {
    onProgress(job.value.progress);
    await pause();
    job = await api.call('bundles.importJob', { job: job.value.job });
  }
  if (!job.ok) return job;
  if (job.value.state === 'failed' || job.value.result === null) return { ok: false, error: { code: 'internal', message: job.value.error ?? 'The import did not finish. Nothing was changed.' } };
  return { ok: true, value: job.value.result };
}
