import type { Dimension } from '../../../../shared/domain/catalogue';
import type { ImportField, ImportMapping } from '../../../../shared/domain/observation-import';
import { normalisePeriod } from '../../../../shared/domain/period';
import type { CodeRecognizer, IndicatorInfo } from './code-recognizer';
import { parseNumberText } from './number-text';
import type { ProblemList } from './problem-list';
import type { SourceRegistry } from './source-registry';
import { cellText, type Cell } from './table-source';

/** One observation ready for the staging table, in its column order. */
export type StagedRow = [
  line: number,
  indicator: string,
  period: string,
  sex: string,
  age: string,
  status: string,
  origin: string,
  area: string,
  value: number,
  estimate: number,
  provisional: number,
  confidential: number,
  source: number,
  note: string,
];

const dimensions: readonly Dimension[] = ['sex', 'age', 'status', 'origin', 'area'];
const maxCitation = 500;
const maxNote = 2000;

/**
 * Reads one record of the file into observations through the mapping, checking every value on its
 * own (codes, period, number, unit rules). Problems name the file's line and column. Checks that
 * need other rows (duplicates, parts and totals, outliers) run later over the staged rows.
 */
export class RowReader {
  constructor(
    private readonly mapping: ImportMapping,
    private readonly header: readonly string[],
    private readonly recognizer: CodeRecognizer,
    private readonly sources: SourceRegistry,
    private readonly problems: ProblemList,
  ) {}

  columnName(field: ImportField): string {
    const index = this.mapping.columns[field];
    return index === undefined ? field : this.header[index] || field;
  }

  private text(cells: readonly Cell[], field: ImportField): string {
    const index = this.mapping.columns[field];
    if (index !== undefined) return cellText(cells[index]);
    return this.mapping.fixed[field]?.trim() ?? '';
  }

  read(cells: readonly Cell[], line: number): StagedRow[] {
    const problems = this.problems;
    const before = problems.errorCount;
    if (this.mapping.periodColumns.length === 0 && cells.length > this.header.length) {
      const extra = cells.slice(this.header.length).filter((cell) => cellText(cell) !== '').length;
      if (extra > 0) problems.error(line, '', 'extra_cells', { count: cells.length, columns: this.header.length });
    }

    const indicatorText = this.text(cells, 'indicator');
    let indicator: IndicatorInfo | null = null;
    if (indicatorText === '') problems.error(line, this.columnName('indicator'), 'missing_indicator');
    else {
      indicator = this.recognizer.indicator(indicatorText);
      if (!indicator) problems.error(line, this.columnName('indicator'), 'unknown_indicator', { value: indicatorText });
    }

    const codes: string[] = [];
    for (const dimension of dimensions) {
      const text = this.text(cells, dimension);
      const code = this.recognizer.code(dimension, text);
      if (code === null) problems.error(line, this.columnName(dimension), 'unknown_code', { value: text, dimension });
      else if (code !== '' && indicator && !indicator.dimensions.has(dimension)) {
        problems.error(line, this.columnName(dimension), 'dimension_not_allowed', { indicator: indicator.code, dimension });
      }
      codes.push(code ?? '');
    }

    const citation = this.text(cells, 'source');
    if (citation === '') problems.error(line, this.columnName('source'), 'missing_source');
    else if (citation.length > maxCitation) problems.error(line, this.columnName('source'), 'text_too_long', { limit: maxCitation });
    const note = this.text(cells, 'note');
    if (note.length > maxNote) problems.error(line, this.columnName('note'), 'text_too_long', { limit: maxNote });
    const flags = this.readFlags(this.text(cells, 'flags'), line);
    // A value an export withheld (Focal's own: blank, flagged suppressed or confidential) cannot be
    // imported, and is not a mistake in the file either: the row is skipped with a warning.
    if (this.isWithheld(cells, flags)) {
      problems.warning(line, this.columnName('value'), 'withheld_value');
      return [];
    }

    const values = this.readValues(cells, line, indicator);
    if (problems.errorCount > before || !indicator) return [];
    const source = this.sources.idFor(citation);
    const [sex = '', age = '', status = '', origin = '', area = ''] = codes;
    return values.map(([period, value]) => [line, indicator.code, period, sex, age, status, origin, area, value, flags.estimate, flags.provisional, flags.confidential, source, note]);
  }

