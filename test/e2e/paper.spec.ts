import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { FirstRunPage } from './pages/first-run-page';
import { PaperPage } from './pages/paper-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

test.beforeEach(async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  await firstRun.exploreSample();
  await new ShellPage(page).goTo('Priority paper');
});

test('a priority is written with a live figure, kept as a version, changed, compared and taken back; the paper goes to Word in Arabic', async ({ page }) => {
  test.setTimeout(120_000);
  const paper = new PaperPage(page);
  const { editor } = paper;

  // The sample city's paper has three priorities: no "three to five" hint.
  await paper.openPart(/Decent housing for refugee families/);
  await paper.openText('Problem');
  await editor.text().fill('Refugee families wait longer and longer for social housing, in a city of ');
  await expect(editor.status()).toHaveText('Unsaved changes');
  await editor.cursorToEnd();
  const token = await editor.cite({ indicator: 'Total population', period: '2024', breakdown: 'Female' });
  expect(token).toBe('{{POP_TOTAL 2024 sex=F}}');
  await page.keyboard.type(' women.');
  await expect(editor.preview().locator('[data-citation="POP_TOTAL 2024 sex=F"]')).toContainText('548,210');
  await paper.save();

  // The document shows the figure as the Word file will: value (period, source).
  await paper.view('Document');
  const cited = paper.document().locator('[data-citation="POP_TOTAL 2024 sex=F"]');
  await expect(cited).toContainText('548,210');
  await expect(cited).toContainText('(2024, provisional,');
  await expect(paper.document().getByTestId('paper-measures-table').first()).toContainText('Social housing for refugee families');

  await paper.view('Versions');
  await paper.saveVersion('After the housing workshop');

  // Changing a word, then comparing the version with the text being written.
  await paper.view('Write');
  await paper.openPart(/Decent housing for refugee families/);
  await editor.text().fill('Refugee families queue longer and longer for social housing, in a city of {{POP_TOTAL 2024 sex=F}} women.');
  await paper.view('Versions');
  await paper.compareWithCurrent('After the housing workshop');
  const diff = paper.diff();
  await expect(diff.locator('ins')).toContainText(['queue']);
  await expect(diff.locator('del')).toContainText(['wait']);
  // Not colour alone: the words say what happened to them.
  await expect(diff.locator('ins').filter({ hasText: 'queue' })).toContainText('[inserted: queue]');
  await expect(diff.getByText(/Unchanged sections: \d/).first()).toBeVisible();

  // Going back asks first, about the unsaved words too, and keeps the current text as a version.
  await page.getByRole('button', { name: 'Go back to “After the housing workshop”' }).click();
  await expect(page.getByText('This text has unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Save and leave' }).click();
  const dialog = page.getByRole('dialog', { name: 'Go back to “After the housing workshop”?' });
  await expect(dialog).toContainText('the current text is first kept as a version named “Before going back to “After the housing workshop”');
  await dialog.getByRole('button', { name: 'Go back to this version' }).click();
  await expect(dialog).toBeHidden();
  await expect(paper.versions().getByRole('rowheader', { name: /^Before going back to “After the housing workshop”/ })).toBeVisible();
  await paper.view('Write');
  await paper.openPart(/Decent housing for refugee families/);
  await expect(editor.text()).toHaveValue('Refugee families wait longer and longer for social housing, in a city of {{POP_TOTAL 2024 sex=F}} women.');

  // The Word file in Arabic: right-to-left paragraphs and the Arabic headings.
  await paper.view('Document');
  await paper.chooseDocumentLanguage('العربية');
  await expect(paper.document()).toHaveAttribute('dir', 'rtl');
  const download = await paper.exportWord();
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const path = await download.path();
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const documentXml = files['word/document.xml'];
  expect(documentXml).toBeDefined();
  const xml = strFromU8(documentXml ?? new Uint8Array());
  expect(xml).toContain('<w:bidi/>');
  expect(xml).toContain('ورقة الأولويات');
  expect(xml).toContain('السياق');
});

test('a version needs a name nobody else has, a participant row needs its organisation, and a paper with fewer than three priorities says what a finished one has', async ({ page }) => {
  const paper = new PaperPage(page);
  await paper.view('Versions');
  await page.getByRole('button', { name: 'Save as version' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Give the version a name.' })).toBeVisible();
  await page.getByTestId('paper-version-name').fill('First draft');
  await page.getByRole('button', { name: 'Save as version' }).click();
  await expect(page.getByText('A version is already named “First draft”: choose another name.')).toBeVisible();

  // A participant row without its organisation: the core refuses it, the editor says which row.
  await paper.view('Write');
  await paper.openPart('Validation by the stakeholder group');
  await page.getByRole('button', { name: 'Add an organisation' }).click();
  await expect(page.getByTestId('paper-participants-total')).toHaveText('15');
  await page.getByRole('spinbutton', { name: 'People, row 7' }).fill('4');
  await expect(page.getByTestId('paper-participants-total')).toHaveText('19');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Row 7 of the participants has no organisation' }).first()).toBeVisible();
  await expect(paper.parts().getByRole('button', { name: /Validation by the stakeholder group/ })).toContainText('Problems: 1');
  await page.getByRole('textbox', { name: 'Organisation, row 7' }).fill('Red Crescent');
  await paper.save();

  await paper.openPart(/Young migrants at school/);
  await page.getByRole('button', { name: 'Remove this priority' }).click();
  const dialog = page.getByRole('dialog', { name: /^Remove “Young migrants at school/ });
  await dialog.getByRole('button', { name: 'Remove the priority' }).click();
  await expect(paper.parts()).toContainText('a finished paper has three to five priorities');
  await expect(paper.parts().getByRole('button', { name: /Young migrants/ })).toHaveCount(0);
});

test('a save over a change made in another window is refused, not lost; the document prints without its controls', async ({ page, context, focal }) => {
  const paper = new PaperPage(page);
  await paper.openPart(/Work for migrant women/);
  await paper.editor.text().fill('Written in the first window.');

  // The same paper, saved meanwhile from a second window.
  const other = await context.newPage();
  // The address Focal printed (the token leaves the address bar once the window has it).
  await other.goto(`${focal.url.replace(/#.*$/, '')}#/paper`);
  const second = new PaperPage(other);
  await second.openPart(/Work for migrant women/);
  await second.editor.text().fill('Written in the second window.');
  await second.save();
  await other.close();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('The paper was changed elsewhere')).toBeVisible();
  await expect(paper.editor.text()).toHaveValue('Written in the first window.');
  await page.getByRole('button', { name: 'Load the stored paper' }).click();
  await expect(paper.editor.text()).toHaveValue('Written in the second window.');

  await paper.view('Document');
  await expect(paper.document()).toContainText('Written in the second window.');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('paper-print')).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Document' })).toBeHidden();
  await expect(paper.document()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});
