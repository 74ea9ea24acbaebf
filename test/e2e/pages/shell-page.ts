import { expect, type Page } from '@playwright/test';

/** The frame around every page: navigation, city name and language switch. */
export class ShellPage {
  constructor(private readonly page: Page) {}

  navigation() {
    return this.page.getByRole('navigation');
  }

  async goTo(section: string): Promise<void> {
    await this.navigation().getByRole('link', { name: section }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: section })).toBeVisible();
  }

  async switchLanguage(ownName: 'English' | 'Français' | 'العربية'): Promise<void> {
    await this.page.getByRole('button', { name: ownName }).first().click();
    await expect(this.page.getByRole('button', { name: ownName }).first()).toHaveAttribute('aria-pressed', 'true');
  }

  cityName() {
    return this.page.getByTestId('city-name');
  }

  direction(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.dir);
  }
}
