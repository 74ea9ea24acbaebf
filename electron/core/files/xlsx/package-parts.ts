import { escapeXmlAttribute } from './xml-text';

// The parts of a minimal SpreadsheetML package besides its worksheets.

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const spreadsheetNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationshipsNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationshipsNamespace = 'http://schemas.openxmlformats.org/package/2006/relationships';
const contentTypePrefix = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export function contentTypesXml(sheetCount: number): string {
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

export const packageRelationshipsXml =
  `${xmlDeclaration}<Relationships xmlns="${packageRelationshipsNamespace}">` +
  `<Relationship Id="rId1" Type="${relationshipsNamespace}/officeDocument" Target="xl/workbook.xml"/>` +
  '</Relationships>';

export function workbookXml(names: string[]): string {
  const sheets = names.map((name, i) => `<sheet name="${escapeXmlAttribute(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return (
    `${xmlDeclaration}<workbook xmlns="${spreadsheetNamespace}" xmlns:r="${relationshipsNamespace}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets></workbook>`
  );
}

export function workbookRelationshipsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${relationshipsNamespace}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  const styles = `<Relationship Id="rId${sheetCount + 1}" Type="${relationshipsNamespace}/styles" Target="styles.xml"/>`;
  return `${xmlDeclaration}<Relationships xmlns="${packageRelationshipsNamespace}">${sheets}${styles}</Relationships>`;
}

/** Two cell formats: 0 the default, 1 (the header row) bold. Excel requires the two leading fills. */
export const stylesXml =
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
