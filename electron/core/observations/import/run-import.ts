import type { Database } from 'better-sqlite3';
import type { ImportField, ImportMapping, ImportSummary } from '../../../../shared/domain/observation-import';
import { normalisePeriod } from '../../../../shared/domain/period';
import type { OwnCity } from '../../city/own-city';
import { SourceRegistry } from '../../sources/source-registry';
import { checkObservations, findingParams, ObservationChecker, unitsOf, type CheckFinding } from '../checks/observation-checks';
import { DirectObservationWriter, StagedObservationWriter } from '../store/observation-bulk-writers';
import { coverageWriter, hasObservations, replaceCoverage, settleTombstones } from '../store/observation-writer';
import type { ObservationValues } from '../store/observation-columns';
import { ObservationValidator } from '../validation/observation-validator';
import { CodeRecognizer } from './code-recognizer';
import { CsvFormatError } from './csv-parser';
import { ProblemList } from './problem-list';
import { RowReader } from './row-reader';
import { cellText, isBlankRecord, type TableSource } from './table-source';

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

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was changed.');
    this.name = 'ImportCancelled';
  }
}

const required: readonly ImportField[] = ['indicator', 'source'];

/**
 * Imports observations from a file in one transaction: every row is read, checked and staged; rows
 * repeated within the file are found; the staged rows are compared with what is stored (created /
 * updated / unchanged) and written; cross-row checks run over the result. A dry run, an error in
 * any row, or a cancellation rolls everything back, so the store either has the whole file or none
 * of it. The file is streamed: memory does not grow with its size.
 */
export function runImport(db: Database, city: OwnCity, source: TableSource, mapping: ImportMapping, options: ImportOptions): ImportSummary {
  const backup = options.dryRun ? null : (options.backup?.() ?? null);
  db.exec('BEGIN IMMEDIATE');
  let committed = false;
  try {
    const summary = importWithinTransaction(db, city, source, mapping, options);
    if (summary.applied) {
      db.exec('COMMIT');
      committed = true;
      backup?.succeeded();
      // A large import leaves a large WAL; fold it back so the next start is quick and the disk is not
      // held. The rows are committed whatever happens here: a failed checkpoint is retried by SQLite later.
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // Nothing to undo and nothing lost.
      }
    }
    return summary;
  } finally {
    if (!committed) {
      if (db.inTransaction) db.exec('ROLLBACK');
      // Nothing was written: the backup would only push a good one out of its slot.
      backup?.failed();
    }
    db.exec('DROP TABLE IF EXISTS temp.import_rows');
  }
}

/**
 * The import's work inside a transaction the caller holds: reads, checks and writes every row, and
 * answers the summary. The caller commits only when `applied` is true (a dry run or any error must
 * be rolled back). Used by `runImport` and by the sample city, whose figures are an import too.
 */
export function importWithinTransaction(db: Database, city: OwnCity, source: TableSource, mapping: ImportMapping, options: ImportOptions): ImportSummary {
  const problems = new ProblemList();
  const now = options.now ?? new Date();
  const sources = new SourceRegistry(db, city, mapping.newSourceKind, now);
  const validator = new ObservationValidator(new CodeRecognizer(db, city.code), sources, problems, mapping.decimalComma);
  // A city's first import goes straight into the table; later ones are staged and compared.
  const direct = hasObservations(db, city) ? null : new DirectObservationWriter(db, city, now, (line) => problems.error(line, '', 'duplicate_row', {}));
  const staged = direct ? null : new StagedObservationWriter(db, city, now);
  // A first import in file order checks its rows and counts its coverage as they go by, saving a
  // second pass over a million rows; counts leave memory as soon as each indicator is done.
  const checker = direct ? new ObservationChecker(unitsOf(db, city.code), 10_000, coverageWriter(db, city)) : null;
  const firstLines = new FirstLines();
  const add = (line: number, row: ObservationValues) => {
    if (direct) {
      direct.add(line, row);
      firstLines.note(row.indicator, row.period, line);
      if (checker?.inOrder) checker.add(row, line);
    } else staged?.add(line, row);
  };
  let reader: RowReader | null = null;
  let rows = 0;
  let lastReport = 0;
  const report = (phase: ImportProgress['phase']) => options.onProgress?.({ done: source.done, total: source.total, rows, phase });

  try {
    source.forEachRecord((cells, line) => {
      if (line < mapping.headerRow) return;
      if (!reader) {
        const header = cells.map((cell) => cellText(cell));
        if (line > mapping.headerRow || header.every((name) => name === '')) {
          problems.error(mapping.headerRow, '', 'no_header', { line: mapping.headerRow });
          return 'stop';
        }
        const checked = checkColumns(mapping, header, problems);
        reader = new RowReader(checked.mapping, header, validator, problems);
        if (!checked.complete) return 'stop';
        return;
      }
      if (isBlankRecord(cells)) return;
      rows += 1;
      for (const row of reader.read(cells, line)) add(line, row);
      if (rows % 1000 === 0) {
        if (options.isCancelled?.()) throw new ImportCancelled();
        const now = Date.now();
        if (now - lastReport > 100) {
          lastReport = now;
          report('reading');
        }
      }
    });
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    problems.error(error.line, '', 'file_format', { reason: error.message });
  }
  if (!reader && problems.errorCount === 0) problems.error(mapping.headerRow, '', 'no_header', { line: mapping.headerRow });
  direct?.flush();
  staged?.flush();
  report('checking');

  let counts = { created: direct?.count ?? 0, updated: 0, unchanged: 0 };
  let indicators: string[] = firstLines.indicators();
  if (staged) {
    for (const { line, first } of staged.duplicates()) problems.error(line, '', 'duplicate_row', { first });
    counts = staged.compare();
    indicators = staged.indicators();
    if (problems.errorCount === 0) {
      if (options.isCancelled?.()) throw new ImportCancelled();
      report('writing');
      staged.merge();
    }
  }
  const canApply = problems.errorCount === 0 && !options.dryRun;
  if (problems.errorCount === 0) {
    if (options.isCancelled?.()) throw new ImportCancelled();
    report('checking');
    settleTombstones(db, city);
    const streamed = checker !== null && checker.inOrder;
    // A first import in file order has written its coverage as it went; otherwise it is counted now.
    const checked = streamed ? checker.finish() : checkObservations(db, city.code, indicators);
    if (!streamed) replaceCoverage(db, city, indicators, coverageCells(checked.coverage));
    reportFindings(checked.findings, staged, firstLines, problems);
  }
  if (options.isCancelled?.()) throw new ImportCancelled();

  return {
    ...counts,
    rows,
    errors: problems.errors,
    errorCount: problems.errorCount,
    warnings: problems.warnings,
    warningCount: problems.warningCount,
    newSources: sources.created,
    applied: canApply,
  };
}

