import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { ObservationFilter } from '../../../../shared/domain/observation-filter';
import { importFields } from '../../../../shared/domain/observation-import';
import { breakdownFields, ObservationKey, observationKeyFields } from '../../../../shared/domain/observation-record';
import { ObservationSqlRow } from '../store/observation-columns';
import { FocalError } from '../../errors';
import { WorkbookWriter } from '../../files/xlsx/index';
import { ExportFile } from './export-file';
import { filterCondition } from '../filter-sql';
import { csvField, neutraliseFormula } from './spreadsheet-text';
import { suppressSmallCounts, type SuppressibleRow } from './suppression';

export interface ExportResult {
  file: string;
  rows: number;
  /** Values blanked because they were small counts of people (or hid one) or marked confidential. */
  suppressed: number;
}

/** A stored row as the export reads it: the key, value, flags and note, the citation, and whether the filter selects it. */
const ExportRow = ObservationSqlRow.pick({ value: true, is_estimate: true, is_provisional: true, is_confidential: true, note: true }).extend({
  ...ObservationKey.shape,
  citation: z.string(),
  selected: z.number(),
});
type ExportRow = z.infer<typeof ExportRow>;
const keyOrder = observationKeyFields.map((field) => `o.${field}`).join(', ');

/**
 * Writes the observations a filter selects as a tidy CSV or XLSX (the same columns an import reads),
 * with small counts of people suppressed, confidential values withheld and text cells neutralised.
 * Rows come in index order, one indicator and period at a time — all that suppression needs to see
 * at once — so an export of any size, CSV or XLSX, streams through constant memory.
 */
export function exportObservations(
  db: Database,
  city: string,
  filter: ObservationFilter,
  target: { file: string; format: 'csv' | 'xlsx'; threshold: number; onProgress?: (rows: number) => void },
): ExportResult {
  const notPeople = new Set(
    z.array(z.object({ code: z.string() })).parse(db.prepare("SELECT code FROM indicator_scope WHERE scope = ? AND (unit <> 'count' OR counts_people = 0)").all(city)).map((r) => r.code),
  );
  // Suppression looks at whole tables (an indicator in a period) even when the filter picks some of
  // their rows: otherwise a view without the small value would show what subtracting gives it away.
  const where = filterCondition(filter);
  const tables = filterCondition({ ...filter, breakdown: {}, text: '' });
  const query = db
    .prepare(
      `SELECT ${keyOrder}, o.value, o.is_estimate, o.is_provisional, o.is_confidential, s.citation, o.note, (${where.sql}) AS selected
         FROM observations o JOIN sources s ON s.id = o.source
        WHERE o.city = @city AND ${tables.sql}
        ORDER BY ${keyOrder}`,
    );

  const sink = target.format === 'csv' ? new CsvSink(target.file) : new XlsxSink(target.file);
  let rows = 0;
  let suppressed = 0;
  let group: { row: SuppressibleRow; cells: ExportRow }[] = [];
  const flush = () => {
    suppressSmallCounts(group.map((g) => g.row), target.threshold);
    for (const { row, cells } of group) {
      if (cells.selected !== 1) continue;
      const confidential = cells.is_confidential === 1;
      if (row.suppressed) suppressed += 1;
      // A confidential value is marked as such; "suppressed" is for the values blanked to protect others.
      const flags = [cells.is_estimate === 1 ? 'estimate' : '', cells.is_provisional === 1 ? 'provisional' : '', confidential ? 'confidential' : '', row.suppressed && !confidential ? 'suppressed' : '']
        .filter(Boolean)
        .join(';');
      // Every text cell, not only citation and note: a district's name is typed freely too.
      const key = observationKeyFields.map((field) => neutraliseFormula(cells[field]));
      sink.add([...key, row.suppressed ? null : row.value, neutraliseFormula(cells.citation), neutraliseFormula(cells.note), flags]);
      rows += 1;
      if (rows % 10_000 === 0) target.onProgress?.(rows);
    }
    group = [];
  };
  try {
    for (const raw of query.iterate({ city, ...tables.params, ...where.params })) {
      const cells = ExportRow.parse(raw);
      const { indicator, period } = cells;
      const first = group[0];
      if (first && (first.row.indicator !== indicator || first.row.period !== period)) flush();
      // A confidential value is blank from the start, so that secondary suppression keeps its total from giving it away.
      const breakdown = breakdownFields.map((field) => cells[field]);
      group.push({ row: { indicator, period, breakdown, value: cells.value, people: !notPeople.has(indicator), suppressed: cells.is_confidential === 1 }, cells });
    }
    flush();
    sink.finish();
  } catch (error) {
    sink.abandon();
    throw error;
  }
  return { file: target.file, rows, suppressed };
}

type Cells = (string | number | null)[];

/** CSV streamed to a hidden temp file and renamed when complete, with a BOM so Excel reads UTF-8 (Arabic). */
class CsvSink {
  private readonly out: ExportFile;
  private buffer: string[] = [];

  constructor(file: string) {
    this.out = new ExportFile(file);
    this.buffer.push(`\ufeff${importFields.join(',')}\r\n`);
  }

  add(cells: Cells): void {
    this.buffer.push(`${cells.map(csvField).join(',')}\r\n`);
    if (this.buffer.length >= 5000) this.write();
  }

  private write(): void {
    this.out.write(this.buffer.join(''));
    this.buffer = [];
  }

  finish(): void {
    this.write();
    this.out.commit();
  }

  abandon(): void {
    this.out.abandon();
  }
}

/** A workbook streamed row by row into its zip and the hidden temp file, renamed when complete. */
class XlsxSink {
  private readonly out: ExportFile;
  private readonly workbook: WorkbookWriter;
  private rows = 0;

  constructor(file: string) {
    this.out = new ExportFile(file);
    try {
      this.workbook = new WorkbookWriter((chunk) => this.out.write(chunk), [{ name: 'observations' }]);
      this.workbook.addRow(importFields);
    } catch (error) {
      this.out.abandon();
      throw error;
    }
  }

  add(cells: Cells): void {
    // Excel's own limit, counting the header row.
    if (this.rows + 1 >= 1_048_576) throw new FocalError('too_large', 'An XLSX sheet holds at most 1,048,576 rows; export to CSV instead, or filter the view.');
    // An empty text cell is left out rather than written as an empty string: it reads the same
    // (Focal's import and a spreadsheet alike) and halves the sheet of a mostly-totals table.
    this.workbook.addRow(cells.map((cell) => (cell === '' ? null : cell)));
    this.rows += 1;
  }

  finish(): void {
    this.workbook.finish();
    this.out.commit();
  }

  abandon(): void {
    this.out.abandon();
  }
}
