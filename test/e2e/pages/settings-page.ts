import { expect, type Page } from '@playwright/test';

/** The Settings page's districts panel (English). */
export class DistrictsPanel {
  constructor(private readonly page: Page) {}

  panel() {
    return this.page.getByRole('region', { name: 'Districts' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await expect(this.panel()).toBeVisible();
  }

  async add(code: string, names: { en?: string; fr?: string; ar?: string }): Promise<void> {
    const panel = this.panel();
    await panel.getByLabel('Code', { exact: true }).fill(code);
    await panel.getByLabel('English name').fill(names.en ?? '');
    await panel.getByLabel('French name').fill(names.fr ?? '');
    await panel.getByLabel('Arabic name').fill(names.ar ?? '');
    await panel.getByRole('button', { name: 'Add the district' }).click();
  }

  rows() {
    return this.panel().locator('tbody tr');
  }
}
