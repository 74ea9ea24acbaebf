import type { Page } from '@playwright/test';

/** The catalogue's indicator list with its search box and filters. */
export class CataloguePage {
  constructor(private readonly page: Page) {}

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(text);
  }

  async filterByDomain(label: string): Promise<void> {
    await this.page.getByLabel('Domain').selectOption({ label });
  }

  async filterByFramework(label: string): Promise<void> {
    await this.page.getByLabel('Framework').selectOption({ label });
  }

  rows() {
    return this.page.getByTestId('indicator-row');
  }

  resultCount() {
    return this.page.getByTestId('result-count');
  }

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }
}
