/** Bounds that keep a hostile or oversized workbook from exhausting memory or time. */
export interface XlsxLimits {
  /** Size of the .xlsx file itself. */
  maxFileBytes: number;
  /** Total bytes inflated from the parts actually read (workbook, relationships, strings, one sheet). */
  maxUncompressedBytes: number;
  /** Inflated size over compressed size of one part, checked once the part passes a small floor. */
  maxRatio: number;
  /** Cells materialised for one sheet, gaps inside a row included. */
  maxCells: number;
}

const megabyte = 1024 * 1024;

export const defaultXlsxLimits: XlsxLimits = {
  maxFileBytes: 50 * megabyte,
  maxUncompressedBytes: 400 * megabyte,
  maxRatio: 200,
  maxCells: 5_000_000,
};
