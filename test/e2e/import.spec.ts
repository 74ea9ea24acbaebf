import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '../../electron/core/files/xlsx/index';
import { ChartsPage } from './pages/charts-page';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';
import { expect, test } from './support/focal-fixture';

const repoRoot = join(import.meta.dirname, '..', '..');

function focalCli(...args: string[]): string {
  return execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), ...args], { encoding: 'utf8' });
}

let files: string;
test.beforeEach(() => {
  files = mkdtempSync(join(tmpdir(), 'focal-e2e-files-'));
});
test.afterEach(() => rmSync(files, { recursive: true, force: true }));

test('a focal point imports a CSV: reads the dry-run summary, applies it, and finds the rows in the table', async ({ page, focal }) => {
  focalCli('init', '--data', focal.dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN');
  const csv = join(files, 'profil-2024.csv');
  writeFileSync(
    csv,
    [
      'indicator,period,sex,age,status,origin,area,value,source,note,flags',
      'POP_TOTAL,2023,,,,,,1070388,Recensement 2023,,',
      'POP_TOTAL,2024,,,,,,1077512,Recensement 2023,,provisional',
      'POP_TOTAL,2024,Femmes,,,,,548210,Recensement 2023,,provisional',
      'REF_ASY_REGISTERED,2024,,,Réfugiés,,,3214,HCR,,',
    ].join('\r\n'),
  );
  await page.goto(focal.url);
  const figures = new FiguresPage(page);
  await figures.open();
  await expect(figures.count()).toHaveText('0 figures');

  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(csv);
  // The tidy header maps itself.
  await expect(page.getByLabel('Indicator', { exact: true })).toHaveValue('0');
  await importer.check();
  await expect(importer.created()).toHaveText('4');
  await expect(page.getByText('The file is ready to import.')).toBeVisible();
  await expect(page.getByText('2 sources cited for the first time')).toBeVisible();
  // The dry run wrote nothing.
  expect(JSON.parse(focalCli('status', '--data', focal.dataDir, '--json'))).toMatchObject({ city: { code: 'tunis' } });

  await importer.apply();
  // A finished import says it is finished, not "Importing".
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Importing' })).toHaveCount(0);
  await expect(page.getByText('2 new sources added to your sources')).toBeVisible();
  await importer.backToFigures();
  await expect(figures.count()).toHaveText('4 figures');
  await expect(figures.rows()).toHaveCount(4);
  await expect(page.getByRole('grid').getByText('Female')).toBeVisible();
  await expect(page.getByRole('grid').getByText('1,077,512')).toBeVisible();

  // The imported figures are charted: two periods of total population, women among the breakdowns.
  const charts = new ChartsPage(page);
  await charts.open();
  await charts.pick('Total population');
  await expect(charts.seriesBars()).toHaveCount(2);
  await expect(charts.breakdown('sex')).toContainText('Female');
});

test('a file with errors lists each error with its line and column, and cannot be imported', async ({ page, focal }) => {
  focalCli('init', '--data', focal.dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN');
  const csv = join(files, 'errors.csv');
  writeFileSync(
    csv,
    ['indicator,period,sex,value,source', 'POP_TOTAL,2024,,1000,Census', 'POP_TOTAL,24,,5,Census', 'MIG_FOREIGN_SHARE,2024,,120,Census', 'POP_TOTAL,2023,Q,7,Census'].join('\n'),
  );
  await page.goto(focal.url);
  await new FiguresPage(page).open();
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(csv);
  await importer.check();
  await expect(page.getByText('3 problems must be corrected first.')).toBeVisible();
  await expect(importer.errors()).toHaveCount(3);
  await expect(importer.errors().nth(0)).toContainText('3');
  await expect(importer.errors().nth(0)).toContainText('Period');
  await expect(importer.errors().nth(0)).toContainText('“24” is not a period.');
  await expect(importer.errors().nth(1)).toContainText('outside 0–100');
  await expect(importer.errors().nth(2)).toContainText('“Q” is not a known value for Sex.');
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
});

test('a wide XLSX with a title row, years across columns and French labels is mapped and imported', async ({ page, focal }) => {
  focalCli('init', '--data', focal.dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN');
  const xlsx = join(files, 'residents-etrangers.xlsx');
  writeFileSync(
    xlsx,
    writeXlsx([
      {
        name: 'Résidents étrangers',
        rows: [
          ['Résidents étrangers par sexe, 2021-2023', null, null, null, null],
          [null, null, null, null, null],
          ['Indicateur', 'Sexe', '2021', '2022', '2023'],
          ['MIG_FOREIGN_RES', 'Femmes', '9 870', '10 450', '11 030'],
          ['MIG_FOREIGN_RES', 'Hommes', '10 110', '11 860', '12 410'],
        ],
      },
    ]),
  );
  await page.goto(focal.url);
  const figures = new FiguresPage(page);
  await figures.open();
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(xlsx);
  // Focal found the header on line 3 and the years across columns.
  await expect(page.getByLabel('The column names are on')).toHaveValue('3');
  await expect(page.getByLabel('Period of column C · 2021')).toHaveValue('2021');
  // The sheet has no source column: one source for every row.
  await page.getByLabel('Value of Source for every row').fill('Recensement général 2024');
  await importer.check();
  await expect(importer.created()).toHaveText('6');
  await importer.apply();
  await importer.backToFigures();
  await expect(figures.count()).toHaveText('6 figures');
  await expect(page.getByRole('grid').getByText('12,410')).toBeVisible();
});

test('a large file shows its progress while it is checked and can be cancelled, leaving nothing behind', async ({ page, focal }) => {
  focalCli('init', '--data', focal.dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN');
  focalCli('districts', 'add', '--data', focal.dataDir, ...Array.from({ length: 2000 }, (_, i) => `District ${i + 1}`));
  const csv = join(files, 'large.csv');
  const lines = ['indicator,period,area,value,source'];
  for (let year = 1901; year <= 2100; year += 1) for (let area = 1; area <= 2000; area += 1) lines.push(`POP_TOTAL,${year},District ${area},${year + area},Register`);
  writeFileSync(csv, lines.join('\n'));
  await page.goto(focal.url);
  const figures = new FiguresPage(page);
  await figures.open();
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(csv);
  await page.getByRole('button', { name: 'Check the file' }).click();
  // The work happens on the core's worker: the page keeps answering and shows how far it got.
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByText(/rows read/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('The import was cancelled. Nothing was changed.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the figures' }).click();
  await expect(figures.count()).toHaveText('0 figures');
});