  /** Period and value pairs: one from the period and value columns, or one per period column of a wide sheet. */
  private readValues(cells: readonly Cell[], line: number, indicator: IndicatorInfo | null): [string, number][] {
    if (this.mapping.periodColumns.length > 0) {
      const pairs: [string, number][] = [];
      for (const { column, period } of this.mapping.periodColumns) {
        const cell = cells[column];
        if (cellText(cell) === '') continue; // A gap in a wide sheet is missing data, not an error.
        const value = this.readValue(cell ?? null, line, this.header[column] || period, indicator);
        if (value !== null) pairs.push([period, value]);
      }
      return pairs;
    }
    const periodText = this.text(cells, 'period');
    const period = periodText === '' ? null : this.period(periodText);
    if (periodText === '') this.problems.error(line, this.columnName('period'), 'missing_period');
    else if (period === null) this.problems.error(line, this.columnName('period'), 'bad_period', { value: periodText });
    const index = this.mapping.columns.value;
    const cell = index === undefined ? (this.mapping.fixed.value ?? null) : cells[index];
    const value = this.readValue(cell ?? null, line, this.columnName('value'), indicator);
    return period !== null && value !== null ? [[period, value]] : [];
  }

  /** Files repeat a handful of periods on every row: each text is read once. */
  private readonly periods = new Map<string, string | null>();

  private period(text: string): string | null {
    let period = this.periods.get(text);
    if (period === undefined) {
      period = normalisePeriod(text);
      if (this.periods.size < 10_000) this.periods.set(text, period);
    }
    return period;
  }

  private readValue(cell: Cell, line: number, column: string, indicator: IndicatorInfo | null): number | null {
    const problems = this.problems;
    const text = cellText(cell);
    if (text === '') {
      problems.error(line, column, 'missing_value');
      return null;
    }
    let value: number | null = typeof cell === 'number' ? cell : null;
    if (value === null && indicator?.unit === 'ynp') value = this.recognizer.answer(text);
    value ??= parseNumberText(text, this.mapping.decimalComma);
    if (value === null) {
      problems.error(line, column, 'bad_number', { value: text });
      return null;
    }
    switch (indicator?.unit) {
      case 'count':
        if (value < 0) problems.error(line, column, 'negative_count', { value });
        else if (!Number.isInteger(value)) problems.error(line, column, 'not_integer', { value });
        break;
      case 'percent':
        if (value < 0 || value > 100) problems.error(line, column, 'percent_range', { value });
        break;
      case 'ynp':
        if (value !== 0 && value !== 0.5 && value !== 1) problems.error(line, column, 'ynp_value', { value: text });
        break;
      default:
        break;
    }
    return value;
  }

  private isWithheld(cells: readonly Cell[], flags: { confidential: number; suppressed: boolean }): boolean {
    const index = this.mapping.columns.value;
    if (this.mapping.periodColumns.length > 0 || index === undefined || cellText(cells[index]) !== '') return false;
    return flags.suppressed || flags.confidential === 1;
  }

  private readFlags(text: string, line: number): { estimate: number; provisional: number; confidential: number; suppressed: boolean } {
    const flags = { estimate: 0, provisional: 0, confidential: 0, suppressed: false };
    if (text === '') return flags;
    for (const word of text.split(/[;,|/+]+/)) {
      if (word.trim() === '') continue;
      // What exports write beside a value they blanked; not a property of a figure, so not stored.
      if (word.trim().toLowerCase() === 'suppressed') {
        flags.suppressed = true;
        continue;
      }
      const flag = this.recognizer.flag(word);
      if (flag) flags[flag] = 1;
      else this.problems.error(line, this.columnName('flags'), 'unknown_flag', { value: word.trim() });
    }
    return flags;
  }
}
