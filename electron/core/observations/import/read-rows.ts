import type { ImportField, ImportMapping } from '../../../../shared/domain/observation-import';
import { normalisePeriod } from '../../../../shared/domain/period';
import type { ObservationValues } from '../store/observation-columns';
import type { ObservationValidator } from '../validation/observation-validator';
import { foldLabel } from './code-recognizer';
import { CsvFormatError } from './csv-parser';
import type { ProblemList } from './problem-list';
import { RowReader } from './row-reader';
import { cellText, isBlankRecord, type Cell, type TableSource } from './table-source';

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was changed.');
    this.name = 'ImportCancelled';
  }
}

export interface ReadingOptions {
  isCancelled?: () => boolean;
  /** Called every ~100 ms with the number of records read so far. */
  onProgress?: (rows: number) => void;
}

const required: readonly ImportField[] = ['indicator', 'source'];

/**
 * The reading half of an import: every record of the file after the header, read through the
 * mapping and checked by the one validator; each checked row goes to `add` with its line, each
 * problem to `problems`. Answers the number of records read. Touches no store: it runs on the
 * import's own thread in the single-threaded import and on a thread of its own beside the writing
 * one otherwise (docs/benchmarks.md).
 */
export function readRows(source: TableSource, mapping: ImportMapping, validator: ObservationValidator, problems: ProblemList, options: ReadingOptions, add: (line: number, row: ObservationValues) => void): number {
  let reader: RowReader | null = null;
  let rows = 0;
  const keep = rowFilter(mapping);
  let lastReport = 0;
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
      if (!keep(cells)) return;
      rows += 1;
      for (const row of reader.read(cells, line)) add(line, row);
      if (rows % 1000 === 0) {
        if (options.isCancelled?.()) throw new ImportCancelled();
        const now = Date.now();
        if (now - lastReport > 100) {
          lastReport = now;
          options.onProgress?.(rows);
        }
      }
    });
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    problems.error(error.line, '', 'file_format', { reason: error.message });
  }
  if (!reader && problems.errorCount === 0) problems.error(mapping.headerRow, '', 'no_header', { line: mapping.headerRow });
  return rows;
}

/**
 * Whether a record is one the user kept: every row filter's column holds its value, folded like a
 * label ("tunisia" keeps "Tunisia"). A file of every country is then read as the city's own rows.
 */
function rowFilter(mapping: ImportMapping): (cells: readonly Cell[]) => boolean {
  if (mapping.rowFilters.length === 0) return () => true;
  const filters = mapping.rowFilters.map(({ column, value }) => ({ column, folded: foldLabel(value.trim()) }));
  return (cells) => filters.every(({ column, folded }) => foldLabel(cellText(cells[column] ?? null).trim()) === folded);
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
  const used = new Set<number>([...Object.values(mapping.columns), ...mapping.periodColumns.map((p) => p.column), ...mapping.rowFilters.map((f) => f.column)]);
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
