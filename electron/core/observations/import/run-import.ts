import type { Database } from 'better-sqlite3';
import type { ImportMapping, ImportSummary } from '../../../../shared/domain/observation-import';
import type { OwnCity } from '../../city/own-city';
import { ObservationValidator } from '../validation/observation-validator';
import { CodeRecognizer } from './code-recognizer';
import { ImportWriting } from './import-writing';
import { readRows } from './read-rows';
import type { TableSource } from './table-source';

export { ImportCancelled } from './read-rows';

export interface ImportProgress {
  /** Bytes (CSV) or rows (XLSX) read so far, out of `total`. */
  done: number;
  total: number;
  rows: number;
  phase: 'reading' | 'checking' | 'writing';
}

export interface ImportOptions {
  dryRun: boolean;
  onProgress?: (progress: ImportProgress) => void;
  isCancelled?: () => boolean;
  /** Called before anything is written; answers what to do with the backup once the import has ended. */
  backup?: () => { succeeded(): void; failed(): void };
  /** The time every written row is stamped with (now by default). */
  now?: Date;
}

/**
 * Imports observations from a file in one transaction: every row is read, checked and staged; rows
 * repeated within the file are found; the staged rows are compared with what is stored (created /
 * updated / unchanged) and written; cross-row checks run over the result. A dry run, an error in
 * any row, or a cancellation rolls everything back, so the store either has the whole file or none
 * of it. The file is streamed: memory does not grow with its size.
 */
export function runImport(db: Database, city: OwnCity, source: TableSource, mapping: ImportMapping, options: ImportOptions): ImportSummary {
  const transaction = new ImportTransaction(db, options);
  try {
    return transaction.settle(importWithinTransaction(db, city, source, mapping, options));
  } finally {
    transaction.end();
  }
}

/**
 * The import's work inside a transaction the caller holds: reads, checks and writes every row, and
 * answers the summary. The caller commits only when `applied` is true (a dry run or any error must
 * be rolled back). Used by `runImport` and by the sample city, whose figures are an import too.
 */
export function importWithinTransaction(db: Database, city: OwnCity, source: TableSource, mapping: ImportMapping, options: ImportOptions): ImportSummary {
  const writing = new ImportWriting(db, city, mapping, options.now ?? new Date());
  const validator = new ObservationValidator(CodeRecognizer.of(db, city.code), writing.sources, writing.problems, mapping.decimalComma);
  const report = (phase: ImportProgress['phase'], rows: number) => options.onProgress?.({ done: source.done, total: source.total, rows, phase });
  const rows = readRows(source, mapping, validator, writing.problems, { isCancelled: options.isCancelled, onProgress: (rows) => report('reading', rows) }, (line, row) => writing.add(line, row));
  return writing.finish(rows, { dryRun: options.dryRun, isCancelled: options.isCancelled, onPhase: (phase) => report(phase, rows) });
}

/**
 * The one transaction of an import, with its backup: begun at once (IMMEDIATE: no other writer can
 * slip in between the check and the write), committed only for a summary that says `applied`,
 * rolled back otherwise, and the backup kept only when something was written.
 */
export class ImportTransaction {
  private readonly backup: { succeeded(): void; failed(): void } | null;
  private committed = false;

  constructor(
    private readonly db: Database,
    options: Pick<ImportOptions, 'dryRun' | 'backup'>,
  ) {
    this.backup = options.dryRun ? null : (options.backup?.() ?? null);
    db.exec('BEGIN IMMEDIATE');
  }

  settle(summary: ImportSummary): ImportSummary {
    if (!summary.applied) return summary;
    this.db.exec('COMMIT');
    this.committed = true;
    this.backup?.succeeded();
    // A large import leaves a large WAL; fold it back so the next start is quick and the disk is not
    // held. The rows are committed whatever happens here: a failed checkpoint is retried by SQLite later.
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Nothing to undo and nothing lost.
    }
    return summary;
  }

  /** Always called last: rolls back what was not committed. */
  end(): void {
    if (!this.committed) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      // Nothing was written: the backup would only push a good one out of its slot.
      this.backup?.failed();
    }
    this.db.exec('DROP TABLE IF EXISTS temp.import_rows');
  }
}
