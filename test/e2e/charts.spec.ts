import { ChartsPage } from './pages/charts-page';
import { FirstRunPage } from './pages/first-run-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

const periods = ['2019', '2020', '2021', '2022', '2023', '2024'];

test('charts show an indicator over time with its sources, its breakdowns with the focus groups, and mirror in Arabic', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  await firstRun.exploreSample();
  const shell = new ShellPage(page);
  await shell.goTo('Migration profile');
  const charts = new ChartsPage(page);
  await charts.open();

  // It starts on the first indicator that has figures.
  await expect(charts.picker()).toHaveValue('POP_TOTAL');
  await charts.pick('Registered refugees and asylum seekers');
  await expect(charts.indicator().getByRole('heading', { level: 2 })).toHaveText('Registered refugees and asylum seekers');

  // One bar per period, each period on the time axis, left to right.
  await expect(charts.seriesBars()).toHaveCount(periods.length);
  for (const period of periods) await expect(charts.periodTick(period)).toBeVisible();
  const first = await charts.periodTick('2019').boundingBox();
  const last = await charts.periodTick('2024').boundingBox();
  expect(first && last && first.x < last.x).toBe(true);

  // Pointing at a bar tells its value and its source.
  await charts.seriesBars().last().hover();
  await expect(charts.tooltip()).toContainText('9,076');
  await expect(charts.tooltip()).toContainText('UNHCR country office (sample)');

  // The same numbers as a table, with the source of each.
  const toggle = charts.toggle(charts.series());
  await expect(toggle).toHaveText('Show as table');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveText('Show as chart');
  await expect(charts.seriesRows()).toHaveCount(periods.length);
  await expect(charts.seriesRows().first()).toContainText('2019');
  await expect(charts.seriesRows().first().getByTestId('series-value')).toHaveText('3,490');
  await expect(charts.seriesRows().last().getByTestId('series-value')).toHaveText('9,076');
  // The source: its citation, then publisher and year (each part isolated for right-to-left lines).
  await expect(charts.seriesRows().last().getByTestId('series-source')).toHaveText(
    ['Registered refugees and asylum seekers, 31 December', 'UNHCR country office (sample)', '2025'].map((part) => `\u2068${part}\u2069`).join(', '),
  );

  // Breakdowns of the newest period, with women, youth, refugees and asylum seekers there and highlighted.
  await expect(page.getByRole('heading', { name: 'Breakdowns in 2024' })).toBeVisible();
  await expect(page.getByText('Focus groups of the programme: Women and girls, Youth (15–24), Refugees, and Asylum seekers')).toBeVisible();
  await expect(charts.breakdown('sex')).toContainText('Highlighted: Female');
  await expect(charts.breakdown('age')).toContainText('Highlighted: 15–24 (youth)');
  await expect(charts.breakdown('status')).toContainText('Highlighted: Asylum seekers and Refugees and other protection holders');
  await expect(charts.breakdown('status').locator('.recharts-bar-rectangle')).toHaveCount(2);
  await expect(charts.breakdown('origin')).toContainText('Sudan');
  // The focus bars are drawn in the brand colour, the others muted.
  const sexFills = await charts.breakdown('sex').locator('.recharts-bar-rectangle path').evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));
  expect(sexFills).toEqual(['#1d5c74', '#7d909a']);
  // Each breakdown reads as a table too, the focus groups marked in words.
  await charts.toggle(charts.breakdown('status')).click();
  const statusRows = charts.breakdown('status').getByRole('row');
  await expect(statusRows.filter({ hasText: 'Asylum seekers' })).toContainText('5,862');
  await expect(statusRows.filter({ hasText: 'focus group' })).toHaveCount(2);
  await expect(statusRows.filter({ hasText: 'Refugees and other protection holders' })).toContainText('35.4%');

  // An earlier period can be chosen.
  await page.getByLabel('Period').selectOption('2022');
  await expect(page.getByRole('heading', { name: 'Breakdowns in 2022' })).toBeVisible();
  await expect(charts.breakdown('sex')).toContainText('2,520');

  // In Arabic time runs from right to left, the value axis stands on the right, numbers are Arabic.
  await shell.switchLanguage('العربية');
  await expect(charts.indicator().getByRole('heading', { level: 2 })).toHaveText('اللاجئون وطالبو اللجوء المسجَّلون');
  await charts.toggle(charts.series()).click();
  await expect(charts.toggle(charts.series())).toHaveAttribute('aria-pressed', 'false');
  const years = await page.evaluate(() => {
    const year = new Intl.DateTimeFormat('ar', { year: 'numeric', timeZone: 'UTC' });
    return { first: year.format(Date.UTC(2019, 0, 1)), last: year.format(Date.UTC(2024, 0, 1)) };
  });
  await expect(charts.seriesBars()).toHaveCount(periods.length);
  const firstRtl = await charts.periodTick(years.first).boundingBox();
  const lastRtl = await charts.periodTick(years.last).boundingBox();
  expect(firstRtl && lastRtl && firstRtl.x > lastRtl.x).toBe(true);
  const axis = await charts.valueAxis().boundingBox();
  const bar = await charts.seriesBars().first().boundingBox();
  expect(axis && bar && axis.x > bar.x).toBe(true);

  await charts.toggle(charts.series()).click();
  const arabic = await page.evaluate(() => new Intl.NumberFormat('ar', { maximumFractionDigits: 0 }).format(9076));
  await expect(charts.seriesRows().last().getByTestId('series-value')).toHaveText(arabic);
  await expect(charts.seriesRows().last().getByTestId('series-source')).toContainText('UNHCR country office (sample)');
  await expect(charts.series().getByRole('columnheader').first()).toHaveText('الفترة');
});

test('a yes / partly / no indicator shows its answers, and one without figures says so', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  await firstRun.exploreSample();
  await new ShellPage(page).goTo('Migration profile');
  const charts = new ChartsPage(page);
  await charts.open();

  await charts.pick('Local migration strategy');
  const answers = page.getByTestId('answer-history');
  await expect(answers.getByRole('heading', { name: 'Answers over time' })).toBeVisible();
  await expect(answers.getByRole('row').nth(1)).toContainText('2024');
  await expect(answers.getByRole('row').nth(1)).toContainText('Yes');
  await expect(charts.series()).toHaveCount(0);

  await charts.pick('Population by age group (no figures yet)');
  await expect(page.getByTestId('charts-empty')).toContainText('There are no figures for this indicator yet.');

  // The picker is a plain select: the keyboard reaches and changes it.
  await charts.picker().focus();
  await page.keyboard.press('Home');
  await expect(charts.picker()).toHaveValue('POP_TOTAL');
  await expect(charts.seriesBars()).toHaveCount(6);
});
