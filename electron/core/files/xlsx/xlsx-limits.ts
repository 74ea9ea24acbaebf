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
  /**
   * Characters of text held in memory: every entry of the shared string table (all are kept, since
   * any cell may refer to any) and the strings written in the sheet's cells, counted as read.
   */
  maxTextCharacters: number;
  /** Entries of the shared string table (each costs memory of its own, however short). */
  maxSharedStrings: number;
}

const megabyte = 1024 * 1024;

/**
 * With these, a workbook read for an import stays well within the import thread's memory (2 GB of
 * V8 heap, import-jobs.ts). Text costs up to 2 bytes a character, a shared string about 75 bytes of
 * its own, a cell about 60: generated workbooks that reach every limit at once (2 million Arabic
 * shared strings of 32 characters under 5 million cells; 5 million inline Arabic strings) peaked at
 * 870 and 780 MB for the whole `focal observations import`, where 3.5 million shared strings took
 * 1.65 GB before the text limits.
 */
export const defaultXlsxLimits: XlsxLimits = {
  maxFileBytes: 50 * megabyte,
  maxUncompressedBytes: 400 * megabyte,
  maxRatio: 200,
  maxCells: 5_000_000,
  maxTextCharacters: 64_000_000,
  maxSharedStrings: 2_000_000,
};
