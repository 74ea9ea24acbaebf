import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as csvParse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFields } from '../../shared/domain/observation-import';
import { repoRoot, tempDir } from '../support/temp-core';

/**
 * The XLSX export, read by an independent reader (exceljs, test-only), must hold exactly what the
 * CSV export of the same data holds, cell for cell: same rows in the same order, the same text, the
 * numbers as numbers. Driven through the command line only, so a rewrite of the writer (streaming,
 * another zip library) is checked the same way.
 */

const folder = tempDir('focal-xlsx-exceljs-');
const dataDir = join(folder.dir, 'data');
afterAll(() => folder.remove());

function focal(...args: string[]): string {
  return execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), ...args, '--data', dataDir], { encoding: 'utf8' });
}

/** Rows a spreadsheet user would notice going wrong: formulas, quotes and line breaks, Arabic, decimals, small and confidential counts. */
const awkwardRows = [
  'indicator,period,area,value,source,note,flags',
  'POP_TOTAL,2030,"=HYPERLINK(""http://example.org"")",5,+Register,"@first line, with ""quotes""\nsecond line",',
  'POP_TOTAL,2030,Médina,123456,Register,"نسبة الأجانب — Réfugiés à Tunis",estimate',
  'POP_TOTAL,2030,,123461,Register,-total,',
  // The importer trims the tab; the note still tests a delimiter that appears on one line only.
  'MIG_FOREIGN_SHARE,2030,,45.5,Census,\tindented note,provisional',
  'GOV_BUDGET,2030,,1234567.89,Budget 2030,,',
  'HOU_EMERGENCY_SHELTER,2030,,42,Shelter register,,confidential',
  `EDU_LANG_COURSES,2030,,17,Register,"${'ملاحظة طويلة '.repeat(60).trim()}",`,
].join('\n');

let csvRows: string[][] = [];
let xlsxRows: unknown[][] = [];

beforeAll(async () => {
  focal('demo');
  // A district whose code a spreadsheet would run as a formula (the sample city's own are plain).
  focal('districts', 'add', '=HYPERLINK("http://example.org")');
  const extra = join(folder.dir, 'awkward.csv');
  writeFileSync(extra, awkwardRows);
  focal('observations', 'import', extra);
  const csvFile = join(folder.dir, 'export.csv');
  const xlsxFile = join(folder.dir, 'export.xlsx');
  focal('observations', 'export', '--out', csvFile);
  focal('observations', 'export', '--out', xlsxFile);

  const parsed: unknown = csvParse(readFileSync(csvFile), { bom: true, relax_column_count: false });
  if (!Array.isArray(parsed)) throw new Error('csv-parse gave no rows');
  csvRows = parsed.map((row: unknown) => (Array.isArray(row) ? row.map(String) : []));

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile);
  const sheets = workbook.worksheets;
  expect(sheets.map((s) => s.name)).toEqual(['observations']);
  const sheet = sheets[0];
  if (!sheet) throw new Error('no worksheet');
  xlsxRows = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    xlsxRows.push(Array.from({ length: importFields.length }, (_, c) => row.getCell(c + 1).value));
  }
}, 120_000);

/** A cell as the CSV writes it, or why it cannot be compared (a formula, rich text, a date object…). */
function asCsvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return `<not a plain value: ${JSON.stringify(value)}>`;
}

describe('the XLSX export read by exceljs', () => {
  it('holds the same rows as the CSV export, cell for cell', () => {
    expect(csvRows[0]).toEqual([...importFields]);
    // The sample city's six years and the awkward rows: enough to mean something.
    expect(csvRows.length).toBeGreaterThan(500);
    expect(xlsxRows).toHaveLength(csvRows.length);
    const differences: string[] = [];
    csvRows.forEach((csvRow, r) => {
      csvRow.forEach((text, c) => {
        const cell = asCsvText(xlsxRows[r]?.[c]);
        if (cell !== text) differences.push(`row ${r + 1}, ${importFields[c]}: XLSX ${JSON.stringify(cell)}, CSV ${JSON.stringify(text)}`);
      });
    });
    expect(differences.slice(0, 20)).toEqual([]);
  });

  it('keeps values as numbers a spreadsheet can add up, and everything else as text', () => {
    const valueColumn = importFields.indexOf('value');
    for (const [r, row] of xlsxRows.entries()) {
      if (r === 0) continue;
      row.forEach((cell, c) => {
        if (cell === null || cell === undefined) return;
        expect(typeof cell, `row ${r + 1}, ${importFields[c]}`).toBe(c === valueColumn ? 'number' : 'string');
      });
    }
  });

  it('carries the awkward rows through: formulas neutralised, line breaks, Arabic, decimals, suppression', () => {
    const rowsOf2030 = csvRows.filter((row) => row[1] === '2030');
    const byNote = (start: string) => rowsOf2030.find((row) => row[9]?.startsWith(start));
    // Text a spreadsheet would run as a formula starts with an apostrophe in both files.
    expect(rowsOf2030.find((row) => row[6]?.startsWith("'=HYPERLINK"))?.[6]).toBe('\'=HYPERLINK("http://example.org")');
    expect(byNote("'@first line")?.[9]).toBe('\'@first line, with "quotes"\nsecond line');
    expect(byNote("'@first line")?.[8]).toBe("'+Register");
    expect(byNote("'-total")?.[7]).toBe('123461');
    expect(byNote('indented')?.[7]).toBe('45.5');
    expect(rowsOf2030.find((row) => row[0] === 'GOV_BUDGET')?.[7]).toBe('1234567.89');
    // A count of 5 people is blanked and flagged, and so is the district that would give it away
    // (123461 − 123456); the confidential one is withheld.
    const small = rowsOf2030.find((row) => row[6]?.startsWith("'=HYPERLINK"));
    expect([small?.[7], small?.[10]]).toEqual(['', 'suppressed']);
    // The district was written by its French name; the export names it by its code.
    expect(byNote('نسبة الأجانب')?.slice(6)).toEqual(['MEDINA', '', 'Register', 'نسبة الأجانب — Réfugiés à Tunis', 'estimate;suppressed']);
    expect(rowsOf2030.find((row) => row[0] === 'HOU_EMERGENCY_SHELTER')?.slice(7)).toEqual(['', 'Shelter register', '', 'confidential']);
    expect(rowsOf2030.find((row) => row[0] === 'EDU_LANG_COURSES')?.[9]).toHaveLength('ملاحظة طويلة '.repeat(60).trim().length);
  });
});
