import type { Dimension } from '../../../../shared/domain/catalogue';
import type { ImportField, ImportMapping } from '../../../../shared/domain/observation-import';
import { breakdownFields } from '../../../../shared/domain/observation-record';
import type { ObservationValues } from '../store/observation-columns';
import type { InputValue, ObservationInput, ObservationValidator } from '../validation/observation-validator';
import type { ProblemList } from './problem-list';
import { cellText, type Cell } from './table-source';

/**
 * Reads one record of a file through the mapping into what the one validator checks: the file's
 * columns (or the mapping's fixed values) become an observation input, and problems name the file's
 * line and column.
 */
export class RowReader {
  constructor(
    private readonly mapping: ImportMapping,
    private readonly header: readonly string[],
    private readonly validator: ObservationValidator,
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

  private readonly place = { line: 0, column: (field: ImportField) => this.columnName(field) };

  read(cells: readonly Cell[], line: number): ObservationValues[] {
    const before = this.problems.errorCount;
    if (this.mapping.periodColumns.length === 0 && cells.length > this.header.length) {
      const extra = cells.slice(this.header.length).filter((cell) => cellText(cell) !== '').length;
      if (extra > 0) this.problems.error(line, '', 'extra_cells', { count: cells.length, columns: this.header.length });
    }
    const flagWords = this.text(cells, 'flags');
    // What exports write beside a value they blanked: not a property of a figure, so never stored.
    const suppressed = /(^|[;,|/+]\s*)suppressed\s*($|[;,|/+])/i.test(flagWords);
    const flags = suppressed ? flagWords.replace(/(^|[;,|/+])\s*suppressed\s*(?=$|[;,|/+])/gi, '$1') : flagWords;
    // A value an export withheld (Focal's own: blank, flagged suppressed or confidential) cannot be
    // imported, and is not a mistake in the file either: the row is skipped with a warning.
    if (this.isWithheld(cells, suppressed || this.validator.flagsInclude(flags, 'confidential'))) {
      this.problems.warning(line, this.columnName('value'), 'withheld_value');
      return [];
    }
    const breakdown: Record<Dimension, string> = { sex: '', age: '', status: '', origin: '', area: '' };
    for (const dimension of breakdownFields) breakdown[dimension] = this.text(cells, dimension);
    const input: ObservationInput = {
      indicator: this.text(cells, 'indicator'),
      breakdown,
      values: this.values(cells),
      source: { citation: this.text(cells, 'source') },
      note: this.text(cells, 'note'),
      flags,
    };
    this.place.line = line;
    const rows = this.validator.validate(input, this.place);
    return this.problems.errorCount > before ? [] : rows;
  }

  /** A tidy row whose value cell is blank and whose flags say the value was withheld. */
  private isWithheld(cells: readonly Cell[], withheldFlag: boolean): boolean {
    const index = this.mapping.columns.value;
    if (!withheldFlag || this.mapping.periodColumns.length > 0 || index === undefined) return false;
    return cellText(cells[index]) === '';
  }

  /** Period and value pairs: one from the period and value columns, or one per filled period column of a wide sheet. */
  private values(cells: readonly Cell[]): ObservationInput['values'] {
    if (this.mapping.periodColumns.length > 0) {
      // A gap in a wide sheet is missing data, not an error.
      return this.mapping.periodColumns
        .filter(({ column }) => cellText(cells[column]) !== '')
        .map(({ column, period }) => ({ period, value: valueOf(cells[column]), column: this.header[column] || period }));
    }
    const index = this.mapping.columns.value;
    const value: InputValue = index === undefined ? (this.mapping.fixed.value ?? null) : valueOf(cells[index]);
    return [{ period: this.text(cells, 'period'), value, column: this.columnName('value') }];
  }
}

function valueOf(cell: Cell | undefined): InputValue {
  return typeof cell === 'number' ? cell : cellText(cell);
}
