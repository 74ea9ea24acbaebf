import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CellValue, listSheets, readXlsx } from '../../electron/core/files/xlsx/index';
import { repoRoot, tempDir } from '../support/temp-core';

/**
 * Real spreadsheet files, written by LibreOffice Calc rather than by hand or by Focal's own writer,
 * read by Focal's XLSX reader. test/unit/fixtures/libreoffice holds the sources, the XLSX files
 * LibreOffice made of them (so this runs anywhere) and how they were made (README.md). Where
 * LibreOffice is installed (CI installs it) the sources are converted again and must read the same.
 */

const fixtures = join(repoRoot, 'test', 'unit', 'fixtures', 'libreoffice');

/** Spreadsheet serial number of a day (what a date cell holds): days since 1899-12-30. */
function serial(isoDate: string): number {
  return (Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

interface ExpectedSheet {
  name: string;
  rows: CellValue[][];
  /** The same cells with percentages read as shown (45.5 for 45.5 %), as the importer reads them. */
  asShown: CellValue[][];
}

const expected: Record<'figures.xlsx' | 'workbook.xlsx', ExpectedSheet[]> = {
  // figures.csv: LibreOffice recognised the numbers, percentages and ISO dates; empty cells stay gaps.
  'figures.xlsx': [
    {
      name: 'figures',
      rows: [
        ['indicator', 'period', 'value', 'share', 'date', 'note'],
        ['POP_TOTAL', 2024, 1077512, 0.455, serial('2024-05-17'), 'Réfugiés à Tunis'],
        ['POP_FEMALE', 2023, 548210.5, 0.0731, serial('2023-12-31'), 'أنثى'],
        ['REF_ASY_REGISTERED', 2022],
        [null, null, -12, null, null, 'with "quotes", and a comma'],
      ],
      asShown: [
        ['indicator', 'period', 'value', 'share', 'date', 'note'],
        ['POP_TOTAL', 2024, 1077512, 45.5, serial('2024-05-17'), 'Réfugiés à Tunis'],
        ['POP_FEMALE', 2023, 548210.5, 7.31, serial('2023-12-31'), 'أنثى'],
        ['REF_ASY_REGISTERED', 2022],
        [null, null, -12, null, null, 'with "quotes", and a comma'],
      ],
    },
  ],
  // workbook.fods: three sheets (accented, Arabic, empty), typed cells, repeated empty cells and rows, a formula.
  'workbook.xlsx': [
    {
      name: 'Données 2024',
      rows: [
        ['indicator', 'value', 'share', 'collected', 'checked', 'note'],
        ['POP_TOTAL', 1077512, 0.455, serial('2024-05-17'), true, 'Réfugiés à Tunis, «sample»'],
        ['POP_FEMALE', 548210.5, null, null, false, 'النساء في سوسة'],
        [],
        [],
        ['twice', 2155024],
      ],
      asShown: [
        ['indicator', 'value', 'share', 'collected', 'checked', 'note'],
        ['POP_TOTAL', 1077512, 45.5, serial('2024-05-17'), true, 'Réfugiés à Tunis, «sample»'],
        ['POP_FEMALE', 548210.5, null, null, false, 'النساء في سوسة'],
        [],
        [],
        ['twice', 2155024],
      ],
    },
    { name: 'بيانات', rows: [['الفئة', 'القيمة'], ['لاجئون', -3.25]], asShown: [['الفئة', 'القيمة'], ['لاجئون', -3.25]] },
    { name: 'Empty', rows: [], asShown: [] },
  ],
};

function expectReadAsLibreOfficeWrote(file: string, sheets: ExpectedSheet[]): void {
  const bytes = readFileSync(file);
  expect(listSheets(bytes)).toEqual(sheets.map((s) => s.name));
  // The first sheet is the default; every sheet can be asked for by name.
  expect(readXlsx(bytes).name).toBe(sheets[0]?.name);
  for (const sheet of sheets) {
    expect(readXlsx(bytes, { sheet: sheet.name }), sheet.name).toEqual({ name: sheet.name, rows: sheet.rows });
    expect(readXlsx(bytes, { sheet: sheet.name, percentAsShown: true }).rows, sheet.name).toEqual(sheet.asShown);
  }
}

describe('XLSX files saved by LibreOffice Calc (committed, made as fixtures/libreoffice/README.md says)', () => {
  it.each(Object.entries(expected))('%s reads cell by cell as LibreOffice wrote it', (name, sheets) => {
    expectReadAsLibreOfficeWrote(join(fixtures, name), sheets);
  });

  it('are really LibreOffice’s (it names itself in the file’s properties)', () => {
    for (const name of Object.keys(expected)) {
      const properties = unzipSync(readFileSync(join(fixtures, name)), { filter: (entry) => entry.name === 'docProps/app.xml' })['docProps/app.xml'];
      expect(properties && strFromU8(properties), name).toMatch(/<Application>LibreOffice\//);
    }
  });
});

/** soffice on the PATH, or null. */
function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'soffice');
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

const soffice = findSoffice();

describe('the same sources converted now by this machine’s LibreOffice', () => {
  if (!soffice) {
    it.skip('skipped: LibreOffice (soffice) is not installed here — apt-get install libreoffice-calc-nogui (CI installs it)', () => {});
    return;
  }
  const sofficePath = soffice;
  const folder = tempDir('focal-libreoffice-');
  afterAll(() => folder.remove());

  /** One conversion, with a profile of its own so that it never hands the work to another soffice running on the machine. */
  function convert(source: string, extraArgs: string[]): void {
    copyFileSync(join(fixtures, source), join(folder.dir, source));
    const profile = pathToFileURL(join(folder.dir, `profile-${source}`)).href;
    const run = spawnSync(sofficePath, [`-env:UserInstallation=${profile}`, '--headless', ...extraArgs, '--convert-to', 'xlsx', '--outdir', folder.dir, join(folder.dir, source)], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (run.status !== 0) throw new Error(`soffice failed on ${source} (${run.status ?? run.signal}): ${run.stderr}`);
  }

  beforeAll(() => {
    // Comma-separated, double quotes, UTF-8 (76), from line 1: the import dialog's choices for figures.csv.
    convert('figures.csv', ['--infilter=CSV:44,34,76,1']);
    convert('workbook.fods', []);
  }, 240_000);

  it.each(Object.entries(expected))('%s, made again from its source, reads the same', (name, sheets) => {
    expectReadAsLibreOfficeWrote(join(folder.dir, name), sheets);
  });
});
