import { expect, type Locator, type Page } from '@playwright/test';

/** The Commitments page: the list with its filters, and one commitment's form (English). */
export class CommitmentsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Commitments' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'New commitment' }).first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'New commitment' })).toBeVisible();
  }

  async openCommitment(title: string): Promise<void> {
    await this.table().getByRole('link', { name: title }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  table(): Locator {
    return this.page.getByTestId('commitment-table');
  }

  count(): Locator {
    return this.page.getByTestId('commitment-count');
  }

  filter(label: 'Status' | 'Progress' | 'Policy domains' | 'Target groups' | 'Owner'): Locator {
    return this.page.getByRole('search').getByLabel(label, { exact: true });
  }

  overdueOnly(): Locator {
    return this.page.getByRole('search').getByLabel('Overdue only');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save commitment' }).click();
  }

  async saveAndExpectSaved(): Promise<void> {
    await this.save();
    await expect(this.page.getByText('Saved.', { exact: true })).toBeVisible();
  }

  problems(): Locator {
    return this.page.getByTestId('commitment-problems');
  }

  /** The n-th indicator target of the form (0-based). */
  target(n: number): Locator {
    return this.page.getByTestId('commitment-target').nth(n);
  }

  async addTarget(choice: { indicator: string; quick?: string; baseline: [string, string]; target: [string, string] }): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add a target' }).click();
    const target = this.page.getByTestId('commitment-target').last();
    await target.getByLabel('Indicator', { exact: true }).selectOption({ label: choice.indicator });
    if (choice.quick) await target.getByRole('button', { name: choice.quick, exact: true }).click();
    await target.getByLabel('Baseline value').fill(choice.baseline[0]);
    await target.getByLabel('Baseline period').fill(choice.baseline[1]);
    await target.getByLabel('Target value').fill(choice.target[0]);
    await target.getByLabel('Target period').fill(choice.target[1]);
    return target;
  }

  async addTask(title: string, kind: 'Task' | 'Milestone', due: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a task or milestone' }).click();
    const row = this.page.locator('.commitment-task').last();
    await expect(row.getByLabel(/^Title of task/)).toBeFocused();
    await this.page.keyboard.type(title);
    await row.getByRole('combobox').selectOption({ label: kind });
    await row.locator('input[type="date"]').fill(due);
  }

  async addNote(date: string, text: string): Promise<void> {
    await this.page.getByLabel('Date of the note').fill(date);
    await this.page.getByLabel('Note', { exact: true }).fill(text);
    await this.page.getByRole('button', { name: 'Add the note' }).click();
  }

  notes(): Locator {
    return this.page.getByTestId('commitment-notes').getByRole('listitem');
  }
}
