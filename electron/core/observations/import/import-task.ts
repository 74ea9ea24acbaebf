import type { Database } from 'better-sqlite3';
import type { ImportMapping, ImportSummary } from '../../../../shared/domain/observation-import';
import { OwnCity } from '../../city/own-city';
import { backupBefore } from '../../store/backups';
import type { ImportFile } from './import-files';
import { openTable } from './open-table';
import { runImport, type ImportProgress } from './run-import';

/** Everything one import needs, as plain data so that it can be handed to a worker thread. */
export interface ImportTask {
  city: string;
  file: Pick<ImportFile, 'path' | 'format'>;
  mapping: ImportMapping;
  dryRun: boolean;
  backupsDir: string;
  /** Milliseconds since the epoch: the clock of the process that asked. */
  now: number;
}

/** Runs an import on a connection: a backup first when it will write, discarded if nothing is written. */
export function performImport(db: Database, task: ImportTask, onProgress: (p: ImportProgress) => void, isCancelled: () => boolean): ImportSummary {
  // The worker has its own connection: the city it writes is the one this store says is its own.
  const city = OwnCity.of(db);
  if (city.code !== task.city) throw new Error(`The import was asked for ${task.city}, but this data folder belongs to ${city.code}.`);
  const table = openTable(task.file, task.mapping.sheet);
  return runImport(db, city, table, task.mapping, {
    dryRun: task.dryRun,
    now: new Date(task.now),
    onProgress,
    isCancelled,
    backup: () => backupBefore(db, task.backupsDir, 'before-import', new Date(task.now)),
  });
}
