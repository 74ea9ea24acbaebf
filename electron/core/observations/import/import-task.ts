import type { Database } from 'better-sqlite3';
import type { ImportMapping, ImportSummary } from '../../../../shared/domain/observation-import';
import { OwnCity } from '../../city/own-city';
import { backupBefore } from '../../store/backups';
import type { ImportFile } from './import-files';
import { openTable } from './open-table';
import { importWithReadingThread, type ReadingThread } from './reading-thread';
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
  const city = ownCityFor(db, task);
  const table = openTable(task.file, task.mapping.sheet);
  return runImport(db, city, table, task.mapping, optionsOf(db, task, onProgress, isCancelled));
}

/** The same import, its file read and checked on a thread of its own while this one writes. */
export function performImportInTwoThreads(db: Database, task: ImportTask, thread: ReadingThread, onProgress: (p: ImportProgress) => void, cancel: SharedArrayBuffer): Promise<ImportSummary> {
  const city = ownCityFor(db, task);
  const cancelled = new Int32Array(cancel);
  return importWithReadingThread(db, city, task.file, task.mapping, thread, { ...optionsOf(db, task, onProgress, () => Atomics.load(cancelled, 0) === 1), cancel });
}

/** The worker has its own connection: the city it writes is the one this store says is its own. */
function ownCityFor(db: Database, task: ImportTask): OwnCity {
  const city = OwnCity.of(db);
  if (city.code !== task.city) throw new Error(`The import was asked for ${task.city}, but this data folder belongs to ${city.code}.`);
  return city;
}

function optionsOf(db: Database, task: ImportTask, onProgress: (p: ImportProgress) => void, isCancelled: () => boolean) {
  return {
    dryRun: task.dryRun,
    now: new Date(task.now),
    onProgress,
    isCancelled,
    backup: () => backupBefore(db, task.backupsDir, 'before-import', new Date(task.now)),
  };
}
