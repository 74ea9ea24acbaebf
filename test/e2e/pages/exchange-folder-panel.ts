import { expect, type Page } from '@playwright/test';

/** The Settings page's exchange folder panel (English). */
export class ExchangeFolderPanel {
  constructor(private readonly page: Page) {}

  panel() {
    return this.page.getByRole('region', { name: 'Exchange folder' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await expect(this.panel()).toBeVisible();
  }

  async use(path: string): Promise<void> {
    await this.panel().getByLabel('Folder', { exact: true }).fill(path);
    await this.panel().getByRole('button', { name: 'Use this folder' }).click();
  }
}
