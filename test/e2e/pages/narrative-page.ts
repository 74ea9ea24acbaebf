import { expect, type Page } from '@playwright/test';

/** The Narrative tab of the migration profile: sections, the language of the text, editor, preview. */
export class NarrativePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Narrative' }).click();
    await expect(this.text()).toBeVisible();
  }

  sections() {
    return this.page.getByRole('navigation', { name: 'Sections of the profile' });
  }

  async chooseSection(name: string): Promise<void> {
    await this.sections().getByRole('button', { name }).click();
  }

  async expectSection(name: string): Promise<void> {
    await expect(this.sections().getByRole('button', { name })).toHaveAttribute('aria-current', 'true');
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  textLanguages() {
    return this.page.getByRole('group', { name: 'Language of the text' });
  }

  async chooseTextLanguage(ownName: 'English' | 'Français' | 'العربية'): Promise<void> {
    await this.textLanguages().getByRole('button', { name: ownName }).click();
  }

  text() {
    return this.page.getByTestId('narrative-text');
  }

  preview() {
    return this.page.getByTestId('narrative-preview');
  }

  status() {
    return this.page.getByTestId('save-status');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.status()).toContainText('Saved');
  }

  citeHelper() {
    return this.page.getByRole('region', { name: 'Insert a figure from the data' });
  }

  /** Picks a figure in the helper and inserts its citation at the cursor; answers the token. */
  async cite(choice: { indicator: string; period: string; breakdown: string }): Promise<string> {
    await this.page.getByTestId('cite-toggle').click();
    const helper = this.citeHelper();
    await helper.getByRole('combobox', { name: 'Indicator', exact: true }).selectOption({ label: choice.indicator });
    await helper.getByLabel('Period').selectOption({ label: choice.period });
    await helper.getByLabel('Breakdown').selectOption({ label: choice.breakdown });
    const token = (await helper.getByTestId('cite-token').textContent()) ?? '';
    await helper.getByRole('button', { name: 'Insert at the cursor' }).click();
    await expect(helper).toBeHidden();
    return token;
  }

  toolbar() {
    return this.page.getByRole('toolbar', { name: 'Formatting' });
  }

  /** The chips under the text: one per figure the text cites, with its current value. */
  citedFigures() {
    return this.page.getByRole('region', { name: /cited in this text/ });
  }

  /** Selects words of the text, as a person drags over them (the first place they occur). */
  async select(words: string): Promise<void> {
    const value = await this.text().inputValue();
    const start = value.indexOf(words);
    expect(start, `"${words}" is in the text`).toBeGreaterThanOrEqual(0);
    await this.text().evaluate((element: HTMLTextAreaElement, range) => {
      element.focus();
      element.setSelectionRange(range.start, range.end);
    }, { start, end: start + words.length });
  }

  /** The words selected in the text area. */
  selected(): Promise<string> {
    return this.text().evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd));
  }

  /** Moves the cursor to the end of the text (where the next citation goes). */
  async cursorToEnd(): Promise<void> {
    await this.text().focus();
    await this.text().press('ControlOrMeta+End');
  }
}
