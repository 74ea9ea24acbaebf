import { expect, type Page } from '@playwright/test';

export type Score = 'Absent' | 'Partial' | 'Complete' | 'Not assessed';

/** The Self-assessment page (English): starting, scoring criteria, the list and the comparison. */
export class AssessmentPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Self-assessment' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Self-assessment' })).toBeVisible();
  }

  form() {
    return this.page.locator('form.assessment-form');
  }

  async startNew(framework: string): Promise<void> {
    await this.page.getByLabel('Framework').selectOption({ label: framework });
    await this.page.getByRole('button', { name: 'Start a new assessment' }).click();
    await expect(this.form().getByRole('heading', { name: 'New assessment' })).toBeVisible();
  }

  async startFrom(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Start from “${title}”` }).click();
    await expect(this.form().getByRole('heading', { name: 'New assessment' })).toBeVisible();
  }

  /** The criterion's block, by the start of its name. */
  criterion(name: string) {
    return this.form().getByRole('group', { name: new RegExp(`^${name}`) }).first();
  }

  async score(criterion: string, score: Score, evidence?: string): Promise<void> {
    const block = this.criterion(criterion);
    await block.getByRole('radio', { name: score, exact: true }).check();
    if (evidence !== undefined) await block.getByLabel('Evidence').fill(evidence);
  }

  async title(text: string): Promise<void> {
    await this.form().getByLabel('Title').fill(text);
  }

  async date(iso: string): Promise<void> {
    await this.form().getByLabel('Date').fill(iso);
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: 'Save the assessment' }).click();
  }

  list() {
    return this.page.getByTestId('assessment-list');
  }

  comparison() {
    return this.page.getByTestId('comparison');
  }
}
