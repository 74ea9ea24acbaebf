import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { locateApp } from '../../electron/cli/app-root';
import { runCli } from '../../electron/cli/run-cli';
import { readCatalogueFiles } from '../../electron/core/catalogue/catalogue-files';
import { readXlsx } from '../../electron/core/files/xlsx';
import { exportTempName, exportTempWriter } from '../../electron/core/observations/export/export-file';
import { CsvParser } from '../../electron/core/observations/import/csv-parser';
import { openTestCore, resourcesDir, tempDir } from '../support/temp-core';

async function focal(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, locateApp(), { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A data folder with the city Tunis and the districts these tests' figures name. */
async function initCity(dataDir: string): Promise<void> {
  expect((await focal('init', '--data', dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN')).code).toBe(0);
  // Codes as written, Arabic and formula-like ones included: exports must carry them unchanged.
  const districts = ['Médina', 'المدينة العتيقة', '=1+2', '@A1', '＠A1', ...Array.from({ length: 400 }, (_, i) => `District ${i + 1}`)];
  expect((await focal('districts', 'add', '--data', dataDir, ...districts)).code).toBe(0);
}

const columns = ['indicator', 'period', 'sex', 'age', 'status', 'origin', 'area', 'value', 'source', 'note', 'flags'] as const;
const header = columns.join(',');

/** One exported line, by column name; `value` stays text ('' when blanked) so a blank is visible. */
type Line = Record<(typeof columns)[number], string>;

function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  const parser = new CsvParser(',', (fields) => records.push(fields));
  parser.push(text);
  parser.end();
  return records;
}

function linesOf(records: readonly (readonly string[])[]): Line[] {
  const [head, ...rest] = records;
  expect(head).toEqual(columns);
  return rest.map((cells) => {
    const cell = (name: (typeof columns)[number]) => cells[columns.indexOf(name)] ?? '';
    return {
      indicator: cell('indicator'),
      period: cell('period'),
      sex: cell('sex'),
      age: cell('age'),
      status: cell('status'),
      origin: cell('origin'),
      area: cell('area'),
      value: cell('value'),
      source: cell('source'),
      note: cell('note'),
      flags: cell('flags'),
    };
  });
}

function keyText(line: Line): string {
  return [line.indicator, line.period, line.sex, line.age, line.status, line.origin, line.area].join('/');
}

/** value and flags by key, for compact expectations. */
function byKey(lines: readonly Line[]): Record<string, [value: string, flags: string]> {
  return Object.fromEntries(lines.map((l) => [keyText(l), [l.value, l.flags]]));
}

const breakdownColumns = ['sex', 'age', 'status', 'origin', 'area'] as const;

/**
 * The privacy promise as a property of the file: in every group of a total and its parts along one
 * breakdown, never exactly one value blank (it could be recovered by subtraction).
 */
function recoverableBlanks(lines: readonly Line[]): string[] {
  const index = new Map(lines.map((l) => [keyText(l), l]));
  const groups = new Map<string, Line[]>();
  for (const line of lines) {
    breakdownColumns.forEach((column) => {
      if (line[column] === '' || (column === 'origin' && /^\d/.test(line[column]))) return;
      const parent = { ...line, [column]: '' };
      if (!index.has(keyText(parent))) return;
      const id = `${keyText(parent)} by ${column}`;
      groups.set(id, [...(groups.get(id) ?? []), line]);
    });
  }
  const found: string[] = [];
  for (const [id, parts] of groups) {
    const total = index.get(id.split(' by ')[0] ?? '');
    const blanks = [total, ...parts].filter((l) => l?.value === '').length;
    if (blanks === 1) found.push(id);
  }
  return found;
}

describe('observations export (CLI)', () => {
  let folder: ReturnType<typeof tempDir>;
  const data = () => join(folder.dir, 'data');
  const path = (name: string) => join(folder.dir, name);
  let importCount = 0;

  const importLines = async (lines: readonly string[]) => {
    importCount += 1;
    const file = path(`import-${importCount}.csv`);
    writeFileSync(file, [header, ...lines].join('\n'));
    const result = await focal('observations', 'import', '--data', data(), file);
    expect(result.err).toBe('');
    expect(result.code, result.out).toBe(0);
  };
  const withStore = (change: (db: Database.Database) => void) => {
    const db = new Database(join(data(), 'store', 'focal.sqlite'));
    try {
      change(db);
    } finally {
      db.close();
    }
  };
  const ExportJson = z.object({ file: z.string(), rows: z.number(), suppressed: z.number() });
  const exportTo = async (name: string, ...extra: string[]) => {
    const result = await focal('observations', 'export', '--data', data(), '--out', path(name), '--json', ...extra);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    return ExportJson.parse(JSON.parse(result.out));
  };
  const csvLines = async (...extra: string[]) => {
    const result = await exportTo('export.csv', ...extra);
    const text = readFileSync(path('export.csv'), 'utf8');
    return { result, lines: linesOf(parseCsv(text.replace(/^\ufeff/, ''))) };
  };
  const leftovers = () => readdirSync(folder.dir).filter((name) => name.includes('.focal-tmp-'));
  const hiddenLeftovers = () => leftovers().filter((name) => name.startsWith('.'));

  beforeEach(async () => {
    folder = tempDir();
    await initCity(data());
  });
  afterEach(() => folder.remove());

  it('writes a tidy CSV (BOM, CRLF, the import\'s columns) that imports back unchanged', async () => {
    await importLines([
      'POP_TOTAL,2023,,,,,,1070388,National census,,',
      'POP_TOTAL,2024,,,,,,1077512,National census,"Revised, ""final"" figure",estimate;provisional',
      'POP_TOTAL,2024,F,,,,,548210,National census,,',
      'POP_TOTAL,2024,,,,,Médina,12050,National census,قيد المراجعة,',
      'MIG_FOREIGN_SHARE,2024,,,,,,2.5,National census,,',
      'GOV_STRATEGY,2024,,,,,,partial,Conseil municipal,,',
    ]);
    const { result, lines } = await csvLines();
    expect(result).toEqual({ file: path('export.csv'), rows: 6, suppressed: 0 });

    const bytes = readFileSync(path('export.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.startsWith(`${header}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n')).toHaveLength(8);

    expect(lines).toEqual([
      { indicator: 'GOV_STRATEGY', period: '2024', sex: '', age: '', status: '', origin: '', area: '', value: '0.5', source: 'Conseil municipal', note: '', flags: '' },
      { indicator: 'MIG_FOREIGN_SHARE', period: '2024', sex: '', age: '', status: '', origin: '', area: '', value: '2.5', source: 'National census', note: '', flags: '' },
      { indicator: 'POP_TOTAL', period: '2023', sex: '', age: '', status: '', origin: '', area: '', value: '1070388', source: 'National census', note: '', flags: '' },
      {
        indicator: 'POP_TOTAL',
        period: '2024',
        sex: '',
        age: '',
        status: '',
        origin: '',
        area: '',
        value: '1077512',
        source: 'National census',
        note: 'Revised, "final" figure',
        flags: 'estimate;provisional',
      },
      { indicator: 'POP_TOTAL', period: '2024', sex: '', age: '', status: '', origin: '', area: 'Médina', value: '12050', source: 'National census', note: 'قيد المراجعة', flags: '' },
      { indicator: 'POP_TOTAL', period: '2024', sex: 'F', age: '', status: '', origin: '', area: '', value: '548210', source: 'National census', note: '', flags: '' },
    ]);

    // The file is an import file: into another data folder, it gives the same rows.
    const other = join(folder.dir, 'other');
    await initCity(other);
    const back = await focal('observations', 'import', '--data', other, path('export.csv'), '--json');
    expect(back.code).toBe(0);
    expect(JSON.parse(back.out)).toMatchObject({ created: 6, errors: [] });
    const again = await focal('observations', 'export', '--data', other, '--out', path('again.csv'));
    expect(again.code).toBe(0);
    expect(readFileSync(path('again.csv'))).toEqual(bytes);
  });

  it('writes the same table as XLSX, numbers as numbers and blanks as empty cells', async () => {
    await importLines([
      'POP_TOTAL,2024,,,,,,43,National census,note one,provisional',
      'POP_TOTAL,2024,F,,,,,3,National census,,',
      'POP_TOTAL,2024,M,,,,,40,National census,,',
      'MIG_FOREIGN_SHARE,2024,,,,,,2.5,National census,,',
    ]);
    const result = await exportTo('export.xlsx');
    expect(result).toEqual({ file: path('export.xlsx'), rows: 4, suppressed: 2 });
    const sheet = readXlsx(readFileSync(path('export.xlsx')));
    expect(sheet.name).toBe('observations');
    expect(sheet.rows[0]).toEqual(columns);
    // Text cells as text ('' and an empty cell look the same to a user); the value a number, or empty when blanked.
    const cells = (row: number) => columns.map((_, i) => (i === 7 ? (sheet.rows[row]?.[i] ?? null) : (sheet.rows[row]?.[i] ?? '')));
    expect(cells(1)).toEqual(['MIG_FOREIGN_SHARE', '2024', '', '', '', '', '', 2.5, 'National census', '', '']);
    expect(cells(2)).toEqual(['POP_TOTAL', '2024', '', '', '', '', '', 43, 'National census', 'note one', 'provisional']);
    expect(cells(3)).toEqual(['POP_TOTAL', '2024', 'F', '', '', '', '', null, 'National census', '', 'suppressed']);
    expect(cells(4)).toEqual(['POP_TOTAL', '2024', 'M', '', '', '', '', null, 'National census', '', 'suppressed']);
    expect(sheet.rows).toHaveLength(5);
  });

  it('writes an XLSX that an independent reader (exceljs) reads cell for cell as the CSV export gives it', async () => {
    const lines = [
      'POP_TOTAL,2024,,,,,,1077512,National census,"Revised, ""final"" figure & <checked>",estimate;provisional',
      'POP_TOTAL,2024,F,,,,,3,National census,,',
      'POP_TOTAL,2024,M,,,,,1077509,National census,,',
      'POP_TOTAL,2024,,,,,المدينة العتيقة,98000,التعداد العام,"ملاحظة\nعلى سطرين",',
      'POP_TOTAL,2023,,,,,,1070388,"=HYPERLINK(""x"")",＋1,confidential',
      'MIG_FOREIGN_SHARE,2024,,,,,,2.5,National census,  padded note  ,',
      'GOV_STRATEGY,2024,,,,,,partial,Conseil municipal,,',
    ];
    // Not here: text like "_x0041_", which the writer escapes as Excel does ("_x005F_x0041_"); exceljs
    // does not undo that escape (Excel and Focal's reader do: see xlsx.test.ts).

    // Enough rows for the sheet to be deflated in many pieces.
    for (let district = 1; district <= 400; district += 1) {
      for (const year of [2020, 2021, 2022, 2023, 2024]) lines.push(`POP_TOTAL,${year},,,,,District ${district},${1000 + district * 7 + year},Register ${district % 13},${district % 5 === 0 ? `Note ${district}` : ''},`);
    }
    await importLines(lines);
    const { lines: csv } = await csvLines();
    await exportTo('export.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path('export.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['observations']);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const cellAt = (row: number, column: number): unknown => sheet.getRow(row).getCell(column).value;
    expect(columns.map((_, i) => cellAt(1, i + 1))).toEqual(columns);
    expect(sheet.rowCount).toBe(csv.length + 1);
    const focal = readXlsx(readFileSync(path('export.xlsx'))).rows;
    csv.forEach((line, index) => {
      columns.forEach((column, i) => {
        const independent = cellAt(index + 2, i + 1);
        const text = line[column];
        // The value is a number, or an empty cell when it is withheld; text cells are strings, empty ones absent.
        const expected = column === 'value' ? (text === '' ? null : Number(text)) : text === '' ? null : text;
        expect(independent ?? null, `row ${index + 2}, ${column}`).toEqual(expected);
        expect(focal[index + 1]?.[i] ?? null, `row ${index + 2}, ${column} (Focal's reader)`).toEqual(expected);
      });
    });
    expect(csv.length).toBe(2007);
  });

  it('imports its own CSV and XLSX exports back into a fresh data folder: withheld values skipped with a warning, everything else equal', async () => {
    await importLines([
      'POP_TOTAL,2024,,,,,,1077512,National census,"Revised, ""final"" figure",estimate;provisional',
      'POP_TOTAL,2024,F,,,,,4,National census,,',
      'POP_TOTAL,2024,M,,,,,1077508,National census,,',
      'POP_TOTAL,2023,,,,,,1070388,National census,,confidential',
      'POP_TOTAL,2024,,,,,المدينة العتيقة,98000,التعداد العام,"ملاحظة\nعلى سطرين",provisional',
      'POP_TOTAL,2024,,,,,=1+2,12,"=HYPERLINK(""http://evil.example"")",＋1 and @x,',
      'POP_TOTAL,2022,,,,,,700,\'quoted source,-2 below,confidential',
      'MIG_FOREIGN_SHARE,2024,,,,,,2.5,National census,,estimate',
      'GOV_STRATEGY,2024,,,,,,partial,Conseil municipal,,',
      'MIG_FOREIGN_RES,2024,,,,CI,,4210,Register,Côte d\'Ivoire,',
      'MIG_FOREIGN_RES,2024,,,,DZ,,7,Register,,',
    ]);
    const Observation = z.tuple([z.string(), z.string(), z.string(), z.string(), z.string(), z.string(), z.string(), z.number(), z.number(), z.number(), z.number(), z.string(), z.string()]);
    const observations = (dataDir: string) => {
      const db = new Database(join(dataDir, 'store', 'focal.sqlite'), { readonly: true });
      try {
        const rows = db
          .prepare(
            `SELECT o.indicator, o.period, o.sex, o.age, o.status, o.origin, o.area, o.value, o.is_estimate, o.is_provisional, o.is_confidential, s.citation, o.note
               FROM observations o JOIN sources s ON s.id = o.source ORDER BY o.indicator, o.period, o.sex, o.age, o.status, o.origin, o.area`,
          )
          .raw(true)
          .all();
        return z.array(Observation).parse(rows);
      } finally {
        db.close();
      }
    };
    const original = observations(data());
    const key = (row: readonly unknown[]) => row.slice(0, 7).join('/');
    // What the export blanked: small counts (primary and secondary suppression) and confidential values.
    const { lines } = await csvLines();
    const withheld = lines.filter((line) => line.value === '').map(keyText);
    expect(withheld.sort()).toEqual(['MIG_FOREIGN_RES/2024////DZ/', 'POP_TOTAL/2022/////', 'POP_TOTAL/2023/////', 'POP_TOTAL/2024/F////', 'POP_TOTAL/2024/M////']);
    const expected = original.filter((row) => !withheld.includes(key(row)));
    expect(expected.map((row) => row[6])).toEqual(expect.arrayContaining(['المدينة العتيقة', '=1+2']));
    expect(expected.find((row) => row[6] === '=1+2')?.slice(11)).toEqual(['=HYPERLINK("http://evil.example")', '＋1 and @x']);

    await exportTo('export.xlsx');
    for (const file of ['export.csv', 'export.xlsx']) {
      const fresh = join(folder.dir, `fresh-${file}`);
      await initCity(fresh);
      const result = await focal('observations', 'import', '--data', fresh, path(file));
      expect(result.err, file).toBe('');
      expect(result.code, `${file}: ${result.out}`).toBe(0);
      expect(result.out, file).not.toMatch(/ error: /);
      expect(result.out.split('\n').filter((line) => line.includes('warning:') && line.includes('withheld'))).toHaveLength(withheld.length);
      expect(observations(fresh), file).toEqual(expected);
    }
  });

  it('blanks counts of people from 1 to 9 (primary suppression) but not 0 or 10 and more', async () => {
    await importLines([
      'MIG_FOREIGN_RES,2024,,,,CI,,1,Register,,',
      'MIG_FOREIGN_RES,2024,,,,DZ,,9,Register,,estimate',
      'MIG_FOREIGN_RES,2024,,,,LY,,10,Register,,',
      'MIG_FOREIGN_RES,2024,,,,CM,,0,Register,,',
      'MIG_FOREIGN_RES,2024,,,,ML,,5,Register,,',
      'MIG_FOREIGN_RES,2024,,,,SN,,12,Register,,',
    ]);
    const { result, lines } = await csvLines();
    expect(result.suppressed).toBe(3);
    expect(byKey(lines)).toEqual({
      'MIG_FOREIGN_RES/2024////CI/': ['', 'suppressed'],
      'MIG_FOREIGN_RES/2024////CM/': ['0', ''],
      'MIG_FOREIGN_RES/2024////DZ/': ['', 'estimate;suppressed'],
      'MIG_FOREIGN_RES/2024////LY/': ['10', ''],
      'MIG_FOREIGN_RES/2024////ML/': ['', 'suppressed'],
      'MIG_FOREIGN_RES/2024////SN/': ['12', ''],
    });
    // The stored values are untouched.
    await exportTo('check.xlsx');
    const sheet = readXlsx(readFileSync(path('check.xlsx')));
    expect(sheet.rows.slice(1).map((r) => r[7] ?? null)).toEqual([null, 0, null, 10, null, 12]);
  });

  it('blanks a second value where one blank could be recovered from the total (secondary suppression), across chained groups', async () => {
    await importLines([
      // F = 3 is small; M = 40 would give it away (43 − 40), so M goes too. The total stays.
      'POP_TOTAL,2024,,,,,,43,Census,,',
      'POP_TOTAL,2024,F,,,,,3,Census,,',
      'POP_TOTAL,2024,M,,,,,40,Census,,',
      // F = 4 → M blanked; M is itself the total of its age bands, so one of those (the smaller) goes too.
      'REF_ASY_REGISTERED,2024,,,,,,100,UNHCR,,',
      'REF_ASY_REGISTERED,2024,F,,,,,4,UNHCR,,',
      'REF_ASY_REGISTERED,2024,M,,,,,96,UNHCR,,',
      'REF_ASY_REGISTERED,2024,M,Y_LT15,,,,50,UNHCR,,',
      'REF_ASY_REGISTERED,2024,M,Y15T24,,,,46,UNHCR,,',
      // Another period of the same indicator is its own table: nothing small, nothing blank.
      'REF_ASY_REGISTERED,2023,,,,,,90,UNHCR,,',
      'REF_ASY_REGISTERED,2023,F,,,,,30,UNHCR,,',
      'REF_ASY_REGISTERED,2023,M,,,,,60,UNHCR,,',
    ]);
    const { result, lines } = await csvLines();
    expect(byKey(lines)).toEqual({
      'POP_TOTAL/2024/////': ['43', ''],
      'POP_TOTAL/2024/F////': ['', 'suppressed'],
      'POP_TOTAL/2024/M////': ['', 'suppressed'],
      'REF_ASY_REGISTERED/2023/////': ['90', ''],
      'REF_ASY_REGISTERED/2023/F////': ['30', ''],
      'REF_ASY_REGISTERED/2023/M////': ['60', ''],
      'REF_ASY_REGISTERED/2024/////': ['100', ''],
      'REF_ASY_REGISTERED/2024/F////': ['', 'suppressed'],
      'REF_ASY_REGISTERED/2024/M////': ['', 'suppressed'],
      'REF_ASY_REGISTERED/2024/M/Y15T24///': ['', 'suppressed'],
      'REF_ASY_REGISTERED/2024/M/Y_LT15///': ['50', ''],
    });
    expect(result.suppressed).toBe(5);
    expect(recoverableBlanks(lines)).toEqual([]);
  });

  it('follows how migration statuses add up, and never lets a zero stand in as the second blank', async () => {
    await importLines([
      // NAT + MIG = total and REG + IRR = MIG: IRR = 4 alone would be MIG − REG.
      'MIG_BY_STATUS,2024,,,,,,5000,Register,,',
      'MIG_BY_STATUS,2024,,,NAT,,,4000,Register,,',
      'MIG_BY_STATUS,2024,,,MIG,,,1000,Register,,',
      'MIG_BY_STATUS,2024,,,REG,,,996,Register,,',
      'MIG_BY_STATUS,2024,,,IRR,,,4,Register,,',
      'MIG_BY_STATUS,2024,,,ASY,,,20,Register,,',
      // MIG = 8 would be the total minus NAT.
      'MIG_BY_STATUS,2023,,,,,,1000,Register,,',
      'MIG_BY_STATUS,2023,,,NAT,,,992,Register,,',
      'MIG_BY_STATUS,2023,,,MIG,,,8,Register,,',
      'MIG_BY_STATUS,2023,,,RET,,,50,Register,,',
      // Hiding X = 0 with F = 5 would still show F + X = 5.
      'POP_TOTAL,2024,,,,,,100,Census,,',
      'POP_TOTAL,2024,F,,,,,5,Census,,',
      'POP_TOTAL,2024,M,,,,,95,Census,,',
      'POP_TOTAL,2024,X,,,,,0,Census,,',
    ]);
    const values = Object.fromEntries(Object.entries(byKey((await csvLines()).lines)).map(([key, [value]]) => [key, value]));
    const v = (key: string) => values[key];
    // 2024: IRR hidden, and REG with it, so MIG − REG tells nothing.
    expect([v('MIG_BY_STATUS/2024///IRR//'), v('MIG_BY_STATUS/2024///REG//')]).toEqual(['', '']);
    // 2023: MIG hidden, and NAT with it, so the total minus NAT tells nothing.
    expect([v('MIG_BY_STATUS/2023///MIG//'), v('MIG_BY_STATUS/2023///NAT//')]).toEqual(['', '']);
    // F hidden with M (a real value), not with the zero.
    expect([v('POP_TOTAL/2024/F////'), v('POP_TOTAL/2024/M////'), v('POP_TOTAL/2024/X////')]).toEqual(['', '', '0']);
  });

  it('leaves no small count recoverable on the sample city', async () => {
    const sample = join(folder.dir, 'sample');
    expect((await focal('demo', '--data', sample)).code).toBe(0);
    const result = await focal('observations', 'export', '--data', sample, '--out', path('sample.csv'), '--json');
    expect(result.code).toBe(0);
    const lines = linesOf(parseCsv(readFileSync(path('sample.csv'), 'utf8').replace(/^\ufeff/, '')));
    expect(lines.length).toBeGreaterThan(600);
    const suppressed = lines.filter((l) => l.flags.includes('suppressed'));
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((l) => l.value === '')).toBe(true);
    expect(recoverableBlanks(lines)).toEqual([]);
    // No count of people from 1 to 9 is left in the file.
    const countsOfPeople = new Set(readCatalogueFiles(resourcesDir).indicators.filter((i) => i.unit === 'count' && i.people !== false).map((i) => i.code));
    expect(countsOfPeople.has('PAR_CONSULT_PARTICIPANTS')).toBe(true);
    expect(countsOfPeople.has('PAR_MIG_ASSOCIATIONS')).toBe(false);
    const small = lines.filter((l) => countsOfPeople.has(l.indicator) && l.value !== '' && Number(l.value) > 0 && Number(l.value) < 10);
    expect(small).toEqual([]);
  });

  it('suppresses over the whole table even when a filtered view exports part of it (files cannot be subtracted)', async () => {
    await importLines([
      'POP_TOTAL,2023,,,,,,41,Census,,',
      'POP_TOTAL,2024,,,,,,43,Census,,',
      'POP_TOTAL,2024,F,,,,,3,Census,,',
      'POP_TOTAL,2024,M,,,,,40,Census,men only,',
    ]);
    const core = openTestCore(data());
    const read = (name: string) => linesOf(parseCsv(readFileSync(path(name), 'utf8').replace(/^\ufeff/, '')));
    try {
      // The view without women: the total and men, which would give women away (43 − 40) if men were shown.
      const view = core.core.exportObservations({ breakdown: { sex: ['', 'M'] } }, { file: path('view.csv'), format: 'csv' });
      expect(view).toEqual({ file: path('view.csv'), rows: 3, suppressed: 1 });
      expect(byKey(read('view.csv'))).toEqual({
        'POP_TOTAL/2023/////': ['41', ''],
        'POP_TOTAL/2024/////': ['43', ''],
        'POP_TOTAL/2024/M////': ['', 'suppressed'],
      });
      const byText = core.core.exportObservations({ text: 'men only' }, { file: path('text.xlsx'), format: 'xlsx' });
      expect(byText.rows).toBe(1);
      expect(readXlsx(readFileSync(path('text.xlsx'))).rows.slice(1).map((r) => [r[2], r[7] ?? null, r[10]])).toEqual([['M', null, 'suppressed']]);
      const totals = core.core.exportObservations({ breakdown: { sex: [''] }, periods: ['2024'] }, { file: path('totals.csv'), format: 'csv' });
      expect(totals.rows).toBe(1);
      expect(byKey(read('totals.csv'))).toEqual({ 'POP_TOTAL/2024/////': ['43', ''] });
    } finally {
      core.close();
    }
  });

  it('honours --threshold 20 and refuses a threshold below 5 (usage error, nothing written)', async () => {
    await importLines(['MIG_FOREIGN_RES,2024,,,,CI,,5,Register,,', 'MIG_FOREIGN_RES,2024,,,,LY,,10,Register,,', 'MIG_FOREIGN_RES,2024,,,,SN,,19,Register,,', 'MIG_FOREIGN_RES,2024,,,,DZ,,20,Register,,']);
    const high = await csvLines('--threshold', '20');
    expect(byKey(high.lines)).toEqual({
      'MIG_FOREIGN_RES/2024////CI/': ['', 'suppressed'],
      'MIG_FOREIGN_RES/2024////DZ/': ['20', ''],
      'MIG_FOREIGN_RES/2024////LY/': ['', 'suppressed'],
      'MIG_FOREIGN_RES/2024////SN/': ['', 'suppressed'],
    });
    const lowest = await csvLines('--threshold', '5');
    expect(byKey(lowest.lines)['MIG_FOREIGN_RES/2024////CI/']).toEqual(['5', '']);

    for (const threshold of ['4', '0', '-10', 'abc', '7.5', '']) {
      const refused = await focal('observations', 'export', '--data', data(), '--out', path('low.csv'), `--threshold=${threshold}`);
      expect(refused.code, threshold).toBe(2);
      expect(refused.err, threshold).toMatch(/--threshold must be a whole number of at least 5/);
    }
    expect(existsSync(path('low.csv'))).toBe(false);
  });

  it('does not suppress counts of things (associations), percentages, answers or amounts', async () => {
    await importLines([
      'PAR_MIG_ASSOCIATIONS,2024,,,,,,12,Municipal register,,',
      'PAR_MIG_ASSOCIATIONS,2024,,,,CI,,3,Municipal register,,',
      'PAR_MIG_ASSOCIATIONS,2024,,,,,Médina,2,Municipal register,,',
      'PAR_AWARENESS_CAMPAIGNS,2024,,,,,,4,Municipal register,,',
      'MIG_FOREIGN_SHARE,2024,,,,,,3,Census,,',
      'MIG_FOREIGN_SHARE,2024,F,,,,,2.5,Census,,',
      'EMP_MIG_RATE,2024,,,,,,1.5,Labour survey,,',
      'GOV_STRATEGY,2024,,,,,,yes,Conseil municipal,,',
      'GOV_BUDGET,2024,,,,,,7,Municipal accounts,,',
      'GOV_STAFF_TRAINED,2024,,,,,,7,Municipal records,,',
    ]);
    const { result, lines } = await csvLines();
    expect(byKey(lines)).toEqual({
      'EMP_MIG_RATE/2024/////': ['1.5', ''],
      'GOV_BUDGET/2024/////': ['7', ''],
      'GOV_STAFF_TRAINED/2024/////': ['', 'suppressed'],
      'GOV_STRATEGY/2024/////': ['1', ''],
      'MIG_FOREIGN_SHARE/2024/////': ['3', ''],
      'MIG_FOREIGN_SHARE/2024/F////': ['2.5', ''],
      'PAR_AWARENESS_CAMPAIGNS/2024/////': ['4', ''],
      'PAR_MIG_ASSOCIATIONS/2024/////': ['12', ''],
      'PAR_MIG_ASSOCIATIONS/2024/////Médina': ['2', ''],
      'PAR_MIG_ASSOCIATIONS/2024////CI/': ['3', ''],
    });
    expect(result.suppressed).toBe(1);
  });

  it('withholds confidential values, and does not let a total give them away', async () => {
    await importLines([
      'POP_TOTAL,2022,,,,,,700,Census,,',
      'POP_TOTAL,2022,F,,,,,300,Census,,confidential',
      'POP_TOTAL,2022,M,,,,,400,Census,,',
      'POP_TOTAL,2023,,,,,,720,Census,internal figure,confidential;estimate',
    ]);
    const { result, lines } = await csvLines();
    expect(byKey(lines)).toEqual({
      'POP_TOTAL/2022/////': ['700', ''],
      'POP_TOTAL/2022/F////': ['', 'confidential'],
      'POP_TOTAL/2022/M////': ['', 'suppressed'],
      'POP_TOTAL/2023/////': ['', 'estimate;confidential'],
    });
    expect(lines.find((l) => l.period === '2023')?.note).toBe('internal figure');
    expect(result.suppressed).toBe(3);
    expect(recoverableBlanks(lines)).toEqual([]);
  });

  it('neutralises spreadsheet formulas in every text cell (citation, note, district)', async () => {
    await importLines([
      'POP_TOTAL,2019,,,,,,1,"=HYPERLINK(""http://evil.example"",""Click"")",=1+1,',
      'POP_TOTAL,2020,,,,,,2,+1 source,+1,',
      'POP_TOTAL,2021,,,,,,3,-2 source,-2,',
      'POP_TOTAL,2022,,,,,,4,@x source,@SUM(A1),',
      'POP_TOTAL,2023,,,,,,5,Plain source,a = b + c,',
      'POP_TOTAL,2023,,,,,=1+2,6,Plain source,,',
      'POP_TOTAL,2023,,,,,@A1,7,Plain source,,',
      'POP_TOTAL,2024,,,,,,8,Tab source,tab note,',
      'POP_TOTAL,2025,,,,,,9,Return source,return note,',
    ]);
    // Imports trim cells, so leading tabs and carriage returns can only arrive another way (a bundle, an older version).
    withStore((db) => {
      db.prepare("UPDATE sources SET citation = char(9) || 'Tab source' WHERE citation = 'Tab source'").run();
      db.prepare("UPDATE sources SET citation = char(13) || 'Return source' WHERE citation = 'Return source'").run();
      db.prepare("UPDATE observations SET note = char(9) || 'tab note' WHERE note = 'tab note'").run();
      db.prepare("UPDATE observations SET note = char(13) || 'return note' WHERE note = 'return note'").run();
    });
    const { lines } = await csvLines('--threshold', '5');
    const cells = lines.map((l) => [l.period, l.area, l.source, l.note]);
    expect(cells).toEqual([
      ['2019', '', '\'=HYPERLINK("http://evil.example","Click")', "'=1+1"],
      ['2020', '', "'+1 source", "'+1"],
      ['2021', '', "'-2 source", "'-2"],
      ['2022', '', "'@x source", "'@SUM(A1)"],
      ['2023', '', 'Plain source', 'a = b + c'],
      ['2023', "'=1+2", 'Plain source', ''],
      ['2023', "'@A1", 'Plain source', ''],
      ['2024', '', "'\tTab source", "'\ttab note"],
      ['2025', '', "'\rReturn source", "'\rreturn note"],
    ]);
    // The same in a workbook.
    await exportTo('formulas.xlsx', '--threshold', '5');
    const sheet = readXlsx(readFileSync(path('formulas.xlsx')));
    const texts = sheet.rows.slice(1).flatMap((r) => [r[6], r[8], r[9]]).filter((c) => typeof c === 'string' && c !== '');
    expect(texts.filter((c) => typeof c === 'string' && /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(texts).toContain("'=1+2");
    expect(texts).toContain('\'=HYPERLINK("http://evil.example","Click")');
  });

  it('neutralises the fullwidth lookalikes ＝ ＋ － ＠ that spreadsheets also take for formula starts, in CSV and XLSX', async () => {
    await importLines([
      'POP_TOTAL,2019,,,,,,1,＝HYPERLINK("http://evil.example"),＋1,',
      'POP_TOTAL,2020,,,,,,2,－2 source,＠SUM(A1),',
      'POP_TOTAL,2021,,,,,＠A1,3,﹦small equals,−minus sign,',
    ]);
    const { lines } = await csvLines('--threshold', '5');
    expect(lines.map((l) => [l.area, l.source, l.note])).toEqual([
      ['', '\'＝HYPERLINK("http://evil.example")', "'＋1"],
      ['', "'－2 source", "'＠SUM(A1)"],
      ["'＠A1", "'﹦small equals", "'−minus sign"],
    ]);
    await exportTo('fullwidth.xlsx', '--threshold', '5');
    const texts = readXlsx(readFileSync(path('fullwidth.xlsx')))
      .rows.slice(1)
      .flatMap((r) => [r[6], r[8], r[9]])
      .filter((c) => typeof c === 'string' && c !== '');
    expect(texts).toHaveLength(7);
    for (const text of texts) expect(text).toMatch(/^'/);
  });

  it('exports only the indicators named with --indicator', async () => {
    await importLines([
      'POP_TOTAL,2024,,,,,,1000,Census,,',
      'MIG_FOREIGN_RES,2024,,,,,,200,Register,,',
      'GOV_STRATEGY,2024,,,,,,1,Conseil municipal,,',
      'GOV_BUDGET,2024,,,,,,5000,Accounts,,',
    ]);
    const { result, lines } = await csvLines('--indicator', 'POP_TOTAL', '--indicator', 'GOV_STRATEGY');
    expect(result.rows).toBe(2);
    expect(lines.map(keyText)).toEqual(['GOV_STRATEGY/2024/////', 'POP_TOTAL/2024/////']);
    const none = await csvLines('--indicator', 'EDU_DROPOUT');
    expect(none.result.rows).toBe(0);
    expect(none.lines).toEqual([]);
  });

  it('exports an empty store as the header alone', async () => {
    const csv = await exportTo('empty.csv');
    expect(csv.rows).toBe(0);
    expect(readFileSync(path('empty.csv'), 'utf8')).toBe(`\ufeff${header}\r\n`);
    await exportTo('empty.xlsx');
    expect(readXlsx(readFileSync(path('empty.xlsx'))).rows).toEqual([columns]);
  });

  it('writes atomically: replaces an existing file only on success, and leaves no temporary file', async () => {
    await importLines(['POP_TOTAL,2024,,,,,,1000,Census,,']);
    writeFileSync(path('export.csv'), 'previous export');
    writeFileSync(path('export.xlsx'), 'previous workbook');

    // A failure while writing (here: a threshold below the minimum reaching the core) keeps the old file.
    const core = openTestCore(data());
    try {
      expect(() => core.core.exportObservations({}, { file: path('export.csv'), format: 'csv', threshold: 4 })).toThrow(/below 5/);
      expect(() => core.core.exportObservations({}, { file: path('export.xlsx'), format: 'xlsx', threshold: 4 })).toThrow(/below 5/);
      expect(readFileSync(path('export.csv'), 'utf8')).toBe('previous export');
      expect(readFileSync(path('export.xlsx'), 'utf8')).toBe('previous workbook');
      expect(leftovers()).toEqual([]);
      // The host API itself writes the file on success, with the default threshold.
      expect(core.core.exportObservations({ indicators: ['POP_TOTAL'] }, { file: path('export.csv'), format: 'csv' })).toEqual({ file: path('export.csv'), rows: 1, suppressed: 0 });
      expect(readFileSync(path('export.csv'), 'utf8')).toBe(`\ufeff${header}\r\nPOP_TOTAL,2024,,,,,,1000,Census,,\r\n`);
    } finally {
      core.close();
    }

    const refused = await focal('observations', 'export', '--data', data(), '--out', path('export.xlsx'), '--threshold', '4');
    expect(refused.code).toBe(2);
    expect(readFileSync(path('export.xlsx'), 'utf8')).toBe('previous workbook');

    const missingFolder = await focal('observations', 'export', '--data', data(), '--out', join(folder.dir, 'no-such-folder', 'export.csv'));
    expect(missingFolder.code).toBe(1);

    await exportTo('export.xlsx');
    expect(readXlsx(readFileSync(path('export.xlsx'))).rows[1]?.[7]).toBe(1000);
    expect(leftovers()).toEqual([]);
  });

  it('clears what an interrupted earlier export to the same file left beside it, and nothing else', async () => {
    await importLines(['POP_TOTAL,2024,,,,,,1000,Census,,']);
    // What a killed export leaves: a temp file named after its target (the crash tests make these for real).
    writeFileSync(path('export.csv.focal-tmp-0123456789ab'), '\ufeffindicator,per');
    writeFileSync(path('other.csv.focal-tmp-0123456789ab'), 'another target');
    writeFileSync(path('export.csv.focal-tmp-notours'), 'not a temp name Focal makes');
    await exportTo('export.csv');
    expect(leftovers().sort()).toEqual(['export.csv.focal-tmp-notours', 'other.csv.focal-tmp-0123456789ab']);
  });

  it('writes through a hidden temp file beside the target, and the next export clears those a dead process left (not a live one\'s)', async () => {
    await importLines(['POP_TOTAL,2024,,,,,,1000,Census,,']);
    for (const name of ['export.csv', 'export.xlsx']) {
      const temp = exportTempName(path(name));
      expect(dirname(temp)).toBe(folder.dir);
      expect(basename(temp)).toMatch(new RegExp(`^\\.${name.replace('.', '\\.')}\\.focal-tmp-${process.pid}-[0-9a-f]{12}$`));
      expect(exportTempWriter(basename(temp), name)).toBe(process.pid);
    }
    // What a killed export leaves (crash-safety.test.ts makes them for real), by a process now gone,
    // and what a running export to the same file is writing.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const running = spawn('sleep', ['30']);
    try {
      if (gone === undefined || running.pid === undefined) throw new Error('no pid');
      const leftover = `.export.xlsx.focal-tmp-${gone}-0123456789ab`;
      const inProgress = `.export.xlsx.focal-tmp-${running.pid}-0123456789ab`;
      const otherTarget = `.other.xlsx.focal-tmp-${gone}-0123456789ab`;
      for (const name of [leftover, inProgress, otherTarget]) writeFileSync(path(name), 'PK partial');
      await exportTo('export.xlsx');
      expect(hiddenLeftovers().sort()).toEqual([inProgress, otherTarget].sort());
      expect(readXlsx(readFileSync(path('export.xlsx'))).rows[1]?.[7]).toBe(1000);
    } finally {
      running.kill();
    }
  });

  it('reports why the file could not be written (a folder in the way) and leaves nothing behind', async () => {
    await importLines(['POP_TOTAL,2024,,,,,,1000,Census,,']);
    for (const name of ['taken.csv', 'taken.xlsx']) {
      mkdirSync(path(name));
      const result = await focal('observations', 'export', '--data', data(), '--out', path(name));
      expect(result.code, name).toBe(1);
      expect(result.err, name).toMatch(/EISDIR/);
      expect(readdirSync(path(name)), name).toEqual([]);
    }
    expect(leftovers()).toEqual([]);
  });

  it('refuses an output that is not .csv or .xlsx, or no --out at all, as a usage error (exit 2)', async () => {
    for (const name of ['export.txt', 'export.xls', 'export', 'export.csv.bak']) {
      const result = await focal('observations', 'export', '--data', data(), '--out', path(name));
      expect(result.code, name).toBe(2);
      expect(result.err, name).toMatch(/--out must name a \.csv or \.xlsx file/);
      expect(existsSync(path(name)), name).toBe(false);
    }
    const noOut = await focal('observations', 'export', '--data', data());
    expect(noOut.code).toBe(2);
    expect(noOut.err).toMatch(/needs --out FILE/);
    // Upper-case extensions are fine.
    expect((await focal('observations', 'export', '--data', data(), '--out', path('EXPORT.CSV'))).code).toBe(0);
    expect(readFileSync(path('EXPORT.CSV'), 'utf8')).toBe(`\ufeff${header}\r\n`);
  });

  it('fails plainly (exit 1) when the data folder does not exist, and creates nothing', async () => {
    const empty = join(folder.dir, 'empty-data');
    const result = await focal('observations', 'export', '--data', empty, '--out', path('nothing.csv'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/No Focal data folder at .*empty-data: nothing to export \(run focal init first\)/);
    expect(existsSync(path('nothing.csv'))).toBe(false);
    expect(existsSync(empty)).toBe(false);
  });
});
