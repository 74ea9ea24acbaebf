import { expect, type Locator, type Page } from '@playwright/test';

/** The Figures tab of the migration profile: the data table, its filters and toolbar (English). */
export class FiguresPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Migration profile' }).click();
    await this.page.getByRole('tab', { name: 'Figures' }).click();
    await expect(this.count()).toBeVisible();
  }

  count(): Locator {
    return this.page.getByTestId('figure-count');
  }

  rows(): Locator {
    return this.page.getByRole('grid').getByTestId('figure-row');
  }

  /** The cell of a column in the n-th visible row (0-based), by the column's header text. */
  async cell(row: number, column: string): Promise<Locator> {
    const headers = await this.page.getByRole('grid').getByRole('columnheader').allInnerTexts();
    const index = headers.findIndex((h) => h.trim().toLowerCase().startsWith(column.toLowerCase()));
    if (index < 0) throw new Error(`No column ${column} among ${headers.join(', ')}`);
    return this.rows().nth(row).getByRole('gridcell').nth(index);
  }

  /** Puts the keyboard focus on a cell and waits until it has it. */
  async focusCell(row: number, column: string): Promise<Locator> {
    const cell = await this.cell(row, column);
    await cell.focus();
    await expect(cell).toBeFocused();
    return cell;
  }

  /** Presses a key that moves the focus in the grid and waits until the focus has reached the cell. */
  async pressAndExpectFocus(key: string, row: number, column: string): Promise<Locator> {
    await this.page.keyboard.press(key);
    const cell = await this.cell(row, column);
    await expect(cell).toBeFocused();
    return cell;
  }

  /**
   * Opens the editor of the focused cell from the keyboard (Enter or F2) and waits until its text
   * box has the focus: keys typed before that would go to the grid, not into the value.
   */
  async openEditorWithKey(key: 'Enter' | 'F2', row: number, column: string): Promise<Locator> {
    const cell = await this.cell(row, column);
    await expect(cell).toBeFocused();
    await this.page.keyboard.press(key);
    const editor = cell.getByRole('textbox');
    await expect(editor).toBeFocused();
    return editor;
  }

  /** The filters fold away above the table; unfolds them when they are folded. */
  async showFilters(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: /^Filters/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(this.page.getByRole('search')).toBeVisible();
  }

  async filterIndicator(name: string): Promise<void> {
    await this.showFilters();
    await this.page.getByRole('search').getByLabel('Indicator', { exact: true }).selectOption({ label: name });
  }

  async filter(label: string, option: string): Promise<void> {
    await this.showFilters();
    await this.page.getByRole('search').getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async editCell(row: number, column: string, text: string): Promise<void> {
    const cell = await this.cell(row, column);
    await cell.dblclick();
    const editor = cell.getByRole('textbox').or(cell.getByRole('combobox'));
    await expect(editor).toBeFocused();
    await editor.fill(text);
    await editor.press('Enter');
  }

  undoButton(): Locator {
    return this.page.getByRole('button', { name: /^Undo/ });
  }
}