/**
 * The first line of each indicator and period of a first import, for the warnings of a file out of
 * order (checked over the stored rows, which know no lines). Small: one entry per indicator and period.
 */
class FirstLines {
  private readonly groups = new Map<string, number>();
  private readonly seen = new Set<string>();

  private lastIndicator = '';
  private lastPeriod = '';

  note(indicator: string, period: string, line: number): void {
    // Files come grouped: most rows repeat the previous row's indicator and period.
    if (indicator === this.lastIndicator && period === this.lastPeriod) return;
    this.lastIndicator = indicator;
    this.lastPeriod = period;
    this.seen.add(indicator);
    const group = `${indicator}\u0001${period}`;
    if (!this.groups.has(group)) this.groups.set(group, line);
  }

  lineOf(indicator: string, period: string): number | null {
    return this.groups.get(`${indicator}\u0001${period}`) ?? null;
  }

  indicators(): string[] {
    return [...this.seen];
  }
}

function* coverageCells(coverage: ReadonlyMap<string, number>): Generator<{ indicator: string; period: string; shape: number; rows: number }> {
  for (const [key, rows] of coverage) {
    const [indicator = '', period = '', shape = '0'] = key.split('\u0001');
    yield { indicator, period, shape: Number(shape), rows };
  }
}

/** The fields an import cannot do without must come from a column or a fixed value. */
function checkColumns(mapping: ImportMapping, header: readonly string[], problems: ProblemList): { complete: boolean; mapping: ImportMapping } {
  const wide = mapping.periodColumns.length > 0;
  const needed: ImportField[] = wide ? [...required] : [...required, 'period', 'value'];
  let complete = true;
  for (const field of needed) {
    if (mapping.columns[field] === undefined && (mapping.fixed[field] ?? '').trim() === '') {
      problems.error(mapping.headerRow, field, 'missing_column', { field });
      complete = false;
    }
  }
  const used = new Set<number>([...Object.values(mapping.columns), ...mapping.periodColumns.map((p) => p.column)]);
  header.forEach((name, index) => {
    if (name !== '' && !used.has(index)) problems.warning(mapping.headerRow, name, 'unknown_column', { name });
  });
  // The period of each year column is typed or taken from its header: it must read as a period.
  const periodColumns = mapping.periodColumns.map(({ column, period }) => {
    const normalised = normalisePeriod(period);
    if (normalised === null) {
      problems.error(mapping.headerRow, header[column] || period, 'bad_period', { value: period });
      complete = false;
    }
    return { column, period: normalised ?? period };
  });
  return { complete, mapping: { ...mapping, periodColumns } };
}

/**
 * Cross-row warnings about the (indicator, period) groups this file touched, at the line that caused
 * them. Staged rows know their lines; a first import remembers the line of each group's first row.
 */
function reportFindings(findings: readonly CheckFinding[], staged: StagedObservationWriter | null, firstLines: FirstLines, problems: ProblemList): void {
  for (const finding of findings) {
    const line = staged ? staged.lineOf(finding.at) : (finding.line ?? firstLines.lineOf(finding.at.indicator, finding.at.period));
    if (line === null) continue;
    problems.warning(line, finding.kind === 'outlier' ? 'value' : finding.dimension, finding.kind, findingParams(finding));
  }
}
