import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CataloguePage } from './pages/catalogue-page';
import { FirstRunPage } from './pages/first-run-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

/** What the CLI finds for the same filters: the UI must show exactly that many rows. */
function cliCount(...filters: string[]): number {
  const bin = join(import.meta.dirname, '..', '..', 'bin', 'focal.mjs');
  const dataDir = join(import.meta.dirname, '..', '..', 'test-results', 'cli-catalogue');
  const indicators: unknown = JSON.parse(execFileSync(process.execPath, [bin, 'catalogue', 'list', '--data', dataDir, '--json', ...filters], { encoding: 'utf8' }));
  if (!Array.isArray(indicators)) throw new Error('catalogue list --json did not answer an array');
  return indicators.length;
}

test.beforeEach(async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  await firstRun.exploreSample();
  await new ShellPage(page).goTo('Catalogue');
});

test('the catalogue is searched by words and filtered by domain and framework', async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await expect(catalogue.resultCount()).toHaveText('31 indicators');
  await expect(catalogue.rows()).toHaveCount(31);

  await catalogue.search('refugees');
  await expect(catalogue.rows().first()).toContainText('Registered refugees and asylum seekers');
  const found = cliCount('--search', 'refugees');
  await expect(catalogue.rows()).toHaveCount(found);
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(31);

  // Accents and case do not matter.
  await catalogue.search('REFUGIES');
  await expect(catalogue.rows()).toHaveCount(found);

  await catalogue.search('');
  await catalogue.filterByDomain('Health');
  await expect(catalogue.rows()).toHaveCount(cliCount('--domain', 'health'));
  for (const row of await catalogue.rows().all()) await expect(row.locator('td').nth(1)).toHaveText('Health');

  await catalogue.filterByFramework('Sustainable Development Goal targets');
  await expect(catalogue.rows()).toHaveCount(cliCount('--domain', 'health', '--framework', 'sdg'));
  for (const row of await catalogue.rows().all()) await expect(row).toContainText('sdg.');

  await catalogue.search('no indicator has this name');
  await expect(page.getByText('No indicator matches. Try fewer words or another domain.')).toBeVisible();
});

test('frameworks and breakdown codes are listed', async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.openTab('Frameworks');
  await expect(page.getByRole('heading', { name: 'Intercultural Cities Index' })).toBeVisible();
  await expect(page.getByText('To be confirmed').first()).toBeVisible();
  // Arrow keys move between tabs.
  await page.getByRole('tab', { name: 'Frameworks' }).press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Breakdowns and groups' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('cell', { name: 'ASY', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Y15T24', exact: true })).toBeVisible();
});

test('the catalogue searches in Arabic', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.switchLanguage('العربية');
  const catalogue = new CataloguePage(page);
  await catalogue.search('اللاجئون');
  await expect(catalogue.rows().first()).toContainText('اللاجئون وطالبو اللجوء المسجَّلون');
  await expect(catalogue.rows()).not.toHaveCount(31);
});
