import { PackageReader } from './package-reader';
import { readSharedStrings } from './shared-strings';
import { TextBudget } from './text-budget';
import type { Sheet } from './sheet-types';
import { readWorkbookStructure, type WorkbookStructure, type WorksheetLocation } from './workbook-structure';
import { readPercentStyles } from './percent-styles';
import { readWorksheetRows } from './worksheet-reader';
import { missingSheetMessage, XlsxError, xlsxMessages } from './xlsx-error';
import { defaultXlsxLimits, type XlsxLimits } from './xlsx-limits';

const conventionalSharedStringsPart = 'xl/sharedStrings.xml';

/**
 * Whatever goes wrong inside, callers see an XlsxError. Anything else escaping the parts readers means
 * input they did not foresee; an allocation failure (RangeError) means the input was too big.
 */
function withXlsxErrors<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    if (error instanceof RangeError) throw new XlsxError('too_large', xlsxMessages.contentTooLarge);
    throw new XlsxError('damaged', xlsxMessages.damaged);
  }
}

function openWorkbook(bytes: Uint8Array, limits: XlsxLimits): { reader: PackageReader; structure: WorkbookStructure } {
  if (!ArrayBuffer.isView(bytes)) throw new XlsxError('not_xlsx', xlsxMessages.notXlsx);
  const reader = new PackageReader(bytes, limits);
  return { reader, structure: readWorkbookStructure(reader) };
}

/** Names of the worksheets in tab order. */
export function listSheets(bytes: Uint8Array, limits: XlsxLimits = defaultXlsxLimits): string[] {
  return withXlsxErrors(() => openWorkbook(bytes, limits).structure.worksheets.map((sheet) => sheet.name));
}

function chooseSheet(worksheets: WorksheetLocation[], requested: string | undefined): WorksheetLocation {
  const chosen =
    requested === undefined
      ? worksheets[0]
      : (worksheets.find((sheet) => sheet.name === requested) ?? worksheets.find((sheet) => sheet.name.toLowerCase() === requested.toLowerCase()));
  if (chosen !== undefined) return chosen;
  // The codes describe the file; a name the caller got wrong, or a workbook of charts only, is closest to damage.
  throw new XlsxError('damaged', requested === undefined ? xlsxMessages.noWorksheet : missingSheetMessage(requested));
}

export interface ReadOptions {
  /** The sheet to read; the first in tab order by default. */
  sheet?: string;
  limits?: XlsxLimits;
  /** Numbers in cells formatted as percentages are read as shown (45.5 for a cell showing 45.5 %). */
  percentAsShown?: boolean;
  /**
   * Reads only the first rows (a preview): the sheet is read no further, and of the shared string
   * table only the entries those rows use are kept — a preview costs what it shows, not the workbook.
   */
  maxRows?: number;
}

/** The values of one worksheet (the first in tab order unless `sheet` names another). */
export function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): Sheet {
  return withXlsxErrors(() => {
    const limits = options.limits ?? defaultXlsxLimits;
    const { reader, structure } = openWorkbook(bytes, limits);
    const worksheet = chooseSheet(structure.worksheets, options.sheet);
    const sharedStringsPart = structure.sharedStringsPartName ?? conventionalSharedStringsPart;
    const percentStyles = options.percentAsShown ? readPercentStyles(reader, 'xl/styles.xml') : new Set<number>();
    const budget = new TextBudget(limits.maxTextCharacters);
    const reading = { maxCells: limits.maxCells, maxRows: options.maxRows, budget, percentStyles };
    // A missing table only matters if a cell refers to it; the sheet reader reports that as damage.
    if (!reader.has(sharedStringsPart)) return { name: worksheet.name, rows: readWorksheetRows(reader, worksheet.partName, null, reading) };
    let wanted: 'all' | Set<number> = 'all';
    if (options.maxRows !== undefined) {
      // First which entries the rows shown use (their text is not needed yet), then only those.
      const used = new Set<number>();
      readWorksheetRows(reader, worksheet.partName, (index) => (used.add(index), ''), { ...reading, budget: new TextBudget(limits.maxTextCharacters) });
      wanted = used;
    }
    const sharedStrings = readSharedStrings(reader, sharedStringsPart, budget, limits.maxSharedStrings, wanted);
    return { name: worksheet.name, rows: readWorksheetRows(reader, worksheet.partName, (index) => sharedStrings[index], reading) };
  });
}
