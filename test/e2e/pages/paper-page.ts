import { expect, type Download, type Page } from '@playwright/test';
import { NarrativePage } from './narrative-page';

/** The Priority paper page: its parts and texts (Write), the document (Document), its versions (Versions). */
export class PaperPage {
  /** The texts are written with the profile narrative's editor: its page model drives them. */
  readonly editor: NarrativePage;

  constructor(private readonly page: Page) {
    this.editor = new NarrativePage(page);
  }

  async view(name: 'Write' | 'Document' | 'Versions'): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await expect(this.page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  parts() {
    return this.page.getByRole('navigation', { name: 'Parts of the paper' });
  }

  async openPart(name: string | RegExp): Promise<void> {
    await this.parts().getByRole('button', { name }).click();
    await expect(this.parts().getByRole('button', { name })).toHaveAttribute('aria-current', 'true');
  }

  /** One of a priority's texts: Problem, Evidence, Actors, Timeline, Risks. */
  async openText(name: 'Problem' | 'Evidence' | 'Actors' | 'Timeline' | 'Risks'): Promise<void> {
    await this.page.getByRole('group', { name: 'Texts of the priority' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.editor.status()).toContainText('Saved');
  }

  versions() {
    return this.page.getByTestId('paper-versions');
  }

  async saveVersion(name: string): Promise<void> {
    await this.page.getByTestId('paper-version-name').fill(name);
    await this.page.getByRole('button', { name: 'Save as version' }).click();
    await expect(this.page.getByText(`Saved as “${name}”.`)).toBeVisible();
    await expect(this.versions().getByRole('rowheader', { name, exact: true })).toBeVisible();
  }

  async compareWithCurrent(version: string): Promise<void> {
    await this.page.getByRole('button', { name: `Compare “${version}” with the current text` }).click();
    await expect(this.page.getByTestId('paper-compare-what')).toHaveText(`Changes from “${version}” to “Current text”`);
  }

  diff() {
    return this.page.getByTestId('paper-diff');
  }

  /** Goes back to a version through its confirmation; answers the dialog's explanation. */
  async goBackTo(version: string): Promise<string> {
    await this.page.getByRole('button', { name: `Go back to “${version}”` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Go back to “${version}”?` });
    await expect(dialog).toBeVisible();
    const message = (await dialog.locator('p').textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Go back to this version' }).click();
    await expect(dialog).toBeHidden();
    return message;
  }

  document() {
    return this.page.getByTestId('paper-document');
  }

  async chooseDocumentLanguage(ownName: 'English' | 'Français' | 'العربية'): Promise<void> {
    await this.page.getByRole('group', { name: 'Language of the document' }).getByRole('button', { name: ownName }).click();
  }

  async exportWord(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('paper-export-word').click();
    return download;
  }
}
