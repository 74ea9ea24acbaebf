import type { CellValue } from './sheet-types';
import { WorkbookWriter } from './workbook-writer';
import { dimensionOf } from './worksheet-xml';

export interface SheetToWrite {
  name: string;
  rows: CellValue[][];
  /** Widths in Excel's character units, index 0 for column A; missing or non-positive entries keep the default. */
  columnWidths?: number[];
  /** Mirrors the sheet (column A on the right), as Arabic readers expect. */
  rightToLeft?: boolean;
}

/**
 * An .xlsx workbook of plain values held in memory, one worksheet per entry, row 1 in bold as the
 * header. Sheet names are made acceptable to Excel; a workbook needs at least one sheet, so an empty
 * list gives one empty sheet. Large tables are better streamed with WorkbookWriter.
 */
export function writeXlsx(sheets: SheetToWrite[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new WorkbookWriter(
    (chunk) => chunks.push(chunk),
    sheets.map(({ name, rows, columnWidths, rightToLeft }) => ({ name, columnWidths, rightToLeft, dimension: dimensionOf(rows) })),
  );
  sheets.forEach((sheet, index) => {
    if (index > 0) writer.nextSheet();
    for (const row of sheet.rows) writer.addRow(row);
  });
  writer.finish();
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
