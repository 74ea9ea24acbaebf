import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { ImportField, ImportMapping, ImportSummary } from '../../../../shared/domain/observation-import';
import { checkObservations, findingParams, ObservationChecker, unitsOf, type CheckFinding } from '../checks/observation-checks';
import { normalisePeriod } from '../../../../shared/domain/period';
import { CodeRecognizer } from './code-recognizer';
import { CsvFormatError } from './csv-parser';
import { ProblemList } from './problem-list';
import { RowReader, type StagedRow } from './row-reader';
import { SourceRegistry } from './source-registry';
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
  /** Called before anything is written; answers a function that discards the backup if the import then fails. */
  backup?: () => () => void;
}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was changed.');
    this.name = 'ImportCancelled';
  }
}

const batchRows = 50;
const columnsPerRow = 14;
const stagingColumns = 'line, indicator, period, sex, age, status, origin, area, value, is_estimate, is_provisional, is_confidential, source, note';
const keyColumns = 'indicator, period, sex, age, status, origin, area';
const sameAsStored =
  'o.value = s.value AND o.is_estimate = s.is_estimate AND o.is_provisional = s.is_provisional AND o.is_confidential = s.is_confidential AND o.source = s.source AND o.note = s.note';
const required: readonly ImportField[] = ['indicator', 'source'];

/**
 * Imports observations from a file in one transaction: every row is read, checked and staged; rows
 * repeated within the file are found; the staged rows are compared with what is stored (created /
 * updated / unchanged) and written; cross-row checks run over the result. A dry run, an error in
 * any row, or a cancellation rolls everything back, so the store either has the whole file or none
 * of it. The file is streamed: memory does not grow with its size.
 */
export function runImport(db: Database, city: string, source: TableSource, mapping: ImportMapping, options: ImportOptions): ImportSummary {
  const discardBackup = options.dryRun ? null : (options.backup?.() ?? null);
  // Every row's indicator, source and city are checked against this same transaction's tables
  // before it is written, so SQLite's own three look-ups per row would only repeat them.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  db.exec('BEGIN IMMEDIATE');
  let committed = false;
  try {
    const summary = importInTransaction(db, city, source, mapping, options);
    if (summary.applied) {
      db.exec('COMMIT');
      committed = true;
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
      discardBackup?.();
    }
    db.exec('DROP TABLE IF EXISTS temp.import_rows');
    if (foreignKeys) db.pragma('foreign_keys = ON');
  }
}

