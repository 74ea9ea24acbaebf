import { expect, type Page } from '@playwright/test';

/** The question asked before leaving unsaved text: Save and leave, Discard changes, Keep editing. */
export class UnsavedDialog {
  constructor(
    private readonly page: Page,
    private readonly words = { title: 'This text has unsaved changes', save: 'Save and leave', discard: 'Discard changes', stay: 'Keep editing' },
  ) {}

  dialog() {
    return this.page.getByRole('dialog', { name: this.words.title });
  }

  /** The question is showing, with the focus on the choice that loses nothing. */
  async expectAsked(): Promise<void> {
    await expect(this.dialog()).toBeVisible();
    await expect(this.dialog().getByRole('button', { name: this.words.stay })).toBeFocused();
  }

  async keepEditing(): Promise<void> {
    await this.dialog().getByRole('button', { name: this.words.stay }).click();
    await expect(this.dialog()).toBeHidden();
  }

  async discard(): Promise<void> {
    await this.dialog().getByRole('button', { name: this.words.discard }).click();
    await expect(this.dialog()).toBeHidden();
  }

  async saveAndLeave(): Promise<void> {
    await this.dialog().getByRole('button', { name: this.words.save }).click();
    await expect(this.dialog()).toBeHidden();
  }
}
