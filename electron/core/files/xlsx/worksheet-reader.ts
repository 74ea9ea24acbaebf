import { maxColumnCount, maxRowCount, parseCellReference } from './cell-reference';
import { decodeExcelEscapes } from './excel-string-escapes';
import type { PackageReader } from './package-reader';
import { RichTextCollector } from './rich-text-collector';
import type { CellValue } from './sheet-types';
import { StopParsing } from './stop-parsing';
import type { TextBudget } from './text-budget';
import { XlsxError, xlsxMessages } from './xlsx-error';
import type { XmlEvents } from './xml-scanner';

interface OpenCell {
  row: number;
  column: number;
  type: string;
  /** The cell's style index (`s`), which says how Excel shows it. */
  style: number;
  /** Text of `<v>`, null while the cell has none. */
  value: string | null;
  /** Text of `<is>`, null while the cell has none. */
  inlineString: string | null;
}

const numberPattern = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

function damaged(): XlsxError {
  return new XlsxError('damaged', xlsxMessages.damaged);
}

/** Collects the values of `<sheetData>` into a grid; formulas, styles and everything else are ignored. */
class WorksheetCollector implements XmlEvents {
  readonly rows: CellValue[][] = [];
  private cellCount = 0;
  private sawRoot = false;
  private inSheetData = false;
  private rowIndex = -1;
  private previousRowIndex = -1;
  private previousColumn = -1;
  private cell: OpenCell | null = null;
  private valueParts: string[] | null = null;
  private inlineString: RichTextCollector | null = null;

  private readonly maxCells: number;
  private readonly maxRows: number;
  private readonly budget: TextBudget;
  private readonly percentStyles: ReadonlySet<number>;

  constructor(
    /** The entry of the shared string table at an index; null when the workbook has no table. */
    private readonly sharedString: ((index: number) => string | undefined) | null,
    options: WorksheetReading,
  ) {
    this.maxCells = options.maxCells;
    this.maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
    this.budget = options.budget;
    this.percentStyles = options.percentStyles ?? new Set();
  }

  open(name: string, attributes: ReadonlyMap<string, string>): void {
    if (!this.sawRoot) {
      if (name !== 'worksheet') throw damaged();
      this.sawRoot = true;
      return;
    }
    if (this.inlineString !== null) {
      this.inlineString.open(name);
      return;
    }
    if (name === 'sheetData') this.inSheetData = true;
    else if (!this.inSheetData) return;
    else if (name === 'row') this.openRow(attributes);
    else if (name === 'c') this.openCell(attributes);
    else if (this.cell === null) return;
    else if (name === 'v') this.valueParts = [];
    else if (name === 'is') this.inlineString = new RichTextCollector(this.budget);
  }

  close(name: string): void {
    if (this.inlineString !== null) {
      if (name !== 'is') {
        this.inlineString.close(name);
        return;
      }
      if (this.cell !== null) this.cell.inlineString = this.inlineString.take();
      this.inlineString = null;
    } else if (name === 'v') {
      if (this.cell !== null && this.valueParts !== null) this.cell.value = this.valueParts.join('');
      this.valueParts = null;
    } else if (name === 'c') {
      if (this.cell !== null) this.place(this.cell);
      this.cell = null;
    } else if (name === 'row') {
      this.previousRowIndex = this.rowIndex;
      this.rowIndex = -1;
    } else if (name === 'sheetData') {
      this.inSheetData = false;
    }
  }

  text(value: string): void {
    if (this.valueParts !== null) this.valueParts.push(value);
    else if (this.inlineString !== null) this.inlineString.text(value);
  }

