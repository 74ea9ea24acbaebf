export { listSheets, readXlsx } from './read-xlsx';
export type { CellValue, Sheet } from './sheet-types';
export { WorkbookWriter, type SheetLayout } from './workbook-writer';
export { writeXlsx, type SheetToWrite } from './write-xlsx';
export { XlsxError, xlsxMessages, type XlsxErrorCode } from './xlsx-error';
export { defaultXlsxLimits, type XlsxLimits } from './xlsx-limits';
