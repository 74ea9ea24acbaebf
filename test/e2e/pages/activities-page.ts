import { expect, type Page } from '@playwright/test';

export interface ParticipantCell {
  sex: 'Female' | 'Male' | 'Other / not stated';
  age: string;
  count: number;
}

/** The Activities page (English): the list, the form with its participant grid and follow-ups. */
export class ActivitiesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Activities' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Activities' })).toBeVisible();
  }

  form() {
    return this.page.locator('form.activity-form');
  }

  list() {
    return this.page.getByTestId('activity-list');
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('button', { name: 'New activity' }).click();
    await expect(this.form().getByRole('heading', { name: 'New activity' })).toBeVisible();
  }

  async fill(fields: { kind: 'Peer meeting' | 'Training' | 'Study visit'; title: string; date: string; place: string; host: string; cities: string[] }): Promise<void> {
    const form = this.form();
    await form.getByLabel('Kind of activity').selectOption({ label: fields.kind });
    await form.getByLabel('Title', { exact: true }).fill(fields.title);
    await form.getByLabel('Date', { exact: true }).fill(fields.date);
    await form.getByLabel('Place').fill(fields.place);
    await form.getByLabel('Host', { exact: true }).fill(fields.host);
    await form.getByLabel('Participating cities').fill(fields.cities.join('\n'));
  }

  async count(cells: ParticipantCell[]): Promise<void> {
    for (const cell of cells) await this.form().getByLabel(`${cell.sex}, ${cell.age}`, { exact: true }).fill(String(cell.count));
  }

  async addFollowUp(text: string): Promise<void> {
    await this.form().getByRole('button', { name: 'Add a follow-up' }).click();
    await this.form().locator('.follow-ups__item textarea').last().fill(text);
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: 'Save the activity' }).click();
  }
}
