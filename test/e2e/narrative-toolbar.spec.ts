import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FirstRunPage } from './pages/first-run-page';
import { NarrativePage } from './pages/narrative-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

const screenshots = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test.beforeEach(async ({ page, focal }) => {
  mkdirSync(screenshots, { recursive: true });
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  await firstRun.exploreSample();
  await new ShellPage(page).goTo('Migration profile');
});

test('the toolbar formats the text by mouse and keyboard, the browser undoes it, and the Markdown is what is stored', async ({ page }) => {
  const narrative = new NarrativePage(page);
  await narrative.open();
  await narrative.chooseSection('Priorities');
  const tools = narrative.toolbar();
  await expect(tools.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-keyshortcuts', 'Control+B');
  await expect(tools.getByRole('button', { name: 'Link' })).toHaveAttribute('aria-keyshortcuts', 'Control+K');

  await narrative.text().fill('Key points\nHousing first\nJobs for newcomers\nThe city counts women among its residents.');

  // With the mouse: the line becomes a heading, and the words stay selected.
  await narrative.select('Key points');
  await tools.getByRole('button', { name: 'Heading' }).click();
  await expect(narrative.text()).toHaveValue(/^## Key points\n/);
  expect(await narrative.selected()).toBe('## Key points');

  // From the keyboard: two lines become a bulleted list, then a numbered one with the button.
  await narrative.select('Housing first\nJobs for newcomers');
  await narrative.text().press('ControlOrMeta+Shift+8');
  await expect(narrative.text()).toHaveValue(/\n- Housing first\n- Jobs for newcomers\n/);
  await tools.getByRole('button', { name: 'Numbered list' }).click();
  await expect(narrative.text()).toHaveValue(/\n1\. Housing first\n2\. Jobs for newcomers\n/);

  // Bold with Ctrl+B; the browser's own undo takes it back, and redo brings it again.
  await narrative.select('women');
  await narrative.text().press('ControlOrMeta+b');
  await expect(narrative.text()).toHaveValue(/counts \*\*women\*\* among/);
  expect(await narrative.selected()).toBe('women');
  await narrative.text().press('ControlOrMeta+z');
  await expect(narrative.text()).toHaveValue(/counts women among/);
  await narrative.text().press('ControlOrMeta+Shift+z');
  await expect(narrative.text()).toHaveValue(/counts \*\*women\*\* among/);

  // A link asks for its address in a small dialog, which refuses what would not be a link.
  await narrative.select('residents');
  await narrative.text().press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: 'Add a link' });
  await expect(dialog.getByLabel('Text shown')).toHaveValue('residents');
  await expect(dialog.getByLabel('Web address or e-mail')).toBeFocused();
  await dialog.getByLabel('Web address or e-mail').fill('http://www.iom.int');
  await dialog.getByLabel('Web address or e-mail').press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Only secure addresses can be linked: write https:// instead of http://.');
  await page.locator('.narrative-editor').screenshot({ path: join(screenshots, 'narrative-link-en.png') });
  await dialog.getByLabel('Web address or e-mail').fill('www.iom.int');
  await dialog.getByRole('button', { name: 'Insert the link' }).click();
  await expect(dialog).toBeHidden();
  // Typing goes on after the link.
  await page.keyboard.type(' today');

  const expected = '## Key points\n1. Housing first\n2. Jobs for newcomers\n\nThe city counts **women** among its [residents](https://www.iom.int) today.';
  await expect(narrative.text()).toHaveValue(expected);
  const preview = narrative.preview();
  await expect(preview.getByRole('heading', { name: 'Key points' })).toBeVisible();
  await expect(preview.locator('ol > li')).toHaveText(['Housing first', 'Jobs for newcomers']);
  await expect(preview.locator('strong')).toHaveText('women');
  await expect(preview.getByRole('link', { name: 'residents' })).toHaveAttribute('href', 'https://www.iom.int');

  await narrative.save();
  await page.reload();
  await narrative.chooseSection('Priorities');
  await expect(narrative.text()).toHaveValue(expected);
});

