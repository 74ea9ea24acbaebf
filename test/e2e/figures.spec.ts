import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FiguresPage } from './pages/figures-page';
import { FirstRunPage } from './pages/first-run-page';
import { expect, test } from './support/focal-fixture';

const repoRoot = join(import.meta.dirname, '..', '..');

test('a cell is edited inline with validation, and the change can be undone', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  await firstRun.exploreSample();
  const figures = new FiguresPage(page);
  await figures.open();
  await figures.filterIndicator('Total population');
  await figures.filter('Sex', 'Total only');
  await figures.filter('Age group', 'Total only');
  await figures.filter('Period', '2023');
  await expect(figures.count()).toHaveText('1 figure');
  const value = await figures.cell(0, 'Value');
  const before = (await value.innerText()).trim();

  // A value that is not a number is refused where it was typed, and nothing changes.
  await figures.editCell(0, 'Value', 'about a million');
  await expect(page.getByRole('alert')).toContainText('“about a million” is not a number.');
  await page.keyboard.press('Escape');
  await expect(await figures.cell(0, 'Value')).toHaveText(before);

  await figures.editCell(0, 'Value', '1 070 500');
  await expect(await figures.cell(0, 'Value')).toHaveText('1,070,500');
  await expect(figures.undoButton()).toBeEnabled();
  await figures.undoButton().click();
  await expect(page.getByText('The last change was undone.')).toBeVisible();
  await expect(await figures.cell(0, 'Value')).toHaveText(before);
});

test('rows are added and deleted, the deletion undone, with the keyboard as well', async ({ page, focal }) => {
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'init', '--data', focal.dataDir, '--city', 'sfax', '--name', 'Sfax', '--country', 'TN']);
  await page.goto(focal.url);
  const figures = new FiguresPage(page);
  await figures.open();
  await page.getByRole('button', { name: 'Add a figure' }).click();
  const form = page.getByRole('form', { name: 'Add a figure' });
  await form.getByLabel('Indicator').selectOption({ label: 'Total population' });
  await form.getByLabel('Period').fill('2024');
  await form.getByLabel('Value').fill('955000');
  await page.getByRole('button', { name: 'Save the figure' }).click();
  // Every figure needs a source: the form says so on the field.
  await expect(form.getByText('The source is missing; every figure needs one.')).toBeVisible();
  await form.getByLabel('Source').fill('Municipal register');
  await page.getByRole('button', { name: 'Save the figure' }).click();
  await expect(page.getByText('Saved: Total population, 2024.')).toBeVisible();
  await expect(figures.count()).toHaveText('1 figure');

  // Keyboard: focus the first cell, move to the period, edit with Enter. Each step waits for the
  // focus to arrive (the table moves it on the next frame), so no key lands before its target.
  await figures.focusCell(0, 'Indicator');
  await figures.pressAndExpectFocus('ArrowRight', 0, 'Period');
  const editor = await figures.openEditorWithKey('Enter', 0, 'Period');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2023');
  await expect(editor).toHaveValue('2023');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  await expect(await figures.cell(0, 'Period')).toHaveText('2023');

  // Space on the first column selects the row; the toolbar deletes the selection.
  await figures.focusCell(0, 'Period');
  await figures.pressAndExpectFocus('ArrowLeft', 0, 'Indicator');
  await figures.pressAndExpectFocus('ArrowLeft', 0, 'Select');
  await page.keyboard.press(' ');
  await expect(page.getByRole('checkbox', { name: 'Select Total population, 2023' })).toBeChecked();
  await page.getByRole('button', { name: 'Delete 1 selected' }).click();
  await expect(figures.count()).toHaveText('0 figures');
  await figures.undoButton().click();
  await expect(figures.count()).toHaveText('1 figure');
  await expect(await figures.cell(0, 'Period')).toHaveText('2023');

  // Deleted from the keyboard, then Ctrl+Z at once: the focus stays in the table, so the undo reaches it.
  await page.getByRole('button', { name: 'Add a figure' }).click();
  await form.getByLabel('Indicator').selectOption({ label: 'Total population' });
  await form.getByLabel('Period').fill('2024');
  await form.getByLabel('Value').fill('961000');
  await form.getByLabel('Source').fill('Municipal register');
  await page.getByRole('button', { name: 'Save the figure' }).click();
  await expect(figures.count()).toHaveText('2 figures');
  await page.getByRole('checkbox', { name: 'Select Total population, 2023' }).check();
  await page.getByRole('button', { name: 'Delete 1 selected' }).focus();
  await page.keyboard.press('Enter');
  await expect(figures.count()).toHaveText('1 figure');
  await expect(page.getByRole('grid')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(figures.count()).toHaveText('2 figures');

  // Deleting every row takes the table away: the Undo button, naming what it undoes, has the focus.
  await page.getByRole('checkbox', { name: 'Select Total population, 2023' }).check();
  await page.getByRole('checkbox', { name: 'Select Total population, 2024' }).check();
  await page.getByRole('button', { name: 'Delete 2 selected' }).focus();
  await page.keyboard.press('Enter');
  await expect(figures.count()).toHaveText('0 figures');
  await expect(figures.undoButton()).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(figures.count()).toHaveText('2 figures');
});

