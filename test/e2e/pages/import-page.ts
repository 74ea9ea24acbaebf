import { expect, type Page } from '@playwright/test';

/** The step-by-step import of a spreadsheet (English). */
export class ImportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import a spreadsheet' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Import a spreadsheet' })).toBeVisible();
  }

  async choose(file: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles(file);
    await expect(this.page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  }

  async check(): Promise<void> {
    await this.page.getByRole('button', { name: 'Check the file' }).click();
    await expect(this.page.getByRole('heading', { name: 'What the import would do' })).toBeVisible();
    await expect(this.page.getByTestId('import-created')).toBeVisible();
  }

  created() {
    return this.page.getByTestId('import-created');
  }

  updated() {
    return this.page.getByTestId('import-updated');
  }

  errors() {
    return this.page.getByTestId('import-errors').locator('tbody tr');
  }

  async apply(): Promise<void> {
    await this.page.getByRole('button', { name: /^Import \d[\d,]* figures?$/ }).click();
    await expect(this.page.getByText('The figures are in the profile.')).toBeVisible();
  }

  async backToFigures(): Promise<void> {
    await this.page.getByRole('button', { name: 'See the figures' }).click();
  }
}
