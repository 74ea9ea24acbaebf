import type { ApiClient } from '../api/client';
import type { MethodInput } from '../api/contract';
import type { Result } from '../api/result';
import { awaitJob } from './await-job';
import type { BundleExportProgress, BundleSummary } from './bundle-export';

/**
 * Starts a bundle export on the bundle thread and waits for its summary, reporting how many
 * figures are written: what the interface shows as a progress bar.
 */
export async function awaitBundleExport(
  api: ApiClient,
  input: MethodInput<'bundles.exportStart'>,
  pause: () => Promise<void>,
  onProgress: (progress: BundleExportProgress) => void = () => undefined,
): Promise<Result<BundleSummary>> {
  const started = await api.call('bundles.exportStart', input);
  return awaitJob(started, (job) => api.call('bundles.exportJob', { job }), pause, onProgress, 'The export did not finish. Nothing was sent.');
}
