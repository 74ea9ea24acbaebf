import { FirstRunPage } from './pages/first-run-page';
import { NarrativePage } from './pages/narrative-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

test.beforeEach(async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  await firstRun.exploreSample();
  await new ShellPage(page).goTo('Migration profile');
});

test('a section is edited, cites a figure through the helper, is saved, and is still there after a reload', async ({ page }) => {
  const narrative = new NarrativePage(page);
  await narrative.open();
  await narrative.expectSection('Metadata and method');
  await narrative.chooseSection('National context');
  await narrative.expectSection('National context');
  await expect(narrative.text()).toHaveAttribute('dir', 'ltr');
  await expect(narrative.text()).toHaveValue(/national/i);

  await narrative.text().fill('## In short\n\nThe city counts **women** among its residents: ');
  await expect(narrative.status()).toHaveText('Unsaved changes');
  await narrative.cursorToEnd();
  const token = await narrative.cite({ indicator: 'Total population', period: '2024', breakdown: 'Female' });
  expect(token).toBe('{{POP_TOTAL 2024 sex=F}}');
  await expect(narrative.text()).toHaveValue('## In short\n\nThe city counts **women** among its residents: {{POP_TOTAL 2024 sex=F}}');
  // The cursor is after the citation, so typing goes on from there.
  await page.keyboard.type('.');

  // The preview renders the figure live: value, year, flags and source, from the data.
  const cited = narrative.preview().locator('[data-citation="POP_TOTAL 2024 sex=F"]');
  await expect(cited).toContainText('548,210');
  await expect(cited).toContainText('(2024, provisional,');
  await expect(cited).toContainText('Annual population estimates 2019–2024');
  await expect(narrative.preview().getByRole('heading', { name: 'In short' })).toBeVisible();
  await expect(narrative.preview().locator('strong')).toHaveText('women');

  // A citation the data cannot answer is marked where it stands, not a crash.
  await narrative.text().press('End');
  await page.keyboard.type(' {{NOT_AN_INDICATOR 2024}} {{POP_TOTAL 1990}} {{POP_TOTAL sex=Q}}');
  const problems = narrative.preview().locator('[data-problem]');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText('unknown indicator');
  await expect(problems.nth(1)).toContainText('no data for this figure');
  await expect(problems.nth(2)).toContainText('code not in the codelist');
  await narrative.text().fill('## In short\n\nThe city counts **women** among its residents: {{POP_TOTAL 2024 sex=F}}.');

  // Leaving unsaved text asks first; staying keeps every word.
  await narrative.chooseSection('Priorities');
  await expect(page.getByText('This text has unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Keep editing' }).click();
  await narrative.expectSection('National context');
  await expect(narrative.text()).toHaveValue(/residents: \{\{POP_TOTAL 2024 sex=F\}\}\.$/);

  await narrative.save();
  await expect(page.getByText('This text has unsaved changes')).toBeHidden();
  await page.reload();
  await narrative.chooseSection('National context');
  await expect(narrative.text()).toHaveValue('## In short\n\nThe city counts **women** among its residents: {{POP_TOTAL 2024 sex=F}}.');
  await expect(narrative.preview().locator('[data-citation="POP_TOTAL 2024 sex=F"]')).toContainText('548,210');
});

test('discarding unsaved changes when switching language keeps what was stored', async ({ page }) => {
  const narrative = new NarrativePage(page);
  await narrative.open();
  const stored = await narrative.text().inputValue();
  await narrative.text().fill('A draft that will be thrown away.');
  await narrative.chooseTextLanguage('Français');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(narrative.textLanguages().getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');
  await expect(narrative.text()).toHaveAttribute('lang', 'fr');
  await narrative.chooseTextLanguage('English');
  await expect(narrative.text()).toHaveValue(stored);
});

test('an Arabic text is written right-to-left, its figures in Arabic, whatever the interface language', async ({ page }) => {
  const narrative = new NarrativePage(page);
  await narrative.open();
  await narrative.chooseSection('Priorities');
  await narrative.chooseTextLanguage('العربية');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  await expect(narrative.text()).toHaveAttribute('dir', 'rtl');
  await expect(narrative.text()).toHaveAttribute('lang', 'ar');
  await expect(narrative.preview().locator('.narrative-text')).toHaveAttribute('dir', 'rtl');
  await expect(narrative.text()).toHaveValue(/[\u0600-\u06FF]/);

  await narrative.text().fill('بلغ عدد السكان ');
  await narrative.cursorToEnd();
  await narrative.cite({ indicator: 'Total population', period: 'Always the latest', breakdown: 'Total' });
  await expect(narrative.text()).toHaveValue('بلغ عدد السكان {{POP_TOTAL}}');
  const expected = await page.evaluate(() => new Intl.NumberFormat('ar', { maximumFractionDigits: 0 }).format(1077512));
  const cited = narrative.preview().locator('[data-citation="POP_TOTAL"]');
  await expect(cited).toContainText(expected);
  await expect(cited).toContainText('مؤقّت');
  // Saved from the keyboard.
  await narrative.text().press('ControlOrMeta+s');
  await expect(narrative.status()).toContainText('Saved');

  await page.reload();
  await narrative.chooseSection('Priorities');
  await narrative.chooseTextLanguage('العربية');
  await expect(narrative.text()).toHaveValue('بلغ عدد السكان {{POP_TOTAL}}');
  await expect(narrative.text()).toHaveAttribute('dir', 'rtl');
});