test('the table stays light with 100,000 rows: only what is on screen is drawn, and the end is reachable', async ({ page, focal }) => {
  const dir = mkdtempSync(join(tmpdir(), 'focal-e2e-big-'));
  try {
    const cli = (...args: string[]) => execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), ...args], { encoding: 'utf8' });
    cli('init', '--data', focal.dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN');
    cli('districts', 'add', '--data', focal.dataDir, ...Array.from({ length: 500 }, (_, i) => `District ${i + 1}`));
    const lines = ['indicator,period,area,value,source'];
    for (let year = 1901; year <= 2100; year += 1) for (let area = 1; area <= 500; area += 1) lines.push(`POP_TOTAL,${year},District ${area},${year + area},Register`);
    writeFileSync(join(dir, 'big.csv'), lines.join('\n'));
    cli('observations', 'import', '--data', focal.dataDir, join(dir, 'big.csv'));

    await page.goto(focal.url);
    const figures = new FiguresPage(page);
    await figures.open();
    await expect(figures.count()).toHaveText('100,000 figures');
    // Virtual rows: a screenful is drawn, not a hundred thousand.
    expect(await figures.rows().count()).toBeLessThan(80);
    await page.getByTestId('figure-table-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    // Rows come in key order (areas sort as text), so the very last one is District 99 of 2100.
    await expect(page.getByRole('grid').getByText('District 99', { exact: true }).last()).toBeVisible();
    await expect(page.getByRole('grid').getByText('2100').last()).toBeVisible();
    expect(await figures.rows().count()).toBeLessThan(80);

    // From the keyboard: Ctrl+Home, then Ctrl+End lands on the last row once its window has loaded.
    await page.getByTestId('figure-table-scroller').evaluate((el) => el.scrollTo({ top: 0 }));
    await (await figures.cell(0, 'Period')).focus();
    await page.keyboard.press('Control+End');
    await expect(page.locator('[role="row"][aria-rowindex="100001"] [role="gridcell"]:focus')).toHaveCount(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Add a figure shows only the breakdowns the chosen indicator takes, and clears one it no longer takes', async ({ page, focal }) => {
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'init', '--data', focal.dataDir, '--city', 'sfax', '--name', 'Sfax', '--country', 'TN']);
  await page.goto(focal.url);
  const figures = new FiguresPage(page);
  await figures.open();
  await page.getByRole('button', { name: 'Add a figure' }).click();
  const form = page.getByRole('form', { name: 'Add a figure' });
  const breakdowns = ['Sex', 'Age group', 'Migration status', 'Origin', 'District'];
  const shown = async () => {
    const visible: string[] = [];
    for (const label of breakdowns) if (await form.getByLabel(label, { exact: true }).isVisible()) visible.push(label);
    return visible;
  };
  // Before an indicator is chosen, the form says where the breakdowns will come from.
  await expect(form.getByText('Its breakdowns (sex, age, status, origin, district) appear once the indicator is chosen.')).toBeVisible();
  expect(await shown()).toEqual([]);

  await form.getByLabel('Indicator').selectOption({ label: 'Registered refugees and asylum seekers' });
  expect(await shown()).toEqual(['Sex', 'Age group', 'Migration status', 'Origin']);
  await form.getByLabel('Sex', { exact: true }).selectOption({ label: 'Female' });

  await form.getByLabel('Indicator').selectOption({ label: 'Municipal staff trained on migration' });
  expect(await shown()).toEqual(['Sex']);
  await expect(form.getByLabel('Sex', { exact: true })).toHaveValue('F');

  // An indicator without breakdowns: the figure is the total, and the form says so.
  await form.getByLabel('Indicator').selectOption({ label: 'Local migration strategy' });
  expect(await shown()).toEqual([]);
  await expect(form.getByText('This indicator has no breakdowns: each figure is the total.')).toBeVisible();

  // Back to one with a sex breakdown: the female value was cleared with the indicator that did not take it.
  await form.getByLabel('Indicator').selectOption({ label: 'Municipal staff trained on migration' });
  await expect(form.getByLabel('Sex', { exact: true })).toHaveValue('');
  await form.getByLabel('Period').fill('2024');
  await form.getByLabel('Value').fill('12');
  await form.getByLabel('Source').fill('HR report');
  await page.getByRole('button', { name: 'Save the figure' }).click();
  await expect(page.getByText('Saved: Municipal staff trained on migration, 2024.')).toBeVisible();
});
