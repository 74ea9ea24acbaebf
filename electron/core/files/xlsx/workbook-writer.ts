import { strToU8, Zip, ZipDeflate } from 'fflate';
import { contentTypesXml, packageRelationshipsXml, stylesXml, workbookRelationshipsXml, workbookXml } from './package-parts';
import { safeSheetNames } from './sheet-names';
import type { CellValue } from './sheet-types';
import { rowXml, worksheetEnd, worksheetStart } from './worksheet-xml';
import { XlsxError, xlsxMessages } from './xlsx-error';

/** One worksheet of a workbook being written: everything but its rows, which are streamed. */
export interface SheetLayout {
  name: string;
  /** Widths in Excel's character units, index 0 for column A; missing or non-positive entries keep the default. */
  columnWidths?: number[];
  /** Mirrors the sheet (column A on the right), as Arabic readers expect. */
  rightToLeft?: boolean;
  /** The used range, when the caller knows it before writing the rows ("A1:K900001"). */
  dimension?: string;
}

/** A fixed zip timestamp (DOS time starts in 1980) so the same table always gives the same bytes. */
const fixedModificationTime = new Date(1980, 0, 1, 0, 0, 0);
/** Level 4 deflates large sheets about twice as fast as 6 for files a few percent larger. */
const compressionLevel = 4;
/** Rows are turned into bytes and deflated in pieces of about this many characters. */
const batchCharacters = 1 << 16;
/**
 * A zip without its 64-bit extension (fflate writes none) records sizes and offsets in 32 bits:
 * a sheet past 4 GiB of XML would give a file no program can open, so it is refused before.
 */
const maxPartBytes = 0xffff_ffff - (1 << 20);

/**
 * Writes an .xlsx workbook as it goes: the package parts first, then each worksheet row by row,
 * deflated into the zip and handed to `output` in pieces. Memory stays the same whatever the
 * number of rows (a million-row sheet never exists as a whole, as text or as bytes). The zip
 * entries carry their sizes in data descriptors, as every streaming writer does; Excel, LibreOffice
 * and Focal's reader take them. Cells are inline strings, so no shared-string table has to be held.
 */
export class WorkbookWriter {
  private readonly zip: Zip;
  private readonly sheets: (SheetLayout & { safeName: string })[];
  private sheetIndex = 0;
  private part: ZipDeflate | null = null;
  private rowIndex = 0;
  private batch: string[] = [];
  private batchLength = 0;
  private partBytes = 0;
  private finished = false;

  /** `sheets` in tab order; a workbook needs one, so none gives one empty "Sheet1". */
  constructor(output: (chunk: Uint8Array) => void, sheets: readonly SheetLayout[]) {
    const layouts = sheets.length > 0 ? sheets : [{ name: 'Sheet1' }];
    const names = safeSheetNames(layouts.map((sheet) => sheet.name));
    this.sheets = layouts.map((sheet, i) => ({ ...sheet, safeName: names[i] ?? `Sheet${i + 1}` }));
    // fflate calls back synchronously: a failing `output` (a full disk) throws out of the call that wrote.
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      output(chunk);
    });
    this.addWholePart('[Content_Types].xml', contentTypesXml(this.sheets.length));
    this.addWholePart('_rels/.rels', packageRelationshipsXml);
    this.addWholePart('xl/workbook.xml', workbookXml(this.sheets.map((sheet) => sheet.safeName)));
    this.addWholePart('xl/_rels/workbook.xml.rels', workbookRelationshipsXml(this.sheets.length));
    this.addWholePart('xl/styles.xml', stylesXml);
    this.openSheet();
  }

  /** Appends the next row (row 1 first, in bold) to the sheet being written. */
  addRow(row: readonly CellValue[]): void {
    if (this.finished) throw new Error('The workbook is already finished.');
    const xml = rowXml(row, this.rowIndex);
    this.rowIndex += 1;
    if (xml === '') return;
    this.batch.push(xml);
    this.batchLength += xml.length;
    if (this.batchLength >= batchCharacters) this.flushBatch(false);
  }

  /** Ends the sheet being written; the rows that follow go to the next one. */
  nextSheet(): void {
    if (this.sheetIndex + 1 >= this.sheets.length) throw new Error('There is no next sheet to write.');
    this.closeSheet();
    this.sheetIndex += 1;
    this.openSheet();
  }

  /** Ends the workbook: the sheets not reached are written empty, then the zip's directory. */
  finish(): void {
    if (this.finished) return;
    this.closeSheet();
    while (this.sheetIndex + 1 < this.sheets.length) {
      this.sheetIndex += 1;
      this.openSheet();
      this.closeSheet();
    }
    this.finished = true;
    this.zip.end();
  }

  private addWholePart(name: string, xml: string): void {
    const part = this.newPart(name);
    part.push(strToU8(xml), true);
  }

  private newPart(name: string): ZipDeflate {
    const part = new ZipDeflate(name, { level: compressionLevel });
    part.mtime = fixedModificationTime;
    this.zip.add(part);
    return part;
  }

  private openSheet(): void {
    const sheet = this.sheets[this.sheetIndex];
    this.part = this.newPart(`xl/worksheets/sheet${this.sheetIndex + 1}.xml`);
    this.rowIndex = 0;
    this.partBytes = 0;
    this.batch = [worksheetStart({ columnWidths: sheet?.columnWidths, rightToLeft: sheet?.rightToLeft, selected: this.sheetIndex === 0, dimension: sheet?.dimension })];
    this.batchLength = 0;
  }

  private closeSheet(): void {
    this.batch.push(worksheetEnd);
    this.flushBatch(true);
    this.part = null;
  }

  private flushBatch(final: boolean): void {
    const bytes = strToU8(this.batch.join(''));
    this.batch = [];
    this.batchLength = 0;
    this.partBytes += bytes.length;
    if (this.partBytes > maxPartBytes) throw new XlsxError('too_large', xlsxMessages.tableTooLarge);
    this.part?.push(bytes, final);
  }
}
