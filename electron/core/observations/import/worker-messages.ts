import type { ImportSummary } from '../../../../shared/domain/observation-import';
import type { ImportProgress } from './run-import';

/** What the import thread tells the main thread. */
export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };
