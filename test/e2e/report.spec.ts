import { FiguresPage } from './pages/figures-page';
import { NarrativePage } from './pages/narrative-page';
import { FirstRunPage } from './pages/first-run-page';
import { outlineHas, pdfHolds, ReportPage } from './pages/report-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

test.beforeEach(async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  await firstRun.exploreSample();
  await new ShellPage(page).goTo('Migration profile');
});

test('the report prints to an A4 PDF holding the city, the sections, the figures with year and source, and the sources', async ({ page }) => {
  const report = new ReportPage(page);
  await report.open();
  await expect(report.document()).toHaveAttribute('lang', 'en');
  await expect(report.document()).toHaveAttribute('dir', 'ltr');

  // On screen: a cited figure reads "value (period, source)" and points at the numbered sources.
  // (The source is wrapped in Unicode isolates so that it cannot reorder an Arabic sentence.)
  const figure = report.section('key-data').locator('[data-citation="POP_TOTAL"]').first();
  const shown = (await figure.textContent())?.replace(/[\u2066-\u2069]/g, '');
  expect(shown).toMatch(/^1,077,512 \(2024, provisional, Annual population estimates 2019–2024\)\[\d+\]$/);
  await expect(report.document().locator('[data-problem]')).toHaveCount(0);

  const pdf = await report.printToPdf();
  // A title page, the key figures and each of the nine sections start on a page of their own.
  expect(pdf.pages.length).toBeGreaterThanOrEqual(11);
  expect(pdfHolds(pdf, 'Sample city (demonstration)')).toBe(true);
  expect(pdfHolds(pdf, 'Metadata and method')).toBe(true);
  expect(pdfHolds(pdf, 'Access to rights and services')).toBe(true);
  expect(pdfHolds(pdf, '1,077,512 (2024, provisional, Annual population estimates 2019–2024)')).toBe(true);
  expect(pdfHolds(pdf, 'Annual population estimates 2019–2024, National Statistics Institute (sample), 2025')).toBe(true);
  // The headings become the PDF's bookmarks.
  for (const heading of ['Sample city (demonstration)', 'Key figures', 'Metadata and method', 'Priorities', 'Sources']) expect(outlineHas(pdf, heading), heading).toBe(true);
  // Nothing of the application around the report is printed.
  for (const chrome of ['Peer advice', 'Data gaps', 'Language of the report', 'Print or save as PDF']) expect(pdfHolds(pdf, chrome), chrome).toBe(false);
});

test('an Arabic report prints right-to-left from an English interface', async ({ page }) => {
  const report = new ReportPage(page);
  await report.open();
  await report.chooseLanguage('العربية');
  await expect(report.document()).toHaveAttribute('lang', 'ar');
  await expect(report.document()).toHaveAttribute('dir', 'rtl');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  // The report's own direction carries to its text: Arabic paragraphs start at the right.
  const paragraph = report.section('metadata').locator('p').first();
  expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
  await expect(report.section('metadata').getByRole('heading', { level: 2 })).toHaveText('البيانات الوصفية والمنهجية');

  const pdf = await report.printToPdf();
  // Arabic headings, read from the PDF's outline (see PdfText for why not from the glyphs).
  for (const heading of ['مدينة نموذجية (للعرض)', 'الأرقام الرئيسية', 'البيانات الوصفية والمنهجية', 'الحصول على الحقوق والخدمات', 'المصادر']) {
    expect(outlineHas(pdf, heading), heading).toBe(true);
  }
  expect(outlineHas(pdf, 'Metadata and method')).toBe(false);
  // The pages are drawn in Arabic script, with the figures and their sources as the data has them.
  const text = pdf.pages.join('').normalize('NFKC');
  expect(text.match(/[\u0621-\u064A]/g)?.length ?? 0).toBeGreaterThan(1000);
  expect(pdfHolds(pdf, 'Metadata and method')).toBe(false);
  expect(pdfHolds(pdf, '1,077,512')).toBe(true);
  expect(pdfHolds(pdf, 'Annual population estimates 2019–2024')).toBe(true);
});

