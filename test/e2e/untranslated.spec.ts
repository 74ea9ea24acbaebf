import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FirstRunPage } from './pages/first-run-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';
import { englishTexts, sampleCityData, untranslatedDetector, visibleTexts, type ScanLocale, type UntranslatedText } from './support/untranslated';

// A French or Arabic reader must never meet an English sentence: this walks every page and tab of
// the sample city, the import up to its summary, and lists each English text with where it showed.

const repoRoot = join(import.meta.dirname, '..', '..');
const sections = ['dashboard', 'profile', 'commitments', 'paper', 'advice', 'exchange', 'catalogue', 'settings'] as const;
/** Pages whose texts, navigation label included, live in their own area file (`<area>.nav`). */
const areaSections = ['activities', 'assessment'] as const;
const profileTabs = ['figures', 'sources', 'charts', 'gaps', 'narrative', 'report'] as const;
const catalogueTabs = ['indicators', 'frameworks', 'codelists'] as const;
const adviceTabs = ['received', 'given', 'requests', 'summary', 'dossier'] as const;

interface Labels {
  nav: Record<(typeof sections)[number], string>;
  profile: { tabs: Record<(typeof profileTabs)[number], string> };
  catalogue: { tabs: Record<(typeof catalogueTabs)[number], string> };
}
interface AreaLabels {
  activities: { nav: string; add: string };
  assessment: { nav: string; start: { blank: string } };
  commitmentForm: { newTitle: string; save: string };
  advice: { tabs: Record<(typeof adviceTabs)[number], string> };
}
interface TableLabels {
  table: { import: string };
  import: { mapping: { title: string; check: string }; check: { title: string } };
  ownIndicators: { tab: string };
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

const languages: ReadonlyArray<{ code: ScanLocale; ownName: 'Français' | 'العربية' }> = [
  { code: 'fr', ownName: 'Français' },
  { code: 'ar', ownName: 'العربية' },
];

function labelsOf(code: string): Labels & TableLabels & AreaLabels {
  const folder = join(repoRoot, 'renderer/src/i18n/locales');
  const main: Labels = JSON.parse(readFileSync(join(folder, `${code}.json`), 'utf8'));
  const table: TableLabels = JSON.parse(readFileSync(join(folder, 'table', `${code}.json`), 'utf8'));
  const activities: Pick<AreaLabels, 'activities'> = JSON.parse(readFileSync(join(folder, 'activities', `${code}.json`), 'utf8'));
  const assessment: Pick<AreaLabels, 'assessment'> = JSON.parse(readFileSync(join(folder, 'assessment', `${code}.json`), 'utf8'));
  const commitments: Pick<AreaLabels, 'commitmentForm'> = JSON.parse(readFileSync(join(folder, 'commitments', `${code}.json`), 'utf8'));
  const advice: Pick<AreaLabels, 'advice'> = JSON.parse(readFileSync(join(folder, 'advice', `${code}.json`), 'utf8'));
  return { ...main, ...table, ...activities, ...assessment, ...commitments, ...advice };
}

/** Texts a user typed in this test's file: data, like the sample city's. */
const typedInTheFile = ['Recensement', 'figures.csv', 'Guichet unique'];

function report(found: UntranslatedText[]): string {
  return found.map((f) => `- "${f.text}" — ${f.reason}\n    at ${f.where}`).join('\n');
}

let files: string;
test.beforeEach(() => {
  files = mkdtempSync(join(tmpdir(), 'focal-e2e-words-'));
});
test.afterEach(() => rmSync(files, { recursive: true, force: true }));

for (const language of languages) {
  test(`no English sentence on any page of the sample city in ${language.ownName}`, async ({ page, focal }) => {
    test.setTimeout(180_000);
    const labels = labelsOf(language.code);
    const detect = untranslatedDetector(englishTexts(language.code), [...sampleCityData(), ...typedInTheFile]);
    const found: UntranslatedText[] = [];
    const scan = async (screen: string) => {
      // Let the page settle: lists and charts arrive after the heading.
      await page.waitForLoadState('networkidle');
      found.push(...detect(await visibleTexts(page, `${language.code} ${screen}`)));
    };
    const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

    const firstRun = new FirstRunPage(page);
    await firstRun.open(focal.url);
    const shell = new ShellPage(page);
    await shell.switchLanguage(language.ownName);
    await scan('welcome');
    await shell.switchLanguage('English');
    await firstRun.exploreSample();
    await expect(page.getByTestId('indicator-count')).toBeVisible();
    await shell.switchLanguage(language.ownName);

    for (const section of sections) {
      await shell.navigation().getByRole('link', { name: labels.nav[section] }).click();
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await scan(section);
      if (section === 'paper') await walkPaper(page, language.code, scan);
      if (section === 'profile') {
        for (const name of profileTabs) {
          await tab(page, labels.profile.tabs[name]).click();
          await expect(tab(page, labels.profile.tabs[name])).toHaveAttribute('aria-selected', 'true');
          await scan(`profile ${name}`);
        }
      }
      if (section === 'advice') {
        for (const name of adviceTabs) {
          await tab(page, labels.advice.tabs[name]).click();
          await expect(tab(page, labels.advice.tabs[name])).toHaveAttribute('aria-selected', 'true');
          await scan(`advice ${name}`);
        }
      }
      if (section === 'catalogue') {
        for (const name of [...catalogueTabs.map((c) => labels.catalogue.tabs[c]), labels.ownIndicators.tab]) {
          await tab(page, name).click();
          await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
          await scan(`catalogue ${name}`);
        }
      }
    }

    for (const area of areaSections) {
      await shell.navigation().getByRole('link', { name: labels[area].nav }).click();
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await scan(area);
      // The empty form too: its labels, the participant grid and follow-ups, or the criteria and their chart.
      await page.getByRole('button', { name: area === 'activities' ? labels.activities.add : labels.assessment.start.blank }).first().click();
      await scan(`${area} form`);
    }

    // A commitment's page, new and then saved.
    await page.evaluate(() => {
      window.location.hash = '#/commitments/new';
    });
    await expect(page.getByRole('heading', { level: 1, name: labels.commitmentForm.newTitle })).toBeVisible();
    await scan('new commitment');
    await page.locator(`input[lang="${language.code}"]`).first().fill('Guichet unique');
    await page.getByRole('button', { name: labels.commitmentForm.save }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Guichet unique' })).toBeVisible();
    await scan('commitment page');

    // The import: the choice of a file with its list of columns, the column matching, and the
    // summary of a file with mistakes in it (the core's problems, in the reader's words).
    await shell.navigation().getByRole('link', { name: labels.nav.profile }).click();
    await tab(page, labels.profile.tabs.figures).click();
    await page.getByRole('button', { name: labels.table.import }).first().click();
    await scan('import: choose a file');
    const csv = join(files, 'figures.csv');
    writeFileSync(csv, ['indicateur,année,valeur,source', 'POP_TOTAL,2024,1077512,Recensement', 'NO_SUCH,2024,12,Recensement', 'POP_TOTAL,2024-S9,abc,Recensement'].join('\r\n'));
    await page.getByTestId('import-file').setInputFiles(csv);
    await expect(page.getByRole('heading', { name: labels.import.mapping.title })).toBeVisible();
    await scan('import: match the columns');
    await page.getByRole('button', { name: labels.import.mapping.check }).click();
    await expect(page.getByRole('heading', { name: labels.import.check.title })).toBeVisible();
    await scan('import: what the import would do');
    if (language.code === 'ar') {
      // The count of problems sits in an Arabic sentence: isolated, so its digits cannot be reordered with the words.
      const sentence = page.locator('.notice').filter({ hasText: /[\u0600-\u06FF]/ }).first();
      await expect(sentence).toContainText(/\u2068[0-9٠-٩]+\u2069/);
    }

    expect(found, `English texts on the ${language.ownName} screens:\n${report(found)}`).toEqual([]);
  });
}
