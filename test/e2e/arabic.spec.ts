import { FirstRunPage } from './pages/first-run-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

test('switching to Arabic flips the layout right-to-left and formats numbers and dates for the locale', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  await firstRun.exploreSample();
  const shell = new ShellPage(page);
  await expect(page.getByTestId('indicator-count')).toHaveText('31');
  expect(await shell.direction()).toBe('ltr');
  // The sample city comes with figures, each with its year and source.
  const populationCard = page.getByTestId('key-figure-POP_TOTAL');
  await expect(populationCard.getByTestId('key-figure-value')).toHaveText('1,077,512');
  await expect(populationCard).toContainText('2024');
  // Its source: the citation, then the publisher and the year.
  const source = (await populationCard.locator('.key-figure__source').textContent())?.replace(/[\u2066-\u2069]/g, '');
  expect(source).toBe('Source: Annual population estimates 2019–2024, National Statistics Institute (sample), 2025');
  await expect(page.getByTestId('key-figure-REF_ASY_REGISTERED')).toContainText('Asylum seekers: 5,862');

  await shell.switchLanguage('العربية');
  expect(await shell.direction()).toBe('rtl');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
  await expect(page.getByRole('heading', { level: 1, name: 'مدينة نموذجية (للعرض)' })).toBeVisible();
  await expect(shell.navigation().getByRole('link', { name: 'الفهرس' })).toBeVisible();

  // The navigation now sits at the right, the content at the left.
  const nav = await shell.navigation().boundingBox();
  const main = await page.getByRole('main').boundingBox();
  expect(nav && main && nav.x > main.x).toBe(true);

  // Icons that point somewhere are mirrored.
  const transform = await page.locator('.icon--directional').first().evaluate((el) => getComputedStyle(el).transform);
  expect(transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');

  // Numbers and dates come from Intl for Arabic, not from the English text.
  const expected = await page.evaluate(() => ({
    count: new Intl.NumberFormat('ar', { maximumFractionDigits: 0 }).format(31),
    today: new Intl.DateTimeFormat('ar', { dateStyle: 'long' }).format(new Date()),
  }));
  await expect(page.getByTestId('indicator-count')).toHaveText(expected.count);
  // Exactly: on the 5th, "15 December" on the agenda holds today's date too.
  await expect(page.getByText(expected.today, { exact: true })).toBeVisible();
  expect(expected.today).toMatch(/[\u0600-\u06FF]/);

  const population = page.getByTestId('key-figure-POP_TOTAL').getByTestId('key-figure-value');
  await expect(population).toHaveText(await page.evaluate(() => new Intl.NumberFormat('ar', { maximumFractionDigits: 0 }).format(1077512)));

  // French groups digits and names months its own way too.
  await shell.switchLanguage('Français');
  const french = await page.evaluate(() => ({
    today: new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date()),
    population: new Intl.NumberFormat('fr', { maximumFractionDigits: 0 }).format(1077512),
  }));
  await expect(page.getByText(french.today, { exact: true })).toBeVisible();
  await expect(population).toHaveText(french.population);
  expect(french.population).not.toBe('1,077,512');

  // The choice is remembered in the data folder across reloads.
  await shell.switchLanguage('العربية');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'مدينة نموذجية (للعرض)' })).toBeVisible();
  expect(await shell.direction()).toBe('rtl');
});

test('a setup form in Arabic validates in Arabic', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  const shell = new ShellPage(page);
  await shell.switchLanguage('العربية');
  await page.getByRole('button', { name: 'إعداد مدينتي' }).click();
  await page.getByRole('button', { name: 'إعداد المدينة' }).click();
  const errors = page.locator('.field__error');
  await expect(errors.first()).toBeVisible();
  for (const text of await errors.allInnerTexts()) expect(text).toMatch(/[\u0600-\u06FF]/);
});
