import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pdfHolds, ReportPage } from './pages/report-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

const repoRoot = join(import.meta.dirname, '..', '..');

test('an empty profile prints as a short document, not a page of headings per section', async ({ page, focal }) => {
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'init', '--data', focal.dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN'], { encoding: 'utf8' });
  await page.goto(focal.url);
  await new ShellPage(page).goTo('Migration profile');
  const report = new ReportPage(page);
  await report.open();
  await expect(report.document().locator('.report__unwritten')).toContainText('Metadata and method');
  await expect(report.document().locator('.report__key-charts')).toHaveCount(0);
  await expect(report.contents()).not.toContainText('Key indicators over time');

  const pdf = await report.printToPdf('report-empty-en');
  expect(pdf.pages).toHaveLength(1);
  expect(pdfHolds(pdf, 'Not yet written in this language')).toBe(true);
  expect(pdfHolds(pdf, 'No figures have been entered yet.')).toBe(true);

  // The same in Arabic, whose lines are taller.
  await report.chooseLanguage('العربية');
  expect((await report.printToPdf('report-empty-ar')).pages).toHaveLength(1);
});
