import type { ApiClient } from '../api/client';
import type { MethodInput } from '../api/contract';
import type { Result } from '../api/result';
import { awaitJob } from './await-job';
import type { BundleImportProgress, BundleImportResult } from './bundle-import';

/**
 * Starts a bundle import and waits for its answer, reporting progress: the one way the CLI, the
 * interface and the tests run one. A refusal is an answer (status "rejected"); a failure of the job
 * itself (the disk, memory) is an error.
 */
export async function awaitBundleImport(
  api: ApiClient,
  input: MethodInput<'bundles.importStart'>,
  pause: () => Promise<void>,
  onProgress: (progress: BundleImportProgress) => void = () => undefined,
): Promise<Result<BundleImportResult>> {
  const started = await api.call('bundles.importStart', input);
  return awaitJob(started, (job) => api.call('bundles.importJob', { job }), pause, onProgress, 'The import did not finish. Nothing was changed.');
}