test('the print stylesheet keeps only the report: no navigation, tabs or buttons', async ({ page }) => {
  const report = new ReportPage(page);
  await report.open();
  await expect(page.locator('.sidebar')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.topbar', '.sidebar', '.tabs__list', '.page-header', '.report-controls']) await expect(page.locator(chrome)).toBeHidden();
  await expect(report.printButton()).toBeHidden();
  await expect(report.document()).toBeVisible();
  // Each part of the report begins on a new sheet.
  expect(await report.section('metadata').evaluate((s) => getComputedStyle(s).breakBefore)).toBe('page');
  await page.emulateMedia({ media: null });
  await expect(page.locator('.sidebar')).toBeVisible();
});

test('Print opens the browser’s print dialog in the browser host', async ({ page }) => {
  const report = new ReportPage(page);
  await report.open();
  // The dialog itself cannot be driven; record that the page asked for it, and under which title.
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printedAs = document.title;
    };
  });
  await report.printButton().click();
  await expect(page.locator('body')).toHaveAttribute('data-printed-as', /^focal-sample-city-profile-en-\d{4}-\d{2}-\d{2}$/);
});

test('a report leaves out what must not leave the machine: confidential figures', async ({ page }) => {
  // The focal point records a small count of things and a confidential figure.
  const figures = new FiguresPage(page);
  await figures.open();
  await page.getByRole('button', { name: 'Add a figure' }).click();
  const form = page.getByRole('form', { name: 'Add a figure' });
  await form.getByLabel('Indicator').selectOption({ label: 'Registered migrant associations' });
  await form.getByLabel('Period').fill('2030');
  await form.getByLabel('Value').fill('3');
  await form.getByLabel('Source').fill('Municipal records');
  await page.getByRole('button', { name: 'Save the figure' }).click();
  await expect(page.getByText('Saved: Registered migrant associations, 2030.')).toBeVisible();
  await form.getByLabel('Indicator').selectOption({ label: 'Municipal staff trained on migration' });
  await form.getByLabel('Period').fill('2030');
  await form.getByLabel('Value').fill('4');
  await form.getByLabel('Confidential').check();
  await page.getByRole('button', { name: 'Save the figure' }).click();
  await expect(page.getByText('Saved: Municipal staff trained on migration, 2030.')).toBeVisible();

  const report = new ReportPage(page);
  await report.open();
  const table = report.document().locator('.report__key-figures');
  // A count of things (associations) is printed as it is; a confidential one is withheld.
  await expect(table.getByRole('row', { name: /Registered migrant associations/ })).toContainText('3');
  await expect(table.getByRole('row', { name: /Municipal staff trained on migration/ })).toContainText('withheld');
  const pdf = await report.printToPdf();
  expect(pdfHolds(pdf, 'withheld')).toBe(true);
});

test('the printed report numbers its pages, lists its parts in the contents and charts each key indicator', async ({ page }) => {
  const report = new ReportPage(page);
  await report.open();
  await expect(report.contents().getByRole('listitem').first()).toHaveText('Key figures');
  await expect(report.contents()).toContainText('Key indicators over time');
  await expect(report.contents()).toContainText('Metadata and method');
  await expect(report.contents().getByRole('listitem').last()).toHaveText('Sources');
  // The Charts tab's chart, one per key indicator, with its source.
  const charts = report.document().locator('.report__key-charts');
  await expect(charts.getByTestId('series-chart').first()).toBeVisible();
  const population = charts.locator('[data-indicator="POP_TOTAL"]');
  await expect(population.locator('svg.recharts-surface')).toBeVisible();
  await expect(population).toContainText('National Statistics Institute (sample)');

  const pdf = await report.printToPdf('report-en');
  const total = pdf.pages.length;
  // The cover has no number; every other page says where it is, and the running header names the city.
  expect(pdfHolds({ ...pdf, pages: [pdf.pages[0] ?? ''] }, 'Page 1 of')).toBe(false);
  for (let n = 2; n <= total; n++) {
    const page = { ...pdf, pages: [pdf.pages[n - 1] ?? ''] };
    expect(pdfHolds(page, `Page ${n} of ${total}`), `page ${n}`).toBe(true);
    expect(pdfHolds(page, 'Sample city (demonstration) · Migration profile'), `header on page ${n}`).toBe(true);
  }
  // The contents are printed on the cover.
  const cover = { ...pdf, pages: [pdf.pages[0] ?? ''] };
  for (const entry of ['Contents', '1. Key figures', '2. Key indicators over time', '3. Metadata and method', '12. Sources']) expect(pdfHolds(cover, entry), entry).toBe(true);
  expect(outlineHas(pdf, 'Key indicators over time')).toBe(true);
});

