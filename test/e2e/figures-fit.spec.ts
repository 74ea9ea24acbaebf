import type { Page } from '@playwright/test';
import { ShellPage } from './pages/shell-page';
import { FiguresPage } from './pages/figures-page';
import { FirstRunPage } from './pages/first-run-page';
import { expect, test } from './support/focal-fixture';

// A focal point's laptop: the Figures table must show a page of rows, not three.
test.use({ viewport: { width: 1366, height: 768 } });

/** Rows drawn entirely inside both the window and the table's own scroll area. */
async function fullyVisibleRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.querySelector('[data-testid="figure-table-scroller"]');
    if (!scroller) return 0;
    const box = scroller.getBoundingClientRect();
    const bottom = Math.min(box.bottom, window.innerHeight);
    return [...document.querySelectorAll('[data-testid="figure-row"]')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= bottom + 0.5;
    }).length;
  });
}

async function pageScroll(page: Page): Promise<{ sideways: boolean; scrolled: number }> {
  return page.evaluate(() => ({ sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth, scrolled: window.scrollY }));
}

for (const language of ['English', 'Français', 'العربية'] as const) {
  test(`at 1366×768 the Figures table shows at least ten rows without scrolling the page (${language})`, async ({ page, focal }) => {
    const firstRun = new FirstRunPage(page);
    await firstRun.open(focal.url);
    await firstRun.exploreSample();
    const shell = new ShellPage(page);
    if (language !== 'English') await shell.switchLanguage(language);
    await page.getByRole('navigation').getByRole('link').nth(1).click();
    await expect(page.getByTestId('figure-row').first()).toBeVisible();

    expect(await fullyVisibleRows(page)).toBeGreaterThanOrEqual(10);
    expect(await pageScroll(page)).toEqual({ sideways: false, scrolled: 0 });
    // The filters are folded away behind one button, which says when some are set.
    const toggle = page.locator('[aria-controls]').filter({ has: page.locator('.icon') }).first();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('search')).toBeHidden();

    // No column header is cut short, in any language.
    const cut = await page.locator('.figure-table__header').evaluateAll((headers) => headers.filter((h) => h.scrollWidth > h.clientWidth + 1).map((h) => h.textContent));
    expect(cut).toEqual([]);

    // The indicator stays in view when the row scrolls sideways.
    const indicator = page.getByTestId('figure-row').first().locator('.figure-table__cell--indicator');
    const before = await indicator.boundingBox();
    await page.getByTestId('figure-table-scroller').evaluate((el) => el.scrollBy({ left: el.scrollWidth * (getComputedStyle(el).direction === 'rtl' ? -1 : 1) }));
    await expect.poll(async () => (await indicator.boundingBox())?.x).toBe(before?.x);
    await expect(indicator).toBeInViewport();
  });
}

test('the Import page does not scroll sideways, and warnings are read on their row', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  await firstRun.exploreSample();
  const figures = new FiguresPage(page);
  await figures.open();
  // A part above its total, saved by hand: the row says so in words beside the value.
  const add = async (sex: string | null, value: string) => {
    await page.getByRole('button', { name: 'Add a figure' }).click();
    const form = page.getByRole('form', { name: 'Add a figure' });
    await form.getByLabel('Indicator').selectOption({ label: 'Total population' });
    await form.getByLabel('Period').fill('2031-Q1');
    if (sex) await form.getByLabel('Sex').selectOption({ label: sex });
    await form.getByLabel('Value').fill(value);
    await form.getByLabel('Source').fill('Check');
    await page.getByRole('button', { name: 'Save the figure' }).click();
    await expect(page.getByText(/^Saved: /)).toBeVisible();
  };
  await add(null, '100');
  await add('Female', '150');
  await figures.filter('Period', '2031-Q1');
  await expect(figures.rows()).toHaveCount(2);
  const warned = figures.rows().filter({ hasText: 'Parts above total' });
  await expect(warned).toHaveCount(1);
  // The whole sentence is there for a screen reader and on hover.
  await expect(warned.locator('[title]').filter({ hasText: 'Parts above total' })).toHaveAttribute('title', /adds up to 150, more than the total 100/);

  await page.getByRole('button', { name: 'Import a spreadsheet' }).click();
  await expect(page.getByTestId('import-drop')).toBeVisible();
  expect(await pageScroll(page)).toMatchObject({ sideways: false });
});

for (const language of ['English', 'العربية'] as const) {
  test(`at 1366×768 no page scrolls sideways (${language})`, async ({ page, focal }) => {
    const firstRun = new FirstRunPage(page);
    await firstRun.open(focal.url);
    await firstRun.exploreSample();
    if (language !== 'English') await new ShellPage(page).switchLanguage(language);
    const routes = ['dashboard', 'profile/figures', 'profile/sources', 'profile/charts', 'profile/gaps', 'profile/narrative', 'profile/report', 'profile/import', 'commitments', 'commitments/timeline', 'paper', 'assessment', 'activities', 'advice', 'exchange', 'catalogue', 'settings'];
    const sideways: string[] = [];
    for (const route of routes) {
      await page.evaluate((hash) => (window.location.hash = hash), `#/${route}`);
      await expect(page.locator('main h1').first()).toBeVisible();
      // Let the page settle (charts and tables size themselves after the first frame).
      await page.waitForTimeout(300);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) sideways.push(`${route}: ${scrollWidth} > ${clientWidth}`);
    }
    expect(sideways).toEqual([]);
  });
}
