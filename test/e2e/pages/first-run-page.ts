import { expect, type Page } from '@playwright/test';

export interface CityAnswers {
  nameEn: string;
  nameFr: string;
  nameAr: string;
  code?: string;
  country: string;
  shore: 'Northern shore' | 'Southern shore';
  focalPoint: string;
  email: string;
}

/** The welcome screen and the setup form of a new data folder, as a new user sees them (English). */
export class FirstRunPage {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'Welcome to Focal' })).toBeVisible();
  }

  async chooseSetUp(): Promise<void> {
    await this.page.getByRole('button', { name: 'Set up my city' }).click();
    await expect(this.page.getByRole('heading', { name: 'Set up your city' })).toBeVisible();
  }

  /** The whole way from the welcome screen to a city set up with these answers. */
  async setUp(url: string, answers: CityAnswers): Promise<void> {
    await this.open(url);
    await this.chooseSetUp();
    await this.fill(answers);
    await this.submit();
  }

  async fill(answers: CityAnswers): Promise<void> {
    await this.page.getByLabel('Name in English').fill(answers.nameEn);
    await this.page.getByLabel('Name in French').fill(answers.nameFr);
    await this.page.getByLabel('Name in Arabic').fill(answers.nameAr);
    if (answers.code !== undefined) await this.page.getByLabel('City code').fill(answers.code);
    await this.page.getByLabel('Country').selectOption({ label: answers.country });
    await this.page.getByLabel(answers.shore).check();
    await this.page.getByLabel('Focal point’s name').fill(answers.focalPoint);
    await this.page.getByLabel('Focal point’s e-mail').fill(answers.email);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Set up the city' }).click();
  }

  fingerprint() {
    return this.page.getByTestId('fingerprint');
  }

  /** The fingerprint's six groups of digits, in their numbered order. */
  async fingerprintGroups(): Promise<string[]> {
    return this.fingerprint().getByTestId('fingerprint-group').allInnerTexts();
  }

  async openApp(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open Focal' }).click();
  }

  async exploreSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Explore a sample city first' }).click();
  }
}
