import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FirstRunPage } from './pages/first-run-page';
import { NarrativePage } from './pages/narrative-page';
import { ShellPage } from './pages/shell-page';
import { UnsavedDialog } from './pages/unsaved-dialog';
import { expect, test } from './support/focal-fixture';

const screenshots = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const draft = 'Words typed and not yet saved.';

/** The sample city, its profile's narrative open, and the first section's stored text. */
async function openNarrative(page: Page, url: string): Promise<{ narrative: NarrativePage; stored: string }> {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(url);
  await firstRun.exploreSample();
  await new ShellPage(page).goTo('Migration profile');
  const narrative = new NarrativePage(page);
  await narrative.open();
  await expect(page).toHaveURL(/#\/profile\/narrative$/);
  return { narrative, stored: await narrative.text().inputValue() };
}

test('leaving by a profile tab asks: Keep editing stays, Discard leaves without the text, Save and leave saves it', async ({ page, focal }) => {
  const { narrative, stored } = await openNarrative(page, focal.url);
  const question = new UnsavedDialog(page);
  const figuresTab = page.getByRole('tab', { name: 'Figures' });

  await narrative.text().fill(draft);
  await figuresTab.click();
  await question.expectAsked();
  await question.keepEditing();
  await expect(page.getByRole('tab', { name: 'Narrative' })).toHaveAttribute('aria-selected', 'true');
  await expect(narrative.text()).toHaveValue(draft);

  await figuresTab.click();
  await question.discard();
  await expect(figuresTab).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/#\/profile\/figures$/);
  await narrative.open();
  await expect(narrative.text()).toHaveValue(stored);

  await narrative.text().fill(draft);
  await figuresTab.click();
  await question.saveAndLeave();
  await expect(figuresTab).toHaveAttribute('aria-selected', 'true');
  await page.reload();
  await narrative.open();
  await expect(narrative.text()).toHaveValue(draft);
});

test('leaving by the sidebar or by Back asks, and staying keeps the address and the text', async ({ page, focal }) => {
  const { narrative, stored } = await openNarrative(page, focal.url);
  const question = new UnsavedDialog(page);
  const settings = page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Settings' });

  await narrative.text().fill(draft);
  await settings.click();
  await question.expectAsked();
  // Escape is Keep editing.
  await page.keyboard.press('Escape');
  await expect(question.dialog()).toBeHidden();
  await expect(page).toHaveURL(/#\/profile\/narrative$/);
  await expect(narrative.text()).toHaveValue(draft);

  await page.goBack();
  await question.expectAsked();
  await question.keepEditing();
  await expect(page).toHaveURL(/#\/profile\/narrative$/);
  await expect(narrative.text()).toHaveValue(draft);

  await settings.click();
  await question.discard();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page).toHaveURL(/#\/settings$/);
  await new ShellPage(page).goTo('Migration profile');
  await narrative.open();
  await expect(narrative.text()).toHaveValue(stored);

  await narrative.text().fill(draft);
  await settings.click();
  await question.saveAndLeave();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.goto(`${page.url().replace(/#.*$/, '')}#/profile/narrative`);
  await expect(narrative.text()).toHaveValue(draft);
});

test('switching the interface language asks; Discard switches and forgets, Save and leave switches and keeps', async ({ page, focal }) => {
  const { narrative, stored } = await openNarrative(page, focal.url);
  const question = new UnsavedDialog(page);
  const shell = new ShellPage(page);
  const french = page.getByRole('button', { name: 'Français' }).first();

  await narrative.text().fill(draft);
  await french.click();
  await question.expectAsked();
  await question.keepEditing();
  await expect(french).toHaveAttribute('aria-pressed', 'false');
  await expect(narrative.text()).toHaveValue(draft);

  await french.click();
  await question.discard();
  await expect(french).toHaveAttribute('aria-pressed', 'true');
  await expect(narrative.text()).toHaveValue(stored);
  await shell.switchLanguage('English');

  await narrative.text().fill(draft);
  await french.click();
  await question.saveAndLeave();
  await expect(french).toHaveAttribute('aria-pressed', 'true');
  await expect(narrative.text()).toHaveValue(draft);
  // Stored, not only shown: the English text after a reload in English.
  await shell.switchLanguage('English');
  await page.reload();
  await expect(narrative.text()).toHaveValue(draft);
});

test('reloading the window with unsaved text asks the browser’s question first', async ({ page, focal }) => {
  const { narrative, stored } = await openNarrative(page, focal.url);
  await narrative.text().fill(draft);

  const stayed = page.waitForEvent('dialog').then(async (dialog) => {
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
  });
  await page.reload({ timeout: 3_000 }).catch(() => undefined);
  await stayed;
  await expect(narrative.text()).toHaveValue(draft);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await narrative.open();
  await expect(narrative.text()).toHaveValue(stored);
});

test('switching sections inside the narrative asks the same question', async ({ page, focal }) => {
  const { narrative } = await openNarrative(page, focal.url);
  const question = new UnsavedDialog(page);
  await narrative.text().fill(draft);
  await narrative.chooseSection('Priorities');
  await question.expectAsked();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: join(screenshots, 'unsaved-dialog-en.png') });
  await question.saveAndLeave();
  await narrative.expectSection('Priorities');
  await narrative.chooseSection('Metadata and method');
  await expect(narrative.text()).toHaveValue(draft);
});

test('in Arabic the question is Arabic, right-to-left, and Keep editing keeps the text', async ({ page, focal }) => {
  await openNarrative(page, focal.url);
  await new ShellPage(page).switchLanguage('العربية');
  const text = page.getByTestId('narrative-text');
  await text.fill('نص لم يُحفظ بعد.');
  const question = new UnsavedDialog(page, { title: 'في هذا النص تغييرات غير محفوظة', save: 'الحفظ والمغادرة', discard: 'التخلي عن التغييرات', stay: 'متابعة التحرير' });
  await page.getByRole('navigation').first().getByRole('link').last().click();
  await question.expectAsked();
  await expect(question.dialog()).toHaveCSS('direction', 'rtl');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: join(screenshots, 'unsaved-dialog-ar.png') });
  await question.keepEditing();
  await expect(page).toHaveURL(/#\/profile\/narrative$/);
  await expect(text).toHaveValue('نص لم يُحفظ بعد.');
});
