import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnIndex, columnLetters, parseCellReference } from '../../electron/core/files/xlsx/cell-reference';
import { type CellValue, defaultXlsxLimits, listSheets, readXlsx, WorkbookWriter, writeXlsx, XlsxError, type XlsxLimits } from '../../electron/core/files/xlsx/index';
import { type XmlEvents, XmlScanner } from '../../electron/core/files/xlsx/xml-scanner';

// ---------------------------------------------------------------------------------------------------
// Helpers: packages shaped like what Excel and LibreOffice write, and zip surgery for hostile files.

const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const pkgRelNs = 'http://schemas.openxmlformats.org/package/2006/relationships';
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level: 6, mtime: new Date(2024, 0, 1) });
}

const contentTypes =
  `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';

const rootRels =
  `${declaration}<Relationships xmlns="${pkgRelNs}"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** A workbook.xml as Excel 365 writes it, listing the given sheets (name → relationship id). */
function excelWorkbook(sheets: [string, string][]): string {
  const entries = sheets.map(([name, id], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="${id}"/>`).join('');
  return (
    `${declaration}<workbook xmlns="${mainNs}" xmlns:r="${relNs}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" ` +
    'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
    'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" ' +
    'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>' +
    '<workbookPr defaultThemeVersion="166925"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15">' +
    '<x15ac:absPath url="C:\\Users\\focal\\Documents\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>' +
    '<xr:revisionPtr revIDLastSave="0" documentId="8_{5A1C2B7E-0F3D-4C8E-9E55-2D0C3F6A1B11}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>' +
    '<bookViews><workbookView xWindow="-110" yWindow="-110" windowWidth="19420" windowHeight="10420" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>' +
    `<sheets>${entries}</sheets><calcPr calcId="191029"/></workbook>`
  );
}

function excelWorkbookRels(targets: [string, string, string][]): string {
  const entries = targets.map(([id, type, target]) => `<Relationship Id="${id}" Type="${relNs}/${type}" Target="${target}"/>`).join('');
  return `${declaration}<Relationships xmlns="${pkgRelNs}">${entries}</Relationships>`;
}

/** Wraps sheetData in the worksheet element and neighbours Excel writes around it. */
function excelWorksheet(sheetData: string): string {
  return (
    `${declaration}<worksheet xmlns="${mainNs}" xmlns:r="${relNs}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" ` +
    'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
    'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" ' +
    'xr:uid="{00000000-0001-0000-0000-000000000000}"><dimension ref="A1:AA6"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="14.5" x14ac:dyDescent="0.35"/><cols><col min="1" max="1" width="18.6328125" customWidth="1"/></cols>' +
    `${sheetData}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

/** A one-sheet Excel package around the given sheet XML, with a shared string table if given. */
function singleSheetPackage(sheetXml: string, sharedStrings?: string, extra: Record<string, string | Uint8Array> = {}): Uint8Array {
  const rels: [string, string, string][] = [
    ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
    ['rId2', 'theme', 'theme/theme1.xml'],
    ['rId3', 'styles', 'styles.xml'],
  ];
  if (sharedStrings !== undefined) rels.push(['rId4', 'sharedStrings', 'sharedStrings.xml']);
  return zipParts({
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': rootRels,
    'xl/workbook.xml': excelWorkbook([['Data', 'rId1']]),
    'xl/_rels/workbook.xml.rels': excelWorkbookRels(rels),
    'xl/worksheets/sheet1.xml': sheetXml,
    'xl/styles.xml': `${declaration}<styleSheet xmlns="${mainNs}"><fonts count="1"><font><sz val="11"/></font></fonts></styleSheet>`,
    ...(sharedStrings === undefined ? {} : { 'xl/sharedStrings.xml': sharedStrings }),
    ...extra,
  });
}

function errorOf(read: () => unknown): XlsxError {
  try {
    read();
  } catch (error) {
    if (error instanceof XlsxError) return error;
    throw error;
  }
  throw new Error('expected an XlsxError, but reading succeeded');
}

/** Offsets of the central-directory and local headers of `name` inside a zip written by zipSync. */
function headersOf(zip: Uint8Array, name: string): { central: number; local: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.length - 46; at >= 0; at -= 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (strFromU8(zip.subarray(at + 46, at + 46 + nameLength)) === name) return { central: at, local: view.getUint32(at + 42, true) };
  }
  throw new Error(`no entry ${name}`);
}

/** Rewrites the uncompressed size a zip declares for `name` (central directory and local header). */
function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const { central, local } = headersOf(copy, name);
  view.setUint32(central + 24, size, true);
  view.setUint32(local + 22, size, true);
  return copy;
}

/** Deterministic pseudo-random bytes, so a failing case can be reproduced. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function partText(xlsx: Uint8Array, name: string): string {
  const part = unzipSync(xlsx)[name];
  if (part === undefined) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

// ---------------------------------------------------------------------------------------------------

describe('cell references', () => {
  it('convert column letters and indexes up to XFD', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(['A', 'z', 'AA', 'ZZ', 'AAA', 'XFD'].map(columnIndex)).toEqual([0, 25, 26, 701, 702, 16383]);
    expect(['', 'XFE', 'AAAA', 'A1', 'É'].map(columnIndex)).toEqual([-1, -1, -1, -1, -1]);
    for (let i = 0; i < 16384; i += 1) expect(columnIndex(columnLetters(i))).toBe(i);
  });

  it('parse cell references within the grid only', () => {
    expect(parseCellReference('C7')).toEqual({ row: 6, column: 2 });
    expect(parseCellReference('XFD1048576')).toEqual({ row: 1048575, column: 16383 });
    expect(parseCellReference('A0')).toBeNull();
    expect(parseCellReference('A1048577')).toBeNull();
    expect(parseCellReference('XFE1')).toBeNull();
    expect(parseCellReference('7C')).toBeNull();
  });
});

describe('the XML scanner', () => {
  function events(feed: (scanner: XmlScanner) => void): string[] {
    const seen: string[] = [];
    const recorder: XmlEvents = {
      open: (name, attributes) => seen.push(`<${name}${[...attributes].map(([k, v]) => ` ${k}=${v}`).join('')}>`),
      close: (name) => seen.push(`</${name}>`),
      text: (value) => {
        // Text may arrive in pieces; join neighbours so chunking does not change the record.
        const last = seen.length - 1;
        const previous = seen[last];
        if (previous !== undefined && previous.startsWith('#')) seen[last] = `${previous}${value}`;
        else seen.push(`#${value}`);
      },
    };
    const scanner = new XmlScanner(recorder);
    feed(scanner);
    scanner.end();
    return seen;
  }

  const document =
    '<?xml version="1.0"?>\n<!-- a comment with <tags> -->\n<x:root xmlns:x="urn:x" a=\'1 > 0\' b="&quot;q&quot;">' +
    '<x:c r="A1" t="s"/><t xml:space="preserve"> a &amp; b &#x41;&#66; </t><v><![CDATA[<raw> & ]]]></v><?pi data?><e  ></e ></x:root>\n';

  it('reports elements, attributes and decoded text', () => {
    expect(events((s) => s.write(document))).toEqual([
      '<root xmlns:x=urn:x a=1 > 0 b="q">',
      '<c r=A1 t=s>',
      '</c>',
      '<t xml:space=preserve>',
      '# a & b AB ',
      '</t>',
      '<v>',
      '#<raw> & ]',
      '</v>',
      '<e>',
      '</e>',
      '</root>',
    ]);
  });

  it('gives the same result however the input is cut into chunks', () => {
    const whole = events((s) => s.write(document));
    expect(events((s) => [...document].forEach((c) => s.write(c)))).toEqual(whole);
    for (const size of [2, 3, 5, 7, 11]) {
      expect(events((s) => {
        for (let at = 0; at < document.length; at += size) s.write(document.slice(at, at + size));
      })).toEqual(whole);
    }
  });

  it('stays linear when huge text, tags and comments arrive in small chunks', () => {
    const huge = 'x'.repeat(6 * 1024 * 1024);
    const document = `<a><!--${huge}--><b v="${huge}">${huge}</b></a${' '.repeat(1024 * 1024)}>`;
    const started = Date.now();
    const seen = events((s) => {
      for (let at = 0; at < document.length; at += 512) s.write(document.slice(at, at + 512));
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(seen.map((e) => e.length)).toEqual([3, huge.length + 6, huge.length + 1, 4, 4]);
  });

  it('refuses malformed documents', () => {
    for (const bad of ['<a><b></a></b>', '<a>', '<a></a><b></b>', 'text<a/>', '<a b="1></a>', '<a b=1/>', '<!DOCTYPE a [<!ENTITY x "y">]><a/>', '', '<a><!-- open</a>', '<a b="1" b="2"/>']) {
      expect(errorOf(() => events((s) => s.write(bad))).code, bad).toBe('damaged');
    }
  });
});

describe('reading Excel-like workbooks', () => {
  const excelSharedStrings =
    `${declaration}<sst xmlns="${mainNs}" count="7" uniqueCount="6">` +
    '<si><t>Indicator</t></si>' +
    '<si><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t>Foreign</t></r>' +
    '<r><rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t xml:space="preserve">-born residents</t></r></si>' +
    '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
    '<si><t xml:space="preserve">  padded &amp; &lt;tagged&gt; &quot;q&quot; &apos;a&apos; </t></si>' +
    '<si><t>Line one_x000D_\nLine two&#10;Line three</t></si>' +
    '<si><t>اللاجئون</t></si>' +
    '</sst>';

  const excelSheet = excelWorksheet(
    '<sheetData>' +
      '<row r="1" spans="1:4" x14ac:dyDescent="0.35"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
      '<c r="C1" t="inlineStr"><is><t>Inline</t></is></c><c r="D1" t="str"><f>UPPER("total")</f><v>TOTAL</v></c></row>' +
      '<row r="2" spans="1:4" x14ac:dyDescent="0.35"><c r="A2" s="1"><v>2023</v></c><c r="B2"><v>0.125</v></c><c r="C2" t="b"><v>1</v></c>' +
      '<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
      '<row r="4" spans="1:4" x14ac:dyDescent="0.35"><c r="B4" t="n"><v>-1.5E+3</v></c><c r="C4" s="2"/><c r="D4" t="b"><v>0</v></c></row>' +
      '<row r="5" spans="1:27" x14ac:dyDescent="0.35"><c r="A5" t="s"><v>2</v></c><c r="AA5"><v>42</v></c></row>' +
      '<row r="6" spans="1:4" x14ac:dyDescent="0.35"><c r="A6" s="3"><v>45292</v></c><c r="B6" t="s"><v>3</v></c><c r="C6" t="s"><v>4</v></c><c r="D6" t="s"><v>5</v></c></row>' +
      '<row r="8" spans="1:4" x14ac:dyDescent="0.35"><c r="A8" s="1"/><c r="B8" t="str"><f>A1&amp;""</f></c></row>' +
      '</sheetData>',
  );

  it('reads shared, rich, phonetic, inline and formula strings, numbers, booleans, errors and gaps', () => {
    const sheet = readXlsx(singleSheetPackage(excelSheet, excelSharedStrings));
    expect(sheet.name).toBe('Data');
    const sparseRow: CellValue[] = ['東京', ...Array<null>(25).fill(null), 42];
    expect(sheet.rows).toEqual([
      ['Indicator', 'Foreign-born residents', 'Inline', 'TOTAL'],
      [2023, 0.125, true],
      [],
      [null, -1500, null, false],
      sparseRow,
      [45292, '  padded & <tagged> "q" \'a\' ', 'Line one\r\nLine two\nLine three', 'اللاجئون'],
    ]);
  });

  it('reads LibreOffice-style cells: attributes in any order and quote style, self-closing, no r', () => {
    const sheet =
      `<?xml version='1.0' encoding='UTF-8'?>\n<worksheet xmlns='${mainNs}' xmlns:r='${relNs}'>\n<sheetData>\n` +
      `  <row r='1' customFormat='false' ht='12.8' hidden='false'>\n    <c t='s' s='0' r='A1'><v>0</v></c>\n    <c r="B1"/>\n    <c s="0" t="n" r="C1"><v>7</v></c>\n  </row>\n` +
      '  <row><c><v>1</v></c><c><v>2</v></c><c r="E2"><v>5</v></c><c><v>6</v></c></row>\n' +
      '  <row r="5"><c t="inlineStr"><is><t>x</t></is></c></row>\n  <row><c><v>3</v></c></row>\n' +
      '</sheetData>\n</worksheet>\n';
    const strings = `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${mainNs}" count="1" uniqueCount="1"><si><t xml:space="preserve">Ville</t></si></sst>`;
    expect(readXlsx(singleSheetPackage(sheet, strings)).rows).toEqual([['Ville', null, 7], [1, 2, null, null, 5, 6], [], [], ['x'], [3]]);
  });

  it('reads namespace-prefixed parts, entities, CDATA and escaped underscores', () => {
    const sheet =
      `${declaration}<x:worksheet xmlns:x="${mainNs}"><x:sheetData><x:row r="1">` +
      '<x:c r="A1" t="inlineStr"><x:is><x:t>&#x41;&#66;&amp;&apos;&quot;&lt;&gt;&#10;</x:t></x:is></x:c>' +
      '<x:c r="B1" t="str"><x:v><![CDATA[<b>&amp;</b>]]></x:v></x:c>' +
      '<x:c r="C1" t="inlineStr"><x:is><x:t>_x005F_x0041_ and _x0041_ and _x0009_</x:t></x:is></x:c>' +
      '<x:c r="D1" t="inlineStr"><x:is><x:r><x:t>rich </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>inline</x:t></x:r></x:is></x:c>' +
      '</x:row></x:sheetData></x:worksheet>';
    expect(readXlsx(singleSheetPackage(sheet)).rows).toEqual([['AB&\'"<>\n', '<b>&amp;</b>', '_x0041_ and A and \t', 'rich inline']]);
  });

  it('follows the workbook for sheet order and resolves absolute and relative targets', () => {
    const sheetWith = (value: string) => excelWorksheet(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${value}</t></is></c></row></sheetData>`);
    const xlsx = zipParts({
      '[Content_Types].xml': contentTypes,
      '_rels/.rels': rootRels,
      'xl/worksheets/sheet1.xml': sheetWith('from sheet1.xml'),
      'xl/worksheets/sheet2.xml': sheetWith('from sheet2.xml'),
      'xl/worksheets/sheet3.xml': sheetWith('from sheet3.xml'),
      'xl/chartsheets/sheet1.xml': `${declaration}<chartsheet xmlns="${mainNs}"/>`,
      'xl/workbook.xml': excelWorkbook([
        ['Résumé &amp; notes', 'rId7'],
        ['Chart', 'rId9'],
        ['First file', 'rId5'],
        ['Third', 'rId2'],
      ]),
      'xl/_rels/workbook.xml.rels': excelWorkbookRels([
        ['rId5', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId7', 'worksheet', '/xl/worksheets/sheet2.xml'],
        ['rId2', 'worksheet', './worksheets/../worksheets/sheet3.xml'],
        ['rId9', 'chartsheet', 'chartsheets/sheet1.xml'],
      ]),
    });
    expect(listSheets(xlsx)).toEqual(['Résumé & notes', 'First file', 'Third']);
    expect(readXlsx(xlsx)).toEqual({ name: 'Résumé & notes', rows: [['from sheet2.xml']] });
    expect(readXlsx(xlsx, { sheet: 'First file' }).rows).toEqual([['from sheet1.xml']]);
    expect(readXlsx(xlsx, { sheet: 'third' }).rows).toEqual([['from sheet3.xml']]);
    const missing = errorOf(() => readXlsx(xlsx, { sheet: 'Chart' }));
    expect(missing.code).toBe('damaged');
    expect(missing.message).toContain('"Chart"');
  });

  it('reads a zip whose sizes are in trailing data descriptors, as streaming writers make them', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    const add = (name: string, text: string) => {
      const file = new ZipDeflate(name, { level: 6 });
      zip.add(file);
      file.push(strToU8(text), true);
    };
    add('[Content_Types].xml', contentTypes);
    add('_rels/.rels', rootRels);
    add('xl/workbook.xml', excelWorkbook([['Streamed', 'rId1']]));
    add('xl/_rels/workbook.xml.rels', excelWorkbookRels([['rId1', 'worksheet', 'worksheets/sheet1.xml']]));
    add('xl/worksheets/sheet1.xml', excelWorksheet('<sheetData><row r="1"><c r="A1"><v>3.5</v></c></row></sheetData>'));
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    expect(readXlsx(bytes)).toEqual({ name: 'Streamed', rows: [[3.5]] });
  });

  it('returns no rows for an empty sheet and keeps dates as serial numbers', () => {
    expect(readXlsx(singleSheetPackage(excelWorksheet('<sheetData/>'))).rows).toEqual([]);
    const dated = excelWorksheet('<sheetData><row r="1"><c r="A1" s="5"><v>45658.5</v></c><c r="B1" t="d"><v>2025-01-01T12:00:00</v></c></row></sheetData>');
    expect(readXlsx(singleSheetPackage(dated)).rows).toEqual([[45658.5, '2025-01-01T12:00:00']]);
  });
});

describe('cells formatted as percentages', () => {
  const styles =
    `${declaration}<styleSheet xmlns="${mainNs}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="&quot;%&quot;0.0"/></numFmts>` +
    '<fonts count="1"><font><sz val="11"/></font></fonts>' +
    '<cellStyleXfs count="1"><xf numFmtId="9"/></cellStyleXfs>' +
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/><xf numFmtId="10"/></cellXfs></styleSheet>';
  const sheet = excelWorksheet(
    '<sheetData><row r="1"><c r="A1"><v>0.455</v></c><c r="B1" s="1"><v>0.455</v></c><c r="C1" s="2"><v>0.0731</v></c><c r="D1" s="3"><v>0.5</v></c><c r="E1" s="4"><v>1</v></c></row></sheetData>',
  );
  const bytes = singleSheetPackage(sheet, undefined, { 'xl/styles.xml': styles });

  it('are read as shown (45.5 for a cell showing 45.5 %) when asked, and as stored otherwise', () => {
    expect(readXlsx(bytes, { percentAsShown: true }).rows).toEqual([[0.455, 45.5, 7.31, 0.5, 100]]);
    expect(readXlsx(bytes).rows).toEqual([[0.455, 0.455, 0.0731, 0.5, 1]]);
  });
});

describe('hostile and broken files', () => {
  const simpleSheet = excelWorksheet('<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c><c r="C2"><v>6</v></c></row></sheetData>');
  const good = singleSheetPackage(simpleSheet);

  it('reads the untouched control file', () => {
    expect(readXlsx(good).rows).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('says not_xlsx for text, random bytes, empty input, zips without a workbook and other Office files', () => {
    expect(errorOf(() => readXlsx(strToU8('Indicator;Value\nPopulation;1200\n'))).code).toBe('not_xlsx');
    expect(errorOf(() => readXlsx(pseudoRandomBytes(4096, 7))).code).toBe('not_xlsx');
    expect(errorOf(() => readXlsx(new Uint8Array(0))).code).toBe('not_xlsx');
    expect(errorOf(() => listSheets(zipParts({ 'readme.txt': 'hello', 'data/sheet1.xml': '<a/>' }))).code).toBe('not_xlsx');
    const docx = zipParts({
      '_rels/.rels': `${declaration}<Relationships xmlns="${pkgRelNs}"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="word/document.xml"/></Relationships>`,
      'word/document.xml': `${declaration}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`,
    });
    expect(errorOf(() => readXlsx(docx)).code).toBe('not_xlsx');
    const xlsb = zipParts({
      '_rels/.rels': `${declaration}<Relationships xmlns="${pkgRelNs}"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
      'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00]),
    });
    expect(errorOf(() => readXlsx(xlsb)).code).toBe('not_xlsx');
  });

  it('says encrypted for OLE compound files and asks for an unprotected copy', () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = errorOf(() => readXlsx(cfb));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/unprotected/);
    expect(errorOf(() => listSheets(cfb)).code).toBe('encrypted');
  });

  it('says encrypted for zip entries encrypted with a password', () => {
    const copy = good.slice();
    const { central } = headersOf(copy, 'xl/worksheets/sheet1.xml');
    new DataView(copy.buffer).setUint16(central + 8, 1, true);
    expect(errorOf(() => readXlsx(copy)).code).toBe('encrypted');
  });

  it('says too_large for a file over the size limit', () => {
    const limits: XlsxLimits = { ...defaultXlsxLimits, maxFileBytes: good.length - 1 };
    expect(errorOf(() => readXlsx(good, { limits })).code).toBe('too_large');
    expect(readXlsx(good, { limits: { ...limits, maxFileBytes: good.length } }).rows).toHaveLength(2);
  });

  // 24 MB of zeros deflates to about 24 KB: a ratio near 1000.
  const bomb = singleSheetPackage(simpleSheet, undefined, { 'xl/worksheets/sheet1.xml': new Uint8Array(24 * 1024 * 1024) });

  it('says too_large for a compression bomb that declares its size honestly', () => {
    expect(bomb.length).toBeLessThan(100_000);
    expect(errorOf(() => readXlsx(bomb)).code).toBe('too_large');
  });

  it('says too_large for a bomb that lies about its size, by counting what it inflates', () => {
    for (const declared of [100, 1_000_000]) {
      expect(errorOf(() => readXlsx(withDeclaredSize(bomb, 'xl/worksheets/sheet1.xml', declared))).code).toBe('too_large');
    }
  });

  it('says too_large for a declared size beyond the limits, before inflating anything', () => {
    expect(errorOf(() => readXlsx(withDeclaredSize(good, 'xl/worksheets/sheet1.xml', 0xfffffff0))).code).toBe('too_large');
  });

  it('says damaged when a part inflates to a size other than declared, within the limits', () => {
    expect(errorOf(() => readXlsx(withDeclaredSize(good, 'xl/worksheets/sheet1.xml', 100))).code).toBe('damaged');
  });

  it('says too_large when the parts together exceed the uncompressed budget', () => {
    const sheetSize = strToU8(simpleSheet).length;
    expect(errorOf(() => readXlsx(good, { limits: { ...defaultXlsxLimits, maxUncompressedBytes: sheetSize } })).code).toBe('too_large');
  });

  it('says too_large past the cell limit, counting gaps inside rows', () => {
    expect(readXlsx(good, { limits: { ...defaultXlsxLimits, maxCells: 6 } }).rows).toHaveLength(2);
    expect(errorOf(() => readXlsx(good, { limits: { ...defaultXlsxLimits, maxCells: 5 } })).code).toBe('too_large');
    const far = singleSheetPackage(excelWorksheet('<sheetData><row r="1"><c r="Z1"><v>1</v></c></row></sheetData>'));
    expect(errorOf(() => readXlsx(far, { limits: { ...defaultXlsxLimits, maxCells: 25 } })).code).toBe('too_large');
    expect(readXlsx(far, { limits: { ...defaultXlsxLimits, maxCells: 26 } }).rows[0]).toHaveLength(26);
  });

  it('says damaged for malformed XML in any part', () => {
    const broken = [
      singleSheetPackage(excelWorksheet('<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>')),
      singleSheetPackage(simpleSheet.slice(0, simpleSheet.length - 40)),
      singleSheetPackage(excelWorksheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>').replace('<sheetData>', '<!DOCTYPE lol [<!ENTITY lol "lol">]><sheetData>')),
      singleSheetPackage(simpleSheet, '<sst xmlns="x"><si><t>unclosed</si></sst>'),
      singleSheetPackage(simpleSheet, undefined, { 'xl/workbook.xml': '<workbook><sheets><sheet name="Data" r:id="rId1"></sheets></workbook>' }),
    ];
    for (const xlsx of broken) expect(errorOf(() => readXlsx(xlsx)).code).toBe('damaged');
  });

  it('says damaged for impossible cell contents', () => {
    const cells = ['<c r="A0"><v>1</v></c>', '<c r="XFE1"><v>1</v></c>', '<c r="A1"><v>12abc</v></c>', '<c r="A1" t="b"><v>yes</v></c>', '<c r="A1" t="zz"><v>1</v></c>'];
    for (const cell of cells) {
      const xlsx = singleSheetPackage(excelWorksheet(`<sheetData><row r="1">${cell}</row></sheetData>`));
      expect(errorOf(() => readXlsx(xlsx)).code, cell).toBe('damaged');
    }
  });

  it('says damaged for shared strings referenced but missing, or out of range', () => {
    const usesShared = excelWorksheet('<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row></sheetData>');
    expect(errorOf(() => readXlsx(singleSheetPackage(usesShared))).code).toBe('damaged');
    const oneString = `<sst xmlns="${mainNs}"><si><t>only</t></si></sst>`;
    expect(errorOf(() => readXlsx(singleSheetPackage(usesShared, oneString))).code).toBe('damaged');
  });

  it('says damaged for a worksheet or relationship the workbook refers to but the zip lacks', () => {
    const noSheet = zipParts({
      '_rels/.rels': rootRels,
      'xl/workbook.xml': excelWorkbook([['Data', 'rId1']]),
      'xl/_rels/workbook.xml.rels': excelWorkbookRels([['rId1', 'worksheet', 'worksheets/sheet9.xml']]),
    });
    expect(listSheets(noSheet)).toEqual(['Data']);
    expect(errorOf(() => readXlsx(noSheet)).code).toBe('damaged');
    const noRels = zipParts({ '_rels/.rels': rootRels, 'xl/workbook.xml': excelWorkbook([['Data', 'rId1']]) });
    expect(errorOf(() => listSheets(noRels)).code).toBe('damaged');
  });

  it('says damaged for a cut-off file and for corrupted compressed data', () => {
    expect(errorOf(() => readXlsx(good.subarray(0, Math.floor(good.length / 2)))).code).toBe('damaged');
    const corrupted = good.slice();
    const { local } = headersOf(corrupted, 'xl/worksheets/sheet1.xml');
    for (let i = 60; i < 70; i += 1) corrupted[local + i] = (corrupted[local + i] ?? 0) ^ 0x5a;
    expect(errorOf(() => readXlsx(corrupted)).code).toBe('damaged');
  });

  it('throws nothing but XlsxError, whatever bytes of a real file are changed', () => {
    const codes = new Set<string>();
    const random = pseudoRandomBytes(3000, 42);
    for (let trial = 0; trial < 1000; trial += 1) {
      const copy = good.slice();
      const position = ((random[trial] ?? 0) * 256 + (random[trial + 1000] ?? 0)) % copy.length;
      copy[position] = random[trial + 2000] ?? 0;
      try {
        readXlsx(copy);
        codes.add('read');
      } catch (error) {
        expect(error).toBeInstanceOf(XlsxError);
        if (error instanceof XlsxError) codes.add(error.code);
      }
    }
    expect(codes.has('damaged')).toBe(true);
  });
});

describe('the memory a workbook may take', () => {
  /** A shared string table of the given entries, and a sheet whose column A refers to the first `used` of them. */
  const withStrings = (entries: string[], used: number) =>
    singleSheetPackage(
      excelWorksheet(`<sheetData>${Array.from({ length: used }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join('')}</sheetData>`),
      `${declaration}<sst xmlns="${mainNs}" count="${entries.length}" uniqueCount="${entries.length}">${entries.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`,
    );
  const limitsWith = (change: Partial<XlsxLimits>): XlsxLimits => ({ ...defaultXlsxLimits, ...change });

  it('counts every character of the shared string table, used or not, against the text budget', () => {
    const entries = Array.from({ length: 50 }, (_, i) => `${'x'.repeat(28)}${String(i).padStart(2, '0')}`);
    const workbook = withStrings(entries, 2);
    expect(readXlsx(workbook, { limits: limitsWith({ maxTextCharacters: 1500 }) }).rows).toEqual([[entries[0]], [entries[1]]]);
    const refused = errorOf(() => readXlsx(workbook, { limits: limitsWith({ maxTextCharacters: 1499 }) }));
    expect(refused.code).toBe('too_large');
    expect(refused.message).toMatch(/more text than can be imported at once/);
  });

  it('counts rich-text runs and inline strings too, and refuses a table with too many entries', () => {
    const rich = singleSheetPackage(
      excelWorksheet('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>abc</t></r><r><t>def</t></r></is></c><c r="C1" t="str"><v>ghij</v></c></row></sheetData>'),
      `${declaration}<sst xmlns="${mainNs}"><si><r><t>12345</t></r><r><t>67890</t></r></si></sst>`,
    );
    expect(readXlsx(rich, { limits: limitsWith({ maxTextCharacters: 20 }) }).rows).toEqual([['1234567890', 'abcdef', 'ghij']]);
    expect(errorOf(() => readXlsx(rich, { limits: limitsWith({ maxTextCharacters: 19 }) })).code).toBe('too_large');
    const many = withStrings(Array.from({ length: 30 }, (_, i) => `s${i}`), 1);
    expect(readXlsx(many, { limits: limitsWith({ maxSharedStrings: 30 }) }).rows).toEqual([['s0']]);
    expect(errorOf(() => readXlsx(many, { limits: limitsWith({ maxSharedStrings: 29 }) })).code).toBe('too_large');
  });

  it('keeps at most Excel’s 32,767 characters of a string', () => {
    const long = 'ب'.repeat(40_000);
    const rows = readXlsx(withStrings([long], 1)).rows;
    expect(rows[0]?.[0]).toBe('ب'.repeat(32_767));
  });

  it('refuses a generated hostile workbook within the file limits — more shared strings than the budget — before reading its sheet', () => {
    // 2,000,001 entries: 34 MB of XML, stored rather than deflated (so no compression ratio to refuse),
    // within the file size and inflate limits.
    const sst = `${declaration}<sst xmlns="${mainNs}">${'<si><t>a</t></si>'.repeat(defaultXlsxLimits.maxSharedStrings + 1)}</sst>`;
    const workbook = zipSync(
      {
        '[Content_Types].xml': strToU8(contentTypes),
        '_rels/.rels': strToU8(rootRels),
        'xl/workbook.xml': strToU8(excelWorkbook([['Data', 'rId1']])),
        'xl/_rels/workbook.xml.rels': strToU8(excelWorkbookRels([['rId1', 'worksheet', 'worksheets/sheet1.xml'], ['rId2', 'sharedStrings', 'sharedStrings.xml']])),
        'xl/worksheets/sheet1.xml': strToU8(excelWorksheet('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>')),
        'xl/sharedStrings.xml': [strToU8(sst), { level: 0 }],
      },
      { level: 6 },
    );
    expect(workbook.length).toBeLessThan(defaultXlsxLimits.maxFileBytes);
    const refused = errorOf(() => readXlsx(workbook));
    expect(refused).toMatchObject({ code: 'too_large', message: expect.stringMatching(/more text than can be imported/) });
    // A preview reads the rows it shows and only the strings they use: it still works.
    expect(readXlsx(workbook, { maxRows: 40 }).rows).toEqual([['a']]);
  }, 30_000);

  it('reads only the first rows for a preview, and of the shared strings only those they use', () => {
    const entries = Array.from({ length: 200 }, (_, i) => `entry ${i}`);
    const sheet = excelWorksheet(
      `<sheetData>${Array.from({ length: 100 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${199 - i}</v></c><c r="B${i + 1}"><v>${i}</v></c></row>`).join('')}</sheetData>`,
    );
    const workbook = singleSheetPackage(sheet, `${declaration}<sst xmlns="${mainNs}">${entries.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`);
    const preview = readXlsx(workbook, { maxRows: 3, limits: limitsWith({ maxTextCharacters: 30 }) });
    expect(preview.rows).toEqual([
      ['entry 199', 0],
      ['entry 198', 1],
      ['entry 197', 2],
    ]);
    expect(errorOf(() => readXlsx(workbook, { limits: limitsWith({ maxTextCharacters: 30 }) })).code).toBe('too_large');
    expect(readXlsx(workbook).rows).toHaveLength(100);
  });
});

describe('writing workbooks', () => {
  const wideHeader = Array.from({ length: 30 }, (_, i) => `Column ${columnLetters(i)}`);
  const wideRow = Array.from({ length: 30 }, (_, i) => i * 1.5);
  const rows: CellValue[][] = [
    ['Name', 'Value', 'Flag', 'Note'],
    ['الدار البيضاء', 3752357, true, 'مدينة'],
    ['Fès & <Meknès> "quoted" \'single\'', -0.000125, false, 'line one\nline two\r\nline three\ttabbed'],
    ['  padded  ', 1e21, null, '=SUM(A1:A2)'],
    [],
    [null, 123456789012345, Number.MAX_SAFE_INTEGER, '_x0041_ stays literal'],
    ['', -42, 0, '@cmd'],
  ];

  it('round-trips strings, numbers, booleans and gaps', () => {
    const xlsx = writeXlsx([{ name: 'Table', rows }]);
    expect(readXlsx(xlsx)).toEqual({
      name: 'Table',
      rows: [
        ['Name', 'Value', 'Flag', 'Note'],
        ['الدار البيضاء', 3752357, true, 'مدينة'],
        ['Fès & <Meknès> "quoted" \'single\'', -0.000125, false, 'line one\nline two\r\nline three\ttabbed'],
        ['  padded  ', 1e21, null, '=SUM(A1:A2)'],
        [],
        [null, 123456789012345, Number.MAX_SAFE_INTEGER, '_x0041_ stays literal'],
        ['', -42, 0, '@cmd'],
      ],
    });
  });

  it('leaves holes and undefined entries of sparse rows empty', () => {
    const holey: CellValue[] = ['a'];
    holey[2] = 'c';
    // Spreading turns the hole into an undefined entry, which forEach would not skip.
    const withUndefined = [...holey];
    expect(readXlsx(writeXlsx([{ name: 'S', rows: [holey, withUndefined] }])).rows).toEqual([
      ['a', null, 'c'],
      ['a', null, 'c'],
    ]);
    expect(partText(writeXlsx([{ name: 'S', rows: [withUndefined] }]), 'xl/worksheets/sheet1.xml')).not.toContain('undefined');
  });

  it('writes values only, never formulas, with row 1 in bold', () => {
    const xlsx = writeXlsx([{ name: 'Table', rows }]);
    const sheet = partText(xlsx, 'xl/worksheets/sheet1.xml');
    expect(sheet).not.toMatch(/<f[\s>]/);
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t>Name</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>3752357</v></c>');
    expect(sheet).toContain('<c r="C2" t="b"><v>1</v></c>');
    expect(sheet).toContain('<t>=SUM(A1:A2)</t>');
    expect(sheet).toContain('<t xml:space="preserve">  padded  </t>');
    expect(sheet).toContain('line two&#13;\nline three');
    expect(sheet).toContain('<dimension ref="A1:D7"/>');
    expect(sheet).not.toContain('<row r="5"');
    expect(partText(xlsx, 'xl/styles.xml')).toContain('<font><b/>');
  });

  it('round-trips many columns past Z and AA, and two sheets in order', () => {
    const xlsx = writeXlsx([
      { name: 'Wide', rows: [wideHeader, wideRow] },
      { name: 'Second', rows: [['only']] },
    ]);
    expect(listSheets(xlsx)).toEqual(['Wide', 'Second']);
    const wide = readXlsx(xlsx);
    expect(wide.rows).toEqual([wideHeader, wideRow]);
    expect(wide.rows[0]?.[27]).toBe('Column AB');
    expect(partText(xlsx, 'xl/worksheets/sheet1.xml')).toContain('<c r="AD2"><v>43.5</v></c>');
    expect(readXlsx(xlsx, { sheet: 'Second' }).rows).toEqual([['only']]);
  });

  it('marks right-to-left sheets and writes column widths', () => {
    const xlsx = writeXlsx([
      { name: 'English', rows: [['a']], columnWidths: [20, 0, 12.3456, Number.NaN, 999] },
      { name: 'العربية', rows: [['ب']], rightToLeft: true },
    ]);
    const first = partText(xlsx, 'xl/worksheets/sheet1.xml');
    const second = partText(xlsx, 'xl/worksheets/sheet2.xml');
    expect(first).not.toContain('rightToLeft');
    expect(second).toContain('<sheetView rightToLeft="1" workbookViewId="0"/>');
    expect(first).toContain(
      '<cols><col min="1" max="1" width="20" customWidth="1"/><col min="3" max="3" width="12.35" customWidth="1"/><col min="5" max="5" width="255" customWidth="1"/></cols>',
    );
    expect(second).not.toContain('<cols>');
    expect(readXlsx(xlsx, { sheet: 'العربية' }).rows).toEqual([['ب']]);
  });

  it('makes sheet names acceptable to Excel and unique', () => {
    const names = ['Data [2024]: a/b?', 'DATA [2024]: A/B?', '', 'x'.repeat(40), 'History', "'quoted'", 'y'.repeat(31), `${'y'.repeat(31)}`, 'a\u0001b*c\\d'];
    const xlsx = writeXlsx(names.map((name) => ({ name, rows: [] })));
    expect(listSheets(xlsx)).toEqual([
      'Data -2024-- a-b-',
      'DATA -2024-- A-B- (2)',
      'Sheet3',
      'x'.repeat(31),
      'History (2)',
      'quoted',
      'y'.repeat(31),
      `${'y'.repeat(27)} (2)`,
      'ab-c-d',
    ]);
    for (const name of listSheets(xlsx)) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('strips characters XML cannot carry and truncates cells to Excel’s limit', () => {
    const xlsx = writeXlsx([{ name: 'S', rows: [['a\u0000b\u0008c\u000bd\u001fe\ufffff', 'lone \ud800 surrogate', 'pair 😀 kept', 'z'.repeat(40_000)]] }]);
    const [first] = readXlsx(xlsx).rows;
    expect(first?.slice(0, 3)).toEqual(['abcdef', 'lone  surrogate', 'pair 😀 kept']);
    expect(first?.[3]).toBe('z'.repeat(32_767));
  });

  it('is deterministic and has the parts of a minimal package', () => {
    const first = writeXlsx([{ name: 'Table', rows }]);
    expect(writeXlsx([{ name: 'Table', rows }])).toEqual(first);
    expect(Object.keys(unzipSync(first))).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(partText(first, '[Content_Types].xml')).toContain('<Override PartName="/xl/worksheets/sheet1.xml"');
    // Every part must be well-formed for Excel to open the file at all.
    for (const [name, part] of Object.entries(unzipSync(first))) {
      const scanner = new XmlScanner({ open: () => {}, close: () => {}, text: () => {} });
      scanner.write(strFromU8(part));
      expect(() => scanner.end(), name).not.toThrow();
    }
  });

  it('writes one empty sheet when given none, and refuses tables beyond the grid', () => {
    const empty = writeXlsx([]);
    expect(listSheets(empty)).toEqual(['Sheet1']);
    expect(readXlsx(empty).rows).toEqual([]);
    expect(errorOf(() => writeXlsx([{ name: 'Wide', rows: [Array<null>(16_385).fill(null)] }])).code).toBe('too_large');
  });

  it('streams: a large sheet leaves in pieces as its rows are added, long before the workbook is finished', () => {
    const chunks: Uint8Array[] = [];
    let handedOut = 0;
    const writer = new WorkbookWriter(
      (chunk) => {
        chunks.push(chunk);
        handedOut += chunk.length;
      },
      [{ name: 'Stream' }, { name: 'Second' }, { name: 'Never reached' }],
    );
    const rows: CellValue[][] = [['id', 'text', 'value']];
    for (let i = 1; i <= 40_000; i += 1) rows.push([i, `مدينة ${i} & <${i % 97}>`, i / 3]);
    let outBefore = 0;
    rows.forEach((row, index) => {
      writer.addRow(row);
      if (index === 20_000) outBefore = handedOut;
    });
    const beforeFinish = handedOut;
    writer.nextSheet();
    writer.addRow(['second']);
    writer.finish();
    writer.finish();
    // Half-way through, pieces of the sheet have already gone out; at the end only the tail is left.
    expect(outBefore).toBeGreaterThan(0.3 * beforeFinish);
    expect(beforeFinish).toBeGreaterThan(0.9 * handedOut);
    const bytes = new Uint8Array(handedOut);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    expect(listSheets(bytes)).toEqual(['Stream', 'Second', 'Never reached']);
    expect(readXlsx(bytes).rows).toEqual(rows);
    expect(readXlsx(bytes, { sheet: 'Second' }).rows).toEqual([['second']]);
    expect(readXlsx(bytes, { sheet: 'Never reached' }).rows).toEqual([]);
    // The used range is not known while streaming: the optional <dimension> is left out.
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).not.toContain('<dimension');
    expect(() => writer.addRow(['late'])).toThrow(/finished/);
  });

  it('round-trips a large table across many inflate and decode chunks', () => {
    const big: CellValue[][] = [['id', 'city', 'value', 'flag']];
    for (let i = 1; i <= 20_000; i += 1) big.push([i, i % 3 === 0 ? `مدينة ${i}` : `City & <${i}>`, i / 7, i % 2 === 0]);
    expect(readXlsx(writeXlsx([{ name: 'Big', rows: big }])).rows).toEqual(big);
  });
});
