import { cellReference, columnLetters, maxCellTextLength, maxColumnCount, maxRowCount } from './cell-reference';
import { encodeExcelEscapes } from './excel-string-escapes';
import type { CellValue } from './sheet-types';
import { truncateText } from './truncate-text';
import { XlsxError, xlsxMessages } from './xlsx-error';
import { escapeXmlText } from './xml-text';

/** How a worksheet looks, apart from its rows. */
export interface WorksheetLayout {
  columnWidths?: number[];
  rightToLeft?: boolean;
  /** Excel marks the sheet shown on opening; exactly one should be. */
  selected: boolean;
  /** The used range ("A1:D7") when known before the rows are written; optional in the format. */
  dimension?: string;
}

/** Style index of the bold header font in the styles part written alongside. */
export const headerStyleIndex = 1;
const maxColumnWidth = 255;

function cellText(value: string): string {
  return escapeXmlText(encodeExcelEscapes(truncateText(value, maxCellTextLength)));
}

/** One `<c>`, or '' for an empty cell. Strings are inline so no shared table has to be kept in memory. */
function cellXml(value: CellValue, row: number, column: number): string {
  if (value === null) return '';
  const style = row === 0 ? ` s="${headerStyleIndex}"` : '';
  const reference = cellReference(row, column);
  if (typeof value === 'number') {
    // NaN and infinities have no spreadsheet form; the cell is left empty.
    if (!Number.isFinite(value)) return '';
    return `<c r="${reference}"${style}><v>${String(value)}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'string') {
    const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
    return `<c r="${reference}"${style} t="inlineStr"><is><t${space}>${cellText(value)}</t></is></c>`;
  }
  // Only reachable from untyped callers (undefined in a sparse array, a Date): left empty, never "undefined".
  return '';
}

function columnsXml(widths: number[] | undefined): string {
  if (widths === undefined) return '';
  const columns = widths.slice(0, maxColumnCount).flatMap((width, index) => {
    if (!Number.isFinite(width) || width <= 0) return [];
    const rounded = Math.round(Math.min(width, maxColumnWidth) * 100) / 100;
    return [`<col min="${index + 1}" max="${index + 1}" width="${rounded}" customWidth="1"/>`];
  });
  return columns.length === 0 ? '' : `<cols>${columns.join('')}</cols>`;
}

/** Whether `cellXml` writes the value (the rest is left empty). */
function isWritten(value: CellValue | undefined): boolean {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** The used range of a table known in advance, as `<dimension>` gives it. */
export function dimensionOf(rows: readonly (readonly CellValue[])[]): string {
  let widest = 0;
  let lastRow = 0;
  rows.forEach((row, rowIndex) => {
    row.forEach((value, column) => {
      if (!isWritten(value)) return;
      widest = Math.max(widest, column + 1);
      lastRow = rowIndex + 1;
    });
  });
  return lastRow === 0 ? 'A1' : `A1:${columnLetters(widest - 1)}${lastRow}`;
}

/**
 * The start of a worksheet part, up to its first row. Rows follow as `rowXml`, then
 * `worksheetEnd`: a sheet is written as it comes, never held whole. It holds values only, never
 * formulas, whatever the strings look like.
 */
export function worksheetStart(layout: WorksheetLayout): string {
  const viewAttributes = `${layout.selected ? ' tabSelected="1"' : ''}${layout.rightToLeft === true ? ' rightToLeft="1"' : ''}`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    layout.dimension === undefined ? '' : `<dimension ref="${layout.dimension}"/>`,
    `<sheetViews><sheetView${viewAttributes} workbookViewId="0"/></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    columnsXml(layout.columnWidths),
    '<sheetData>',
  ].join('');
}

/** One `<row>` (row index 0 is spreadsheet row 1), or '' when it has no cell to write. */
export function rowXml(row: readonly CellValue[], rowIndex: number): string {
  if (rowIndex >= maxRowCount || row.length > maxColumnCount) throw new XlsxError('too_large', xlsxMessages.tableTooLarge);
  let cells = '';
  // A plain loop, not forEach: holes of a sparse row are visited too, and cellXml leaves them empty.
  for (let column = 0; column < row.length; column += 1) cells += cellXml(row[column] ?? null, rowIndex, column);
  return cells === '' ? '' : `<row r="${rowIndex + 1}">${cells}</row>`;
}

export const worksheetEnd = '</sheetData></worksheet>';
