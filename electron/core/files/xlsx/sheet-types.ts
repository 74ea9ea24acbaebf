export type CellValue = string | number | boolean | null;

/**
 * One worksheet as a grid: rows[0] is spreadsheet row 1 and row[0] column A. Rows end at their last
 * non-empty cell (so they may differ in length), gaps are null, and trailing empty rows are dropped.
 */
export interface Sheet {
  name: string;
  rows: CellValue[][];
}
