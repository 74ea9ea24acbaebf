import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';
import { DistrictsPanel } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

const repoRoot = join(import.meta.dirname, '..', '..');
const screenshots = join(repoRoot, 'docs', 'screenshots');

function focalCli(...args: string[]): string {
  return execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), ...args], { encoding: 'utf8' });
}

let files: string;
test.beforeEach(() => {
  files = mkdtempSync(join(tmpdir(), 'focal-e2e-files-'));
  mkdirSync(screenshots, { recursive: true });
});
test.afterEach(() => rmSync(files, { recursive: true, force: true }));

test('a focal point lists the city\'s districts in Settings, and a file naming another district is refused on its line', async ({ page, focal }) => {
  focalCli('init', '--data', focal.dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(focal.url);
  const districts = new DistrictsPanel(page);
  await districts.open();
  await expect(districts.panel().getByText('No districts yet.')).toBeVisible();

  await districts.add('MEDINA', { en: 'Medina', fr: 'Médina', ar: 'المدينة العتيقة' });
  await expect(districts.panel().getByText('District added: Medina.')).toBeVisible();
  await districts.add('BAB_SOUIKA', { en: 'Bab Souika' });
  await expect(districts.rows()).toHaveCount(2);
  // A name a file could not tell from another district's is refused on its field; the list stays.
  await districts.add('MEDINA_2', { en: 'medina' });
  await expect(districts.panel().getByText('“medina” already names the district MEDINA')).toBeVisible();
  await expect(districts.rows()).toHaveCount(2);
  // Renaming changes the names, never the code.
  await districts.panel().getByRole('button', { name: 'Rename Bab Souika' }).click();
  await expect(districts.panel().getByLabel('Code', { exact: true })).toHaveValue('BAB_SOUIKA');
  await districts.panel().getByLabel('Arabic name').fill('باب سويقة');
  await districts.panel().getByRole('button', { name: 'Save the names' }).click();
  await expect(districts.panel().getByText('District renamed: Bab Souika.')).toBeVisible();
  await expect(districts.rows().nth(1)).toContainText('باب سويقة');
  await districts.panel().scrollIntoViewIfNeeded();
  await districts.panel().screenshot({ path: join(screenshots, 'settings-districts-en.png') });

  await new ShellPage(page).switchLanguage('العربية');
  await expect(page.getByRole('region', { name: 'الأحياء' })).toBeVisible();
  await page.getByRole('region', { name: 'الأحياء' }).screenshot({ path: join(screenshots, 'settings-districts-ar.png') });
  await new ShellPage(page).switchLanguage('English');

  // A file: districts by code, by French and Arabic name; line 4 names a district the city does not have.
  const csv = join(files, 'districts.csv');
  writeFileSync(
    csv,
    [
      'indicator,period,sex,age,status,origin,area,value,source,note,flags',
      'POP_TOTAL,2024,,,,,MEDINA,98000,Recensement 2024,,',
      'POP_TOTAL,2024,,,,,باب سويقة,87000,Recensement 2024,,',
      'POP_TOTAL,2023,,,,,Lafayette,5000,Recensement 2024,,',
      'POP_TOTAL,2023,,,,,Médina,97000,Recensement 2024,,',
    ].join('\n'),
  );
  const figures = new FiguresPage(page);
  await figures.open();
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(csv);
  await importer.check();
  await expect(importer.errors()).toHaveCount(1);
  await expect(importer.errors().first()).toContainText('4');
  await expect(importer.errors().first()).toContainText('“Lafayette” is not one of your city’s districts');
  await expect(page.getByText('The file is ready to import.')).toHaveCount(0);
});

test('a UN DESA table whose Area column holds countries is not ready to import until a row filter keeps the city\'s country', async ({ page, focal }) => {
  focalCli('init', '--data', focal.dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN');
  const csv = join(files, 'undesa.csv');
  writeFileSync(
    csv,
    [
      'Indicator,Year,Area,Sex,Stock,Source',
      'MIG_FOREIGN_RES,2020,Tunisia,Both sexes,60000,UN DESA International Migrant Stock 2020',
      'MIG_FOREIGN_RES,2020,Morocco,Both sexes,102000,UN DESA International Migrant Stock 2020',
      'MIG_FOREIGN_RES,2020,Algeria,Both sexes,250000,UN DESA International Migrant Stock 2020',
    ].join('\n'),
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(focal.url);
  const figures = new FiguresPage(page);
  await figures.open();
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(csv);
  // The country column is neither the indicator nor the districts; the Stock column is the value.
  await expect(page.getByLabel('District', { exact: true })).toHaveValue('-');
  await expect(page.getByLabel('Value', { exact: true })).toHaveValue('4');
  await importer.check();
  // Three countries' rows for one figure of the city: each later line repeats the first.
  await expect(importer.errors()).toHaveCount(2);
  await expect(importer.errors().first()).toContainText('3');
  await expect(page.getByText('The file is ready to import.')).toHaveCount(0);

  await page.getByRole('button', { name: 'Change the column matching' }).click();
  await page.getByLabel('Keep the rows where').selectOption({ label: 'C · Area' });
  await page.getByLabel('equals').fill('tunisia');
  await page.getByLabel('Save this mapping as').fill('UN DESA migrant stock');
  await page.getByRole('button', { name: 'Save the mapping' }).click();
  await expect(page.getByText('Mapping saved: UN DESA migrant stock.')).toBeVisible();
  await page.locator('.mapping').screenshot({ path: join(screenshots, 'mapping-step-en.png') });
  await new ShellPage(page).switchLanguage('العربية');
  await page.locator('.mapping').screenshot({ path: join(screenshots, 'mapping-step-ar.png') });
  await new ShellPage(page).switchLanguage('English');
  await importer.check();
  await expect(importer.created()).toHaveText('1');
  await expect(page.getByText('The file is ready to import.')).toBeVisible();
  await importer.apply();
  await importer.backToFigures();
  await expect(figures.count()).toHaveText('1 figure');
  await expect(page.getByRole('grid').getByText('60,000')).toBeVisible();

  // Next time, the saved mapping reads the same table in one step.
  await importer.open();
  await importer.choose(csv);
  await page.getByLabel('Use a saved mapping').selectOption('UN DESA migrant stock');
  await expect(page.getByLabel('equals')).toHaveValue('tunisia');
  await importer.check();
  await expect(page.getByTestId('import-unchanged')).toHaveText('1');

  // A saved mapping no longer wanted is deleted after a question; Keep leaves it.
  await page.getByRole('button', { name: 'Change the column matching' }).click();
  await page.getByRole('button', { name: 'Delete “UN DESA migrant stock”' }).click();
  await expect(page.getByText('Delete the saved mapping “UN DESA migrant stock”? Figures already imported with it stay as they are.')).toBeVisible();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByLabel('Use a saved mapping')).toBeVisible();
  await page.getByRole('button', { name: 'Delete “UN DESA migrant stock”' }).click();
  await page.getByRole('button', { name: 'Delete it' }).click();
  await expect(page.getByText('Saved mapping deleted: UN DESA migrant stock.')).toBeVisible();
  // The list is read again from the data folder: nothing left to use.
  await expect(page.getByLabel('Use a saved mapping')).toHaveCount(0);
  await expect(page.getByText('No saved mapping yet: match the columns below, then save the mapping for the next file of the same shape.')).toBeVisible();
});
