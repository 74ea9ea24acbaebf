import { closeSync, readSync } from 'node:fs';
import { defaultXlsxLimits, listSheets, readXlsx, XlsxError, xlsxMessages } from '../../files/xlsx/index';
import { restoreNeutralisedCells } from '../export/spreadsheet-text';
import { openImportFile } from './import-file-access';
import type { RecordVisitor, TableSource } from './table-source';

/**
 * A workbook's sheet as records. Workbooks are zipped XML and are read whole (within the reader's
 * size limits); the line of a record is its spreadsheet row number, so problems point at the row
 * the user sees in Excel.
 */
export class XlsxTableSource implements TableSource {
  readonly format = 'xlsx';
  readonly total: number;
  done = 0;
  readonly sheets: string[];
  readonly sheet: string;
  private readonly rows: readonly (readonly (string | number | boolean | null)[])[];

  /** `maxRows`: only the first rows are wanted (a preview), so only they are read. */
  constructor(path: string, sheet: string | null, maxRows?: number) {
    const bytes = readWorkbookFile(path);
    this.sheets = listSheets(bytes);
    // A percentage is stored 0–100: take what the user sees in Excel, not the fraction behind it.
    const read = readXlsx(bytes, { percentAsShown: true, ...(sheet === null ? {} : { sheet }), ...(maxRows === undefined ? {} : { maxRows }) });
    this.sheet = read.name;
    this.rows = read.rows;
    this.total = read.rows.length;
  }

  forEachRecord(visit: RecordVisitor): void {
    for (let index = 0; index < this.rows.length; index += 1) {
      this.done = index + 1;
      // Text an exporter guarded against formulas ('=1+1) comes back as it was before (=1+1).
      if (visit(restoreNeutralisedCells(this.rows[index] ?? []), index + 1) === 'stop') return;
    }
  }
}

/**
 * The workbook's bytes, read only if it is a regular file within the workbook limit: a larger one
 * is refused before it is read into memory, and a file that grows meanwhile is read no further.
 */
function readWorkbookFile(path: string): Uint8Array {
  const { fd, size } = openImportFile(path);
  try {
    if (size > defaultXlsxLimits.maxFileBytes) throw new XlsxError('too_large', xlsxMessages.fileTooLarge);
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const got = readSync(fd, bytes, read, size - read, read);
      if (got === 0) break;
      read += got;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
