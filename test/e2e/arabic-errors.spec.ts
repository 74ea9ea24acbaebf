import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

/**
 * The core answers in English beside a stable code (its words are for the command line). In the
 * Arabic interface every refusal must read in Arabic: none of the core's English sentences.
 */

const repoRoot = join(import.meta.dirname, '..', '..');
const arabicTable: { import: { chooseAnother: string } } = JSON.parse(readFileSync(join(repoRoot, 'renderer/src/i18n/locales/table/ar.json'), 'utf8'));

/** Two Latin words in a row: a sentence in English (codes, numbers and "UTF-8" are single tokens). */
const englishPhrase = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/;

async function expectArabicOnly(locator: Locator): Promise<void> {
  // textContent includes what is folded away (a <details> the user can open).
  const text = (await locator.textContent()) ?? '';
  expect(text).toMatch(/[\u0600-\u06FF]/);
  expect(text, text).not.toMatch(englishPhrase);
}

let files: string;
test.beforeEach(() => {
  files = mkdtempSync(join(tmpdir(), 'focal-e2e-ar-errors-'));
});
test.afterEach(() => rmSync(files, { recursive: true, force: true }));

test('in Arabic, the problems of an import and a file that cannot be read are told in Arabic, not in the core’s English', async ({ page, focal }) => {
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'init', '--data', focal.dataDir, '--city', 'sfax', '--name', 'Sfax', '--country', 'TN']);
  const csv = join(files, 'broken.csv');
  // Line 2: not a number. Line 3: a quote never closed (the CSV reader explains it in English).
  writeFileSync(csv, 'indicator,period,value,source\nPOP_TOTAL,2024,x1,Register\nPOP_TOTAL,2023,"955000,Register\n');
  const workbook = join(files, 'damaged.xlsx');
  writeFileSync(workbook, Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]));

  await page.goto(focal.url);
  const figures = new FiguresPage(page);
  await figures.open();
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(csv);
  await importer.check();
  await expect(importer.errors()).toHaveCount(2);
  // English readers get the reader's precise reason.
  await expect(importer.errors().nth(1)).toContainText('A quote opened on line 3 is never closed.');

  await new ShellPage(page).switchLanguage('العربية');
  await expect(importer.errors().nth(0)).toContainText('«\u2068x1\u2069» ليس عددًا.');
  await expect(importer.errors().nth(1)).toContainText('تتعذّر قراءة الملف ابتداءً من هذا السطر');
  await expectArabicOnly(page.getByTestId('import-errors'));

  // A workbook Focal cannot open: the notice names the failure in Arabic and hides no English detail.
  await page.getByRole('button', { name: arabicTable.import.chooseAnother }).click();
  await page.getByTestId('import-file').setInputFiles(workbook);
  const notice = page.getByRole('alert');
  await expect(notice).toBeVisible();
  await expectArabicOnly(notice);
  await expect(notice.locator('details')).toHaveCount(0);
});

test('in Arabic, a refused cell and a refused new figure are explained in Arabic', async ({ page, focal }) => {
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'init', '--data', focal.dataDir, '--city', 'sfax', '--name', 'Sfax', '--country', 'TN']);
  const csv = join(files, 'one.csv');
  writeFileSync(csv, 'indicator,period,value,source\nPOP_TOTAL,2024,955000,Register\n');
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'observations', 'import', '--data', focal.dataDir, csv]);

  await page.goto(focal.url);
  const figures = new FiguresPage(page);
  await figures.open();
  await expect(figures.count()).toHaveText('1 figure');
  await new ShellPage(page).switchLanguage('العربية');

  await figures.editCell(0, 'القيمة', 'x1');
  const refusal = page.getByRole('grid').getByRole('alert');
  await expect(refusal).toContainText('«\u2068x1\u2069» ليس عددًا.');
  await expectArabicOnly(refusal);
  await page.keyboard.press('Escape');

  // The add-a-figure form: every field the core refuses shows its reason in Arabic.
  const arabic: { table: { add: { open: string; title: string; save: string } } } = JSON.parse(readFileSync(join(repoRoot, 'renderer/src/i18n/locales/table/ar.json'), 'utf8'));
  await page.getByRole('button', { name: arabic.table.add.open }).click();
  const form = page.getByRole('form', { name: arabic.table.add.title });
  await form.getByRole('button', { name: arabic.table.add.save }).click();
  const fieldErrors = form.locator('.field__error');
  await expect(fieldErrors.first()).toBeVisible();
  for (const error of await fieldErrors.all()) await expectArabicOnly(error);
});