test('a figure inserted through the picker shows as a chip with its live value, and a chip finds its marker in the text', async ({ page }) => {
  const narrative = new NarrativePage(page);
  await narrative.open();
  await narrative.chooseSection('National context');
  await narrative.text().fill('The city counts ');
  await narrative.cursorToEnd();

  // The picker opens from the keyboard with its search box ready; Enter takes the first indicator found.
  await narrative.text().press('ControlOrMeta+Shift+f');
  const picker = narrative.citeHelper();
  await expect(picker.getByLabel('Search for an indicator')).toBeFocused();
  await page.keyboard.type('total popul');
  await expect(picker.getByText('1 indicator found')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(picker.getByRole('combobox', { name: 'Indicator', exact: true })).toHaveValue('POP_TOTAL');
  await picker.getByLabel('Period').selectOption({ label: '2024' });
  await picker.getByLabel('Breakdown').selectOption({ label: 'Female' });
  await picker.getByRole('button', { name: 'Insert at the cursor' }).click();
  await expect(picker).toBeHidden();
  await page.keyboard.type(' women.');
  await expect(narrative.text()).toHaveValue('The city counts {{POP_TOTAL 2024 sex=F}} women.');

  const chips = narrative.citedFigures();
  await expect(chips.getByRole('heading')).toHaveText('Figure cited in this text');
  const chip = chips.getByRole('button', { name: /Total population · Female/ });
  await expect(chip.locator('bdi.figure-chip__value')).toHaveText('548,210');
  await expect(chip).toContainText('(2024)');

  // A citation the data cannot answer is a warning chip, not a silent gap.
  await narrative.text().press('End');
  await page.keyboard.type(' Also {{NOT_AN_INDICATOR 2024}}.');
  const broken = chips.getByRole('button', { name: /NOT_AN_INDICATOR/ });
  await expect(broken).toContainText('unknown indicator');
  await expect(broken).toHaveClass(/figure-chip--problem/);

  // A chip selects its marker, so the writer finds it without reading the Markdown.
  await chip.click();
  await expect(narrative.text()).toBeFocused();
  expect(await narrative.selected()).toBe('{{POP_TOTAL 2024 sex=F}}');
  await broken.click();
  expect(await narrative.selected()).toBe('{{NOT_AN_INDICATOR 2024}}');

  await narrative.save();
  await page.reload();
  await narrative.chooseSection('National context');
  await expect(narrative.text()).toHaveValue('The city counts {{POP_TOTAL 2024 sex=F}} women. Also {{NOT_AN_INDICATOR 2024}}.');
  await expect(narrative.citedFigures().getByRole('button', { name: /Total population · Female/ }).locator('bdi.figure-chip__value')).toHaveText('548,210');
  await page.locator('.narrative-editor').screenshot({ path: join(screenshots, 'narrative-editor-en.png') });
});

test('in Arabic the toolbar is mirrored, the text right-to-left, and the chip shows the figure in Arabic digits', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.switchLanguage('العربية');
  await page.getByRole('tab', { name: 'النص التحليلي' }).click();
  await page.getByRole('navigation', { name: 'أقسام الملف التعريفي' }).getByRole('button', { name: 'الأولويات' }).click();
  const text = page.getByTestId('narrative-text');
  await expect(text).toHaveAttribute('dir', 'rtl');
  await expect(text).toHaveAttribute('lang', 'ar');

  // The first button stands at the right, the next to its left.
  const tools = page.getByRole('toolbar', { name: 'التنسيق' });
  const heading = await tools.getByRole('button', { name: 'عنوان' }).boundingBox();
  const bold = await tools.getByRole('button', { name: 'غامق' }).boundingBox();
  expect(heading && bold && heading.x > bold.x).toBe(true);
  // Arrow keys follow the reading direction: the left arrow goes to the next button.
  await tools.getByRole('button', { name: 'عنوان' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tools.getByRole('button', { name: 'غامق' })).toBeFocused();

  await text.fill('أولويات المدينة\nالسكن\nالتشغيل\nبلغ عدد السكان ');
  await text.evaluate((element: HTMLTextAreaElement) => {
    element.focus();
    element.setSelectionRange(0, 'أولويات المدينة'.length);
  });
  await tools.getByRole('button', { name: 'عنوان' }).click();
  await text.evaluate((element: HTMLTextAreaElement) => {
    const start = element.value.indexOf('السكن');
    element.setSelectionRange(start, start + 'السكن\nالتشغيل'.length);
  });
  await text.press('ControlOrMeta+Shift+7');
  await text.press('ControlOrMeta+End');

  await tools.getByRole('button', { name: 'إدراج رقم' }).click();
  const picker = page.getByRole('region', { name: 'إدراج رقم من البيانات' });
  await picker.getByLabel('البحث عن مؤشر').fill('مجموع السكان');
  await picker.getByRole('combobox', { name: 'المؤشر', exact: true }).selectOption({ label: 'مجموع السكان' });
  await picker.getByLabel('الفترة').selectOption({ label: 'الأحدث دائمًا' });
  await picker.getByLabel('التصنيف').selectOption({ label: 'المجموع' });
  await expect(picker.getByTestId('cite-token')).toHaveText('{{POP_TOTAL}}');
  await picker.screenshot({ path: join(screenshots, 'narrative-picker-ar.png') });
  await picker.getByRole('button', { name: 'إدراج في موضع الكتابة' }).click();

  const stored = '## أولويات المدينة\n1. السكن\n2. التشغيل\n\nبلغ عدد السكان {{POP_TOTAL}}';
  await expect(text).toHaveValue(stored);
  const expected = await page.evaluate(() => new Intl.NumberFormat('ar', { maximumFractionDigits: 0 }).format(1077512));
  const chip = page.getByRole('region', { name: 'الرقم المذكور في هذا النص' }).getByRole('button', { name: /مجموع السكان/ });
  await expect(chip).toHaveAttribute('dir', 'rtl');
  await expect(chip.locator('bdi.figure-chip__value')).toHaveText(expected);
  await expect(page.getByTestId('narrative-preview').getByRole('heading', { name: 'أولويات المدينة' })).toBeVisible();
  await page.locator('.narrative-editor').screenshot({ path: join(screenshots, 'narrative-editor-ar.png') });

  await text.press('ControlOrMeta+s');
  await page.reload();
  await page.getByRole('tab', { name: 'النص التحليلي' }).click();
  await page.getByRole('navigation', { name: 'أقسام الملف التعريفي' }).getByRole('button', { name: 'الأولويات' }).click();
  await expect(page.getByTestId('narrative-text')).toHaveValue(stored);
});
