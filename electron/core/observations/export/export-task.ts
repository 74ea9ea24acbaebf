import type { ObservationFilter } from '../../../../shared/domain/observation-filter';

/** Everything one export needs, as plain data so that it can be handed to a worker thread. */
export interface ExportTask {
  city: string;
  filter: ObservationFilter;
  format: 'csv' | 'xlsx';
  threshold: number;
  /** Where the file is written (a private working folder); the interface takes it from there. */
  file: string;
}

/** What the export thread tells the main thread. */
export type ExportWorkerMessage = { type: 'progress'; rows: number } | { type: 'done'; rows: number; suppressed: number } | { type: 'failed'; message: string };
