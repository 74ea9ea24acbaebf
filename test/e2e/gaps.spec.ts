import { GapsPage } from './pages/gaps-page';
import { FirstRunPage } from './pages/first-run-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

test('the data gaps show what each indicator still lacks, can be narrowed to the gaps, and are linked from the dashboard', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  await firstRun.exploreSample();

  // The dashboard says how much is missing and leads to the tab.
  const card = page.getByTestId('gaps-card');
  await expect(card.getByRole('heading', { name: 'What is missing' })).toBeVisible();
  await expect(card.getByTestId('gap-count-noData')).toHaveText('1 indicator of 31 has no figures yet');
  await card.getByRole('link', { name: 'See the data gaps' }).click();
  await expect(page).toHaveURL(/#\/profile\/gaps$/);
  await expect(page.getByRole('tab', { name: 'Data gaps' })).toHaveAttribute('aria-selected', 'true');

  const gaps = new GapsPage(page);
  await expect(gaps.count('noData')).toContainText('indicator of 31 has no figures yet');
  await expect(gaps.count('lacking-sex')).toContainText('lacks a breakdown by sex');

  // One column per period with figures.
  await expect(gaps.periods()).toHaveText(['2019', '2020', '2021', '2022', '2023', '2024']);
  await expect(gaps.rows()).toHaveCount(31);

  // An indicator without figures misses everything it should be broken down by.
  const empty = gaps.row('POP_AGE_STRUCTURE');
  await expect(empty).toContainText('Population by age group');
  await expect(empty.getByTestId('missing-chips')).toContainText('No figures yet');
  await expect(empty.getByTestId('missing-chips').getByRole('listitem')).toHaveText(['by age', 'by sex', 'by migration status']);
  await expect(empty.getByRole('cell').first()).toHaveText('2019: no figures');

  // A cell says in words what it holds; a row says what its latest period lacks.
  const residents = gaps.row('MIG_BY_STATUS');
  await expect(residents.getByRole('cell').last()).toContainText('2024: total and by migration status');
  await expect(residents.getByTestId('missing-chips')).toContainText('Missing in 2024:');
  await expect(residents.getByTestId('missing-chips').getByRole('listitem')).toHaveText(['by sex', 'by age', 'by origin']);
  await expect(gaps.row('REF_ASY_REGISTERED')).toContainText('Complete in its latest period');

  // Only the indicators with gaps: the complete ones leave.
  const complete = Number(await gaps.count('complete').locator('.gap-counts__value').innerText());
  await gaps.onlyGaps().focus();
  await page.keyboard.press('Space');
  await expect(gaps.onlyGaps()).toBeChecked();
  await expect(gaps.rows()).toHaveCount(31 - complete);
  await expect(gaps.resultCount()).toHaveText(`Showing ${31 - complete} of 31 indicators`);
  await expect(gaps.row('REF_ASY_REGISTERED')).toHaveCount(0);
  await expect(gaps.row('POP_AGE_STRUCTURE')).toHaveCount(1);

  // In Arabic the indicator column stands on the right.
  await new ShellPage(page).switchLanguage('العربية');
  await expect(gaps.summary().getByRole('heading', { level: 2 })).toHaveText('ما يجب جمعه بعد');
  const corner = await gaps.matrix().getByRole('columnheader').first().boundingBox();
  const lastPeriod = await gaps.periods().last().boundingBox();
  expect(corner && lastPeriod && corner.x > lastPeriod.x).toBe(true);
  await expect(gaps.row('POP_AGE_STRUCTURE').getByTestId('missing-chips')).toContainText('لا أرقام بعد');
});
