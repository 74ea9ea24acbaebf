import { strToU8, zipSync, type Zippable } from 'fflate';
import { safeSheetNames } from './sheet-names';
import type { CellValue } from './sheet-types';
import { worksheetXml } from './worksheet-xml';
import { escapeXmlAttribute } from './xml-text';

export interface SheetToWrite {
  name: string;
  rows: CellValue[][];
  /** Widths in Excel's character units, index 0 for column A; missing or non-positive entries keep the default. */
  columnWidths?: number[];
  /** Mirrors the sheet (column A on the right), as Arabic readers expect. */
  rightToLeft?: boolean;
}

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const spreadsheetNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationshipsNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationshipsNamespace = 'http://schemas.openxmlformats.org/package/2006/relationships';
const contentTypePrefix = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** A fixed zip timestamp (DOS time starts in 1980) so the same table always gives the same bytes. */
const fixedModificationTime = new Date(1980, 0, 1, 0, 0, 0);

function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${contentTypePrefix}.worksheet+xml"/>`,
  ).join('');
  return (
    `${xmlDeclaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${contentTypePrefix}.sheet.main+xml"/>` +
    `${sheets}<Override PartName="/xl/styles.xml" ContentType="${contentTypePrefix}.styles+xml"/>` +
    '</Types>'
  );
}

const packageRelationshipsXml =
  `${xmlDeclaration}<Relationships xmlns="${packageRelationshipsNamespace}">` +
  `<Relationship Id="rId1" Type="${relationshipsNamespace}/officeDocument" Target="xl/workbook.xml"/>` +
  '</Relationships>';

function workbookXml(names: string[]): string {
  const sheets = names.map((name, i) => `<sheet name="${escapeXmlAttribute(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return (
    `${xmlDeclaration}<workbook xmlns="${spreadsheetNamespace}" xmlns:r="${relationshipsNamespace}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets></workbook>`
  );
}

function workbookRelationshipsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${relationshipsNamespace}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  const styles = `<Relationship Id="rId${sheetCount + 1}" Type="${relationshipsNamespace}/styles" Target="styles.xml"/>`;
  return `${xmlDeclaration}<Relationships xmlns="${packageRelationshipsNamespace}">${sheets}${styles}</Relationships>`;
}

/** Two cell formats: 0 the default, 1 (the header row) bold. Excel requires the two leading fills. */
const stylesXml =
  `${xmlDeclaration}<styleSheet xmlns="${spreadsheetNamespace}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * An .xlsx workbook of plain values, one worksheet per entry, row 1 in bold as the header. Sheet names
 * are made acceptable to Excel; a workbook needs at least one sheet, so an empty list gives one empty sheet.
 */
export function writeXlsx(sheets: SheetToWrite[]): Uint8Array {
  const content: SheetToWrite[] = sheets.length > 0 ? sheets : [{ name: 'Sheet1', rows: [] }];
  const names = safeSheetNames(content.map((sheet) => sheet.name));
  const files: Zippable = {
    '[Content_Types].xml': strToU8(contentTypesXml(content.length)),
    '_rels/.rels': strToU8(packageRelationshipsXml),
    'xl/workbook.xml': strToU8(workbookXml(names)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRelationshipsXml(content.length)),
    'xl/styles.xml': strToU8(stylesXml),
  };
  content.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      worksheetXml({ rows: sheet.rows, columnWidths: sheet.columnWidths, rightToLeft: sheet.rightToLeft, selected: i === 0 }),
    );
  });
  // Level 4 deflates large sheets about twice as fast as 6 for files a few percent larger.
  return zipSync(files, { level: 4, mtime: fixedModificationTime });
}