  private openRow(attributes: ReadonlyMap<string, string>): void {
    const reference = attributes.get('r');
    if (reference === undefined) {
      this.rowIndex = this.previousRowIndex + 1;
    } else {
      if (!/^[0-9]{1,7}$/.test(reference.trim())) throw damaged();
      this.rowIndex = Number(reference) - 1;
    }
    if (this.rowIndex < 0 || this.rowIndex >= maxRowCount) throw damaged();
    // Rows come in order in every writer's files; a preview stops at the first row it does not show.
    if (this.rowIndex >= this.maxRows) throw new StopParsing();
    this.previousColumn = -1;
  }

  private openCell(attributes: ReadonlyMap<string, string>): void {
    if (this.rowIndex === -1) throw damaged();
    const reference = attributes.get('r');
    let row = this.rowIndex;
    let column = this.previousColumn + 1;
    if (reference !== undefined) {
      const parsed = parseCellReference(reference);
      if (parsed === null) throw damaged();
      ({ row, column } = parsed);
    }
    if (column >= maxColumnCount) throw damaged();
    this.previousColumn = column;
    this.cell = { row, column, type: attributes.get('t') ?? 'n', style: Number(attributes.get('s') ?? '0'), value: null, inlineString: null };
  }

  private valueOf(cell: OpenCell): CellValue {
    const text = cell.value;
    switch (cell.type) {
      case 's': {
        if (text === null) return null;
        if (this.sharedString === null || !/^\s*[0-9]+\s*$/.test(text)) throw damaged();
        const shared = this.sharedString(Number(text));
        if (shared === undefined) throw damaged();
        return shared;
      }
      case 'inlineStr':
        return cell.inlineString ?? (text === null ? null : this.budget.keep(decodeExcelEscapes(text)));
      case 'str':
        return text === null ? null : this.budget.keep(decodeExcelEscapes(text));
      case 'b': {
        const flag = text?.trim();
        if (flag === undefined || flag === '') return null;
        if (flag === '1' || flag === 'true') return true;
        if (flag === '0' || flag === 'false') return false;
        throw damaged();
      }
      case 'e':
        return null;
      case 'd':
        // An ISO 8601 date cell (rare; LibreOffice can write them): kept as text, callers map columns.
        return text === null || text.trim() === '' ? null : text.trim();
      case 'n': {
        if (cell.inlineString !== null) return cell.inlineString;
        const number = text?.trim();
        if (number === undefined || number === '') return null;
        if (!numberPattern.test(number)) throw damaged();
        const value = Number(number);
        if (!Number.isFinite(value)) throw damaged();
        // Twelve significant digits undo the binary noise of the multiplication (0.455 × 100).
        return this.percentStyles.has(cell.style) ? Number((value * 100).toPrecision(12)) : value;
      }
      default:
        throw damaged();
    }
  }

  private place(cell: OpenCell): void {
    const value = this.valueOf(cell);
    if (value === null) return;
    while (this.rows.length <= cell.row) this.rows.push([]);
    const cells = this.rows[cell.row];
    if (cells === undefined) return;
    if (cell.column < cells.length) {
      cells[cell.column] = value;
      return;
    }
    this.cellCount += cell.column + 1 - cells.length;
    if (this.cellCount > this.maxCells) throw new XlsxError('too_large', xlsxMessages.tooManyCells);
    while (cells.length < cell.column) cells.push(null);
    cells.push(value);
  }
}

export interface WorksheetReading {
  maxCells: number;
  /** Strings written in cells spend their characters from it. */
  budget: TextBudget;
  /** Reads only this many rows from the top (a preview); all of them otherwise. */
  maxRows?: number;
  /** Styles whose numbers are shown as percentages: read as shown (0.455 → 45.5). */
  percentStyles?: ReadonlySet<number>;
}

/** The values of one worksheet part; `sharedString` is null when the workbook has no table. */
export function readWorksheetRows(reader: PackageReader, partName: string, sharedString: ((index: number) => string | undefined) | null, options: WorksheetReading): CellValue[][] {
  const collector = new WorksheetCollector(sharedString, options);
  reader.parse(partName, collector);
  return collector.rows;
}
