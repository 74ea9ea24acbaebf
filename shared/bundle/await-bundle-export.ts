import type { ApiClient } from '../api/client';
import type { MethodInput } from '../api/contract';
import type { Result } from '../api/result';
import type { BundleExportProgress, BundleSummary } from './bundle-export';

/**
 * Starts a bundle export on the bundle thread and waits for its summary, reporting how many
 * figures are written: what the interface shows as a progress bar.
 */
export async function awaitBundleExport(
  api: ApiClient,
  input: MethodInput<'bundles.exportStart'>,
  /** Waits before the next question (the host's timer: shared code has none of its own). */
  pause: () => Promise<void>,
  onProgress: (progress: BundleExportProgress) => void = () => undefined,
): Promise<Result<BundleSummary>> {
  let job = await api.call('bundles.exportStart', input);
  while (job.ok && job.value.state === 'running') {
    onProgress(job.value.progress);
    await pause();
    job = await api.call('bundles.exportJob', { job: job.value.job });
  }
  if (!job.ok) return job;
  if (job.value.state === 'failed' || job.value.result === null) return { ok: false, error: { code: 'internal', message: job.value.error ?? 'The export did not finish. Nothing was sent.' } };
  return { ok: true, value: job.value.result };
}