test('a citation that no longer finds its figure is listed before printing with its section, and never printed as {{…}}', async ({ page }) => {
  const narrative = new NarrativePage(page);
  await narrative.open();
  await narrative.expectSection('Metadata and method');
  await narrative.cursorToEnd();
  await page.keyboard.type('\n\nDesks opened: {{LOCAL_DESKS_GONE 2024}}; women: {{POP_TOTAL 2024 sex=Q}}.');
  await narrative.save();

  const report = new ReportPage(page);
  await report.open();
  await expect(report.brokenCitations()).toHaveCount(2);
  await expect(report.brokenCitations().first()).toHaveText('Metadata and method: unknown indicator {{LOCAL_DESKS_GONE 2024}}');
  await expect(report.brokenCitations().last()).toContainText('Metadata and method:');
  await expect(report.brokenCitations().last()).toContainText('{{POP_TOTAL 2024 sex=Q}}');
  // In the report itself they read "[figure not available]"; the markers are only in the list above it.
  await expect(report.document()).not.toContainText('{{');
  await expect(report.section('metadata')).toContainText('Desks opened: [figure not available]; women: [figure not available].');
  await expect(report.printButton()).toBeEnabled();

  const pdf = await report.printToPdf();
  expect(pdf.pages.join('')).not.toContain('{{');
  expect(pdfHolds(pdf, 'Desks opened: [figure not available]')).toBe(true);
  // Nothing of the list before printing reaches the paper.
  expect(pdfHolds(pdf, 'no longer find')).toBe(false);
});

test('an Arabic report names a source by its Arabic title; the English one keeps the citation', async ({ page }) => {
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sources cited' })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.locator('input[value="Annual population estimates 2019–2024"]') });
  await row.getByLabel('Title in Arabic').fill('التقديرات السنوية للسكان 2019–2024');
  await row.getByRole('button', { name: 'Save' }).click();
  // Saved: the row is read back from the store, with nothing left to save.
  await expect(row.getByRole('button', { name: 'Save' })).toBeDisabled();
  await expect(row.getByLabel('Title in Arabic')).toHaveValue('التقديرات السنوية للسكان 2019–2024');

  const report = new ReportPage(page);
  await report.open();
  const sources = report.document().locator('.report__source-list');
  const plain = async (locator: ReturnType<typeof report.document>) => ((await locator.textContent()) ?? '').replace(/[\u2066-\u2069]/g, '');
  expect(await plain(sources)).toContain('Annual population estimates 2019–2024, National Statistics Institute (sample), 2025');
  expect(await plain(sources)).not.toContain('التقديرات السنوية');

  await report.chooseLanguage('العربية');
  // The year is written with the report's own digits, as its other numbers.
  const year = await page.evaluate(() => new Intl.NumberFormat('ar', { useGrouping: false }).format(2025));
  expect(await plain(sources)).toContain(`التقديرات السنوية للسكان 2019–2024، National Statistics Institute (sample)، ${year}`);
  expect(await plain(sources)).not.toContain('Annual population estimates 2019–2024');
  const table = report.document().locator('.report__key-figures').getByRole('row', { name: /السكان/ }).first();
  expect(await plain(table)).toContain('التقديرات السنوية للسكان 2019–2024');
  // A figure cited in the Arabic text names it the same way.
  expect(await plain(report.section('key-data'))).toContain('التقديرات السنوية للسكان 2019–2024');

  await report.printToPdf('report-ar');
});