function importInTransaction(db: Database, city: string, source: TableSource, mapping: ImportMapping, options: ImportOptions): ImportSummary {
  const problems = new ProblemList();
  db.exec('DROP TABLE IF EXISTS temp.import_rows');
  db.exec(`CREATE TEMP TABLE import_rows (
    line INTEGER, indicator TEXT, period TEXT, sex TEXT, age TEXT, status TEXT, origin TEXT, area TEXT,
    value REAL, is_estimate INTEGER, is_provisional INTEGER, is_confidential INTEGER, source INTEGER, note TEXT)`);
  const recognizer = new CodeRecognizer(db, city);
  const sources = new SourceRegistry(db, city, mapping.newSourceKind);
  // A city's first import goes straight into the table; later ones are staged and compared.
  const bulk = db.prepare('SELECT 1 FROM observations WHERE city = ? LIMIT 1').get(city) === undefined;
  const stage = bulk ? new DirectWriter(db, city, problems) : new StagingWriter(db);
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
        reader = new RowReader(checked.mapping, header, recognizer, sources, problems);
        if (!checked.complete) return 'stop';
        return;
      }
      if (isBlankRecord(cells)) return;
      rows += 1;
      for (const row of reader.read(cells, line)) stage.add(row);
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
  stage.flush();
  report('checking');

  let counts = { created: stage.count, updated: 0, unchanged: 0 };
  let indicators: string[];
  if (stage instanceof DirectWriter) indicators = [...stage.indicators];
  else {
    db.exec(`CREATE INDEX temp.import_rows_key ON import_rows (${keyColumns}, line)`);
    findDuplicates(db, problems);
    counts = compareWithStored(db, city);
    indicators = z.array(z.object({ indicator: z.string() })).parse(db.prepare('SELECT DISTINCT indicator FROM import_rows').all()).map((r) => r.indicator);
    if (problems.errorCount === 0) {
      if (options.isCancelled?.()) throw new ImportCancelled();
      report('writing');
      upsertStaged(db, city);
    }
  }
  const canApply = problems.errorCount === 0 && !options.dryRun;
  if (problems.errorCount === 0) {
    if (options.isCancelled?.()) throw new ImportCancelled();
    report('checking');
    const streamed = stage instanceof DirectWriter && stage.checker.inOrder;
    // A first import in file order has written its coverage as it went; otherwise it is counted now.
    const checked = streamed ? stage.checker.finish() : checkObservations(db, city, indicators);
    if (!streamed) writeCoverage(db, city, indicators, checked.coverage);
    reportFindings(db, city, checked.findings, stage instanceof DirectWriter ? stage : null, problems);
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

function upsertStaged(db: Database, city: string): void {
  db.prepare(
    `INSERT INTO observations (city, ${keyColumns}, value, is_estimate, is_provisional, is_confidential, source, note)
     SELECT @city, ${keyColumns}, value, is_estimate, is_provisional, is_confidential, source, note
       FROM import_rows WHERE true ORDER BY ${keyColumns}
     ON CONFLICT (city, ${keyColumns}) DO UPDATE SET
       value = excluded.value, is_estimate = excluded.is_estimate, is_provisional = excluded.is_provisional,
       is_confidential = excluded.is_confidential, source = excluded.source, note = excluded.note
     WHERE NOT (observations.value = excluded.value AND observations.is_estimate = excluded.is_estimate
       AND observations.is_provisional = excluded.is_provisional AND observations.is_confidential = excluded.is_confidential
       AND observations.source = excluded.source AND observations.note = excluded.note)`,
  ).run({ city });
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

function findDuplicates(db: Database, problems: ProblemList): void {
  const duplicates = db
    .prepare(
      `SELECT line, first FROM (
         SELECT line, first_value(line) OVER (PARTITION BY ${keyColumns} ORDER BY line) AS first FROM import_rows
       ) WHERE line <> first ORDER BY line`,
    )
    .raw(true);
  for (const row of duplicates.iterate()) {
    const [line, first] = z.tuple([z.number(), z.number()]).parse(row);
    problems.error(line, '', 'duplicate_row', { first });
  }
}

function compareWithStored(db: Database, city: string): { created: number; updated: number; unchanged: number } {
  const staged = z.object({ n: z.number() }).parse(db.prepare('SELECT count(*) AS n FROM import_rows').get()).n;
  const anyStored = db.prepare('SELECT 1 FROM observations WHERE city = ? LIMIT 1').get(city) !== undefined;
  if (!anyStored) return { created: staged, updated: 0, unchanged: 0 };
  const { matched, same } = z
    .object({ matched: z.number(), same: z.number().nullable() })
    .parse(
      db
        .prepare(
          `SELECT count(o.city) AS matched, sum(${sameAsStored}) AS same
             FROM import_rows s
             JOIN observations o ON o.city = @city AND o.indicator = s.indicator AND o.period = s.period AND o.sex = s.sex
                               AND o.age = s.age AND o.status = s.status AND o.origin = s.origin AND o.area = s.area`,
        )
        .get({ city }),
    );
  return { created: staged - matched, updated: matched - (same ?? 0), unchanged: same ?? 0 };
}

/**
 * Cross-row warnings about the (indicator, period) groups this file touched, at the line that caused
 * them. Staged rows know their lines; a first import remembers the line of each group's first row.
 */
function reportFindings(db: Database, city: string, findings: readonly CheckFinding[], direct: DirectWriter | null, problems: ProblemList): void {
  const LineRow = z.object({ line: z.number().nullable() });
  const exact = direct ? null : db.prepare(`SELECT min(line) AS line FROM import_rows WHERE indicator = @indicator AND period = @period AND sex = @sex AND age = @age AND status = @status AND origin = @origin AND area = @area`);
  const inGroup = direct ? null : db.prepare('SELECT min(line) AS line FROM import_rows WHERE indicator = @indicator AND period = @period');
  for (const finding of findings) {
    const group = { indicator: finding.at.indicator, period: finding.at.period };
    const line = direct
      ? (finding.line ?? direct.groupLine(group.indicator, group.period) ?? null)
      : (LineRow.parse(exact?.get(finding.at)).line ?? LineRow.parse(inGroup?.get(group)).line);
    if (line === null) continue;
    problems.warning(line, finding.kind === 'outlier' ? 'value' : finding.dimension, finding.kind, findingParams(finding));
  }
}

/** Replaces the coverage counts of the indicators an import touched. */
function writeCoverage(db: Database, city: string, indicators: readonly string[], coverage: ReadonlyMap<string, number>): void {
  const remove = db.prepare('DELETE FROM observation_coverage WHERE city = ? AND indicator = ?');
  for (const indicator of indicators) remove.run(city, indicator);
  const insert = db.prepare('INSERT INTO observation_coverage (city, indicator, period, shape, rows) VALUES (?, ?, ?, ?, ?)');
  for (const [key, rows] of coverage) {
    const [indicator = '', period = '', shape = '0'] = key.split('\u0001');
    insert.run(city, indicator, period, Number(shape), rows);
  }
}


/** Stages rows 50 at a time: one multi-row INSERT is far cheaper than fifty single ones. */
class StagingWriter {
  private readonly many: Statement;
  private readonly one: Statement;
  private readonly pending: (string | number)[] = [];
  private inBatch = 0;
  count = 0;

  constructor(db: Database) {
    const placeholders = `(${new Array(columnsPerRow).fill('?').join(', ')})`;
    this.many = db.prepare(`INSERT INTO import_rows (${stagingColumns}) VALUES ${new Array(batchRows).fill(placeholders).join(', ')}`);
    this.one = db.prepare(`INSERT INTO import_rows (${stagingColumns}) VALUES ${placeholders}`);
  }

  add(row: StagedRow): void {
    this.pending.push(...row);
    this.count += 1;
    this.inBatch += 1;
    if (this.inBatch === batchRows) {
      this.many.run(this.pending);
      this.pending.length = 0;
      this.inBatch = 0;
    }
  }

  flush(): void {
    for (let i = 0; i < this.pending.length; i += columnsPerRow) this.one.run(this.pending.slice(i, i + columnsPerRow));
    this.pending.length = 0;
    this.inBatch = 0;
  }
}

const observationColumns = `city, ${keyColumns}, value, is_estimate, is_provisional, is_confidential, source, note`;

/**
 * A city's first import: rows go straight into the observations table, 50 per statement. The
 * table's primary key refuses a row repeated within the file; that batch is then written row by
 * row to name the repeated line.
 */
class DirectWriter {
  private readonly many: Statement;
  private readonly one: Statement;
  private readonly batch: StagedRow[] = [];

  groupLine(indicator: string, period: string): number | undefined {
    return this.groups.get(`${indicator}\u0001${period}`);
  }
  count = 0;
  readonly indicators = new Set<string>();
  /**
   * The first line of each indicator and period, for the warnings of a file out of order (checked
   * over the stored rows, which know no lines). Small: one entry per indicator and period.
   */
  private readonly groups = new Map<string, number>();
  /** Cross-row checks and coverage as the rows go by, saving a second pass over a million rows. */
  readonly checker: ObservationChecker;

  constructor(
    db: Database,
    private readonly city: string,
    private readonly problems: ProblemList,
  ) {
    const coverage = db.prepare(
      `INSERT INTO observation_coverage (city, indicator, period, shape, rows) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET rows = excluded.rows`,
    );
    // Counts leave memory as soon as each indicator is done, so memory does not grow with the file.
    this.checker = new ObservationChecker(unitsOf(db), 10_000, (indicator, period, shape, rows) => coverage.run(city, indicator, period, shape, rows));
    const placeholders = `(${new Array(columnsPerRow).fill('?').join(', ')})`;
    this.many = db.prepare(`INSERT INTO observations (${observationColumns}) VALUES ${new Array(batchRows).fill(placeholders).join(', ')}`);
    this.one = db.prepare(`INSERT INTO observations (${observationColumns}) VALUES ${placeholders}`);
  }

  add(row: StagedRow): void {
    this.batch.push(row);
    const [line, indicator, period] = row;
    if (!this.indicators.has(indicator)) this.indicators.add(indicator);
    const group = `${indicator}\u0001${period}`;
    if (!this.groups.has(group)) this.groups.set(group, line);
    if (this.checker.inOrder) this.checker.add([indicator, period, row[3], row[4], row[5], row[6], row[7], row[8]], line);
    if (this.batch.length === batchRows) this.write(this.many, this.batch);
  }

  flush(): void {
    for (const row of this.batch) this.writeOne(row);
    this.batch.length = 0;
  }

  /** Reused for every batch: a million rows would otherwise leave a million arrays behind. */
  private readonly params: (string | number)[] = new Array<string | number>(batchRows * columnsPerRow).fill('');

  private write(statement: Statement, rows: StagedRow[]): void {
    const params = this.params;
    let at = 0;
    for (const row of rows) {
      params[at] = this.city;
      for (let i = 1; i < columnsPerRow; i += 1) params[at + i] = row[i] ?? '';
      at += columnsPerRow;
    }
    try {
      statement.run(params);
      this.count += rows.length;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      for (const row of rows) this.writeOne(row);
    }
    rows.length = 0;
  }

  private writeOne(row: StagedRow): void {
    try {
      this.one.run(this.city, ...row.slice(1));
      this.count += 1;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      this.problems.error(row[0], '', 'duplicate_row', {});
    }
  }
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
