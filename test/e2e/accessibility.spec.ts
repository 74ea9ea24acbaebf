import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FirstRunPage } from './pages/first-run-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

// Every screen is checked by the accessibility fixture whenever the address or the language changes;
// this file walks all of them on purpose, in English and in Arabic, and checks each one by name, so
// that no screen escapes the check because no other test happens to open it.

const repoRoot = join(import.meta.dirname, '..', '..');
const sections = ['dashboard', 'profile', 'commitments', 'paper', 'advice', 'exchange', 'catalogue', 'settings'] as const;
const profileTabs = ['figures', 'sources', 'charts', 'gaps', 'narrative', 'report'] as const;

interface Labels {
  nav: Record<(typeof sections)[number], string>;
  profile: { tabs: Record<(typeof profileTabs)[number], string> };
  firstRun: { setUp: string; explore: string };
  setup: { submit: string };
}
/** Pages whose texts, navigation label included, live in their own area file. */
interface AreaLabels {
  activities: { nav: string; add: string };
  assessment: { nav: string; start: { blank: string } };
}
interface TableLabels {
  table: { import: string };
  import: { mapping: { title: string } };
}

interface PaperLabels {
  paper: { views: Record<'write' | 'document' | 'versions', string>; parts: { label: string }; compare: { show: string } };
}

function paperLabelsOf(code: string): PaperLabels {
  return JSON.parse(readFileSync(join(repoRoot, 'renderer/src/i18n/locales/paper', `${code}.json`), 'utf8'));
}

/** The priority paper: a priority being written, the document, the versions and a comparison. */
async function walkPaper(page: Page, code: string, look: (screen: string) => Promise<void>): Promise<void> {
  const { paper } = paperLabelsOf(code);
  await page.getByRole('navigation', { name: paper.parts.label }).getByRole('button').nth(1).click();
  await expect(page.getByRole('navigation', { name: paper.parts.label }).getByRole('button').nth(1)).toHaveAttribute('aria-current', 'true');
  await look('paper: a priority');
  await page.getByRole('tab', { name: paper.views.document, exact: true }).click();
  await expect(page.getByTestId('paper-document')).toBeVisible();
  await look('paper: the document');
  await page.getByRole('tab', { name: paper.views.versions, exact: true }).click();
  await page.getByTestId('paper-compare').click();
  await expect(page.getByTestId('paper-diff')).toBeVisible();
  await page.locator('#main select').first().selectOption({ index: 1 });
  await page.getByTestId('paper-compare').click();
  await expect(page.locator('[data-testid="paper-diff"] ins').first()).toBeVisible();
  await look('paper: compare two versions');
}

const languages = [
  { code: 'en', ownName: 'English' },
  { code: 'ar', ownName: 'العربية' },
] as const;

function labelsOf(code: string): Labels & TableLabels & AreaLabels {
  const folder = join(repoRoot, 'renderer/src/i18n/locales');
  // The shapes are the ones the interface itself reads; a renamed key fails the look-ups below loudly.
  const main: Labels = JSON.parse(readFileSync(join(folder, `${code}.json`), 'utf8'));
  const table: TableLabels = JSON.parse(readFileSync(join(folder, 'table', `${code}.json`), 'utf8'));
  const activities: Pick<AreaLabels, 'activities'> = JSON.parse(readFileSync(join(folder, 'activities', `${code}.json`), 'utf8'));
  const assessment: Pick<AreaLabels, 'assessment'> = JSON.parse(readFileSync(join(folder, 'assessment', `${code}.json`), 'utf8'));
  return { ...main, ...table, ...activities, ...assessment };
}

async function hashIs(page: Page, route: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.location.hash.split('?')[0])).toBe(route);
}

let files: string;
test.beforeEach(() => {
  files = mkdtempSync(join(tmpdir(), 'focal-e2e-a11y-'));
});
test.afterEach(() => rmSync(files, { recursive: true, force: true }));

for (const language of languages) {
  test(`the welcome screen and the setup form pass the accessibility check in ${language.ownName}`, async ({ page, focal, accessibility }) => {
    const labels = labelsOf(language.code);
    const firstRun = new FirstRunPage(page);
    await firstRun.open(focal.url);
    await new ShellPage(page).switchLanguage(language.ownName);
    await accessibility.check(`${language.code} welcome`);

    await page.getByRole('button', { name: labels.firstRun.setUp }).click();
    await expect(page.getByRole('button', { name: labels.setup.submit })).toBeVisible();
    await accessibility.check(`${language.code} setup form`);

    // Sent empty, the form names its mistakes: they too must be readable and tied to their fields.
    await page.getByRole('button', { name: labels.setup.submit }).click();
    await expect(page.locator('.field__error').first()).toBeVisible();
    await accessibility.check(`${language.code} setup form with errors`);
  });

  test(`every page of the sample city passes the accessibility check in ${language.ownName}`, async ({ page, focal, accessibility }) => {
    test.setTimeout(120_000);
    const labels = labelsOf(language.code);
    const firstRun = new FirstRunPage(page);
    await firstRun.open(focal.url);
    await firstRun.exploreSample();
    await expect(page.getByTestId('indicator-count')).toBeVisible();
    const shell = new ShellPage(page);
    await shell.switchLanguage(language.ownName);

    for (const section of sections) {
      await shell.navigation().getByRole('link', { name: labels.nav[section] }).click();
      await hashIs(page, `#/${section}`);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await accessibility.check(`${language.code} ${section}`);
      if (section === 'paper') await walkPaper(page, language.code, (screen) => accessibility.check(`${language.code} ${screen}`));
    }

    // Activities: the list, and the form with its participant grid.
    await shell.navigation().getByRole('link', { name: labels.activities.nav }).click();
    await hashIs(page, '#/activities');
    await accessibility.check(`${language.code} activities`);
    await page.getByRole('button', { name: labels.activities.add }).first().click();
    await accessibility.check(`${language.code} activity form`);
    // Self-assessment: the start, and the form with its criteria and chart.
    await shell.navigation().getByRole('link', { name: labels.assessment.nav }).click();
    await hashIs(page, '#/assessment');
    await accessibility.check(`${language.code} assessment`);
    await page.getByRole('button', { name: labels.assessment.start.blank }).click();
    await accessibility.check(`${language.code} assessment form`);

    await shell.navigation().getByRole('link', { name: labels.nav.profile }).click();
    for (const tab of profileTabs) {
      await page.getByRole('tab', { name: labels.profile.tabs[tab] }).click();
      await expect(page.getByRole('tab', { name: labels.profile.tabs[tab] })).toHaveAttribute('aria-selected', 'true');
      await accessibility.check(`${language.code} profile ${tab}`);
    }

    // The import, up to the step where the columns are matched.
    await page.getByRole('tab', { name: labels.profile.tabs.figures }).click();
    await page.getByRole('button', { name: labels.table.import }).first().click();
    await accessibility.check(`${language.code} import: choose a file`);
    const csv = join(files, 'figures.csv');
    writeFileSync(csv, ['indicateur,année,valeur,source', 'POP_TOTAL,2024,1077512,Recensement'].join('\r\n'));
    await page.getByTestId('import-file').setInputFiles(csv);
    await expect(page.getByRole('heading', { name: labels.import.mapping.title })).toBeVisible();
    await accessibility.check(`${language.code} import: match the columns`);
  });
}
