import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { expect, startFocal, stopFocal, test } from './support/focal-fixture';

const repoRoot = join(import.meta.dirname, '..', '..');
const focal = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), ...args], { encoding: 'utf8' });
/** The Arabic words the test clicks and reads, from the translation file itself. */
const ArabicAdvice = z.object({
  advice: z.object({
    onItem: z.object({ give: z.string() }),
    form: z.object({ kind: z.string(), template: z.string(), text: z.string(), ready: z.string(), saveReady: z.string() }),
    status: z.object({ ready: z.string(), accepted: z.string() }),
    detail: z.object({ changedTheirs: z.string() }),
  }),
});
const ar = ArabicAdvice.parse(JSON.parse(readFileSync(join(repoRoot, 'renderer/src/i18n/locales/advice/ar.json'), 'utf8'))).advice;

/** The sample city's welcome desk: the commitment city A shares and city B advises on. */
const welcomeDesk = '5a3b1e00-0000-4000-8000-000000000026';

/** Makes a bundle for one city on the Exchange page and answers the downloaded file's path. */
async function send(page: Page, url: string, to: string, labels: { oneCity: string; code: string; preview: string; make: string }): Promise<string> {
  await page.goto(url.replace(/#.*$/, '') + '#/exchange');
  await page.getByRole('radio', { name: labels.oneCity }).check();
  await page.getByLabel(labels.code).fill(to);
  await page.getByRole('button', { name: labels.preview }).click();
  const download = page.waitForEvent('download');
  await page.getByTestId('send-preview').getByRole('button', { name: labels.make }).click();
  const path = await (await download).path();
  return path;
}

/** Opens a received bundle on the Exchange page, trusts its key, and imports it. */
async function receive(page: Page, url: string, file: string, labels: { receive: RegExp | string; trust: RegExp; importInto: RegExp; imported: RegExp }): Promise<void> {
  await page.goto(url.replace(/#.*$/, '') + '#/exchange');
  await page.getByRole('tab', { name: labels.receive }).click();
  await page.getByTestId('bundle-file').setInputFiles(file);
  // A sender already trusted goes straight to the preview; a new one asks about its key first.
  await expect(page.getByTestId('trust-question').or(page.getByTestId('receive-preview'))).toBeVisible();
  if (await page.getByTestId('trust-question').isVisible()) await page.getByRole('button', { name: labels.trust }).click();
  await page.getByTestId('receive-preview').getByRole('button', { name: labels.importInto }).click();
  await expect(page.getByText(labels.imported)).toBeVisible();
}

const english = {
  send: { oneCity: 'One city', code: 'City code', preview: 'Preview what will leave', make: 'Make the bundle and save it' },
  receive: { receive: 'Receive', trust: /The fingerprints match: trust/, importInto: /^Import into/, imported: /is imported\. A backup was taken first\./ },
};

test('two cities hold an exchange of advice: B advises in Arabic on A’s commitment, A answers after changing it, and each sees the other’s side', async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), 'focal-e2e-advice-'));
  const aDir = join(root, 'a');
  const bDir = join(root, 'b');
  expect(focal('demo', '--data', aDir).status).toBe(0);
  expect(focal('init', '--data', bDir, '--city', 'tunis', '--name', 'Tunis').status).toBe(0);
  const a = await startFocal(aDir);
  const b = await startFocal(bDir);
  const pageB = await page.context().newPage();
  try {
    // A shares its work with B; B imports it.
    const toB = await send(page, a.url, 'tunis', english.send);
    await receive(pageB, b.url, toB, english.receive);

    // B, working in Arabic, opens A's welcome desk and writes advice on it.
    await pageB.goto(b.url.replace(/#.*$/, '') + '#/dashboard');
    await pageB.getByRole('button', { name: 'العربية' }).click();
    await expect(pageB.locator('html')).toHaveAttribute('dir', 'rtl');
    await pageB.getByTestId('city-chooser').selectOption('sample-city');
    // Within the page: a reload would show the own city again.
    await pageB.evaluate((hash) => (window.location.hash = hash), `#/commitments/${welcomeDesk}`);
    await pageB.getByRole('link', { name: ar.onItem.give }).click();
    const form = pageB.locator('form.advice-form');
    await expect(form.getByRole('heading', { level: 3 })).toContainText('شباك موحّد للاستقبال');
    await form.getByLabel(ar.form.kind).selectOption('suggestion');
    await form.getByRole('button', { name: ar.form.template }).click();
    const text = form.getByLabel(ar.form.text);
    await text.press('End');
    await text.pressSequentially('افتحوا الشباك يوم السبت للعاملين.');
    // Interpolated names are wrapped in Unicode isolates: the words around them are matched.
    await form.getByRole('checkbox', { name: ar.form.ready.split('{{city}}')[0] }).check();
    await pageB.screenshot({ path: join(repoRoot, 'test-results', 'advice-write-ar.png'), fullPage: true });
    await form.getByRole('button', { name: ar.form.saveReady }).click();
    // Saved: the Given tab lists it, ready for the next bundle.
    await expect(pageB.getByTestId('advice-list')).toContainText(ar.status.ready);
    await expect(pageB.getByTestId('advice-detail')).toContainText('افتحوا الشباك يوم السبت');

    // B sends it to A; the bundle carries it and it becomes sent.
    await pageB.getByRole('button', { name: 'English' }).click();
    const toA = await send(pageB, b.url, 'sample-city', english.send);
    await pageB.goto(b.url.replace(/#.*$/, '') + '#/advice/given');
    await expect(pageB.getByTestId('advice-detail')).toContainText('Sent');

    // A imports it: the count shows on its commitment, and the Advice page lists it.
    await receive(page, a.url, toA, english.receive);
    await page.goto(a.url.replace(/#.*$/, '') + `#/commitments/${welcomeDesk}`);
    await expect(page.getByTestId('advice-count')).toHaveText('2 pieces of advice received');
    await page.getByTestId('advice-count').click();
    const received = page.getByTestId('advice-list');
    await expect(received.getByRole('button')).toHaveCount(2);
    await received.getByRole('button', { name: /From Tunis/ }).click();
    const detail = page.getByTestId('advice-detail');
    await expect(detail).toContainText('افتحوا الشباك يوم السبت');
    await expect(page.getByTestId('item-changed-banner')).toHaveCount(0);

    // A edits its commitment: on A's side the banner says so at once, with what changed.
    await page.goto(a.url.replace(/#.*$/, '') + `#/commitments/${welcomeDesk}`);
    await page.getByLabel('Title in English').fill('One-stop welcome desk, open on Saturdays');
    await page.getByRole('button', { name: 'Save commitment' }).click();
    await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
    await page.goto(a.url.replace(/#.*$/, '') + '#/advice/received');
    await page.getByTestId('advice-list').getByRole('button', { name: /From Tunis/ }).click();
    const banner = page.getByTestId('item-changed-banner');
    await expect(banner).toContainText('Your city changed this item since this advice was written on it.');
    await banner.getByText('Show what changed').click();
    await expect(page.getByTestId('item-changes')).toContainText('One-stop welcome desk, open on Saturdays');

    // A answers: a reply, then accepts; a learning record links the commitment.
    const answer = page.locator('form.advice-reply');
    await answer.getByLabel('Message').fill('Merci : nous ouvrons le samedi à partir de mars.');
    await answer.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.getByTestId('advice-thread')).toContainText('Merci : nous ouvrons le samedi');
    await page.locator('form.advice-reply').getByRole('button', { name: 'Accept the advice' }).click();
    await expect(page.getByTestId('advice-detail')).toContainText('Accepted');
    await page.getByRole('button', { name: 'Record what changed' }).click();
    await page.getByLabel('What changed').fill('Saturday opening added to the welcome desk.');
    await page.getByRole('checkbox', { name: 'One-stop welcome desk, open on Saturdays' }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('advice-detail')).toContainText('Saturday opening added to the welcome desk.');
    await page.screenshot({ path: join(repoRoot, 'test-results', 'advice-received-en.png'), fullPage: true });

    // The answer travels back: B sees it, and the banner, after the next exchange.
    const backToB = await send(page, a.url, 'tunis', english.send);
    await receive(pageB, b.url, backToB, english.receive);
    await pageB.getByRole('button', { name: 'العربية' }).click();
    await pageB.goto(b.url.replace(/#.*$/, '') + '#/advice/given');
    const onB = pageB.getByTestId('advice-detail');
    await expect(onB).toContainText(ar.status.accepted);
    await expect(pageB.getByTestId('advice-thread')).toContainText('Merci : nous ouvrons le samedi');
    await expect(pageB.getByTestId('item-changed-banner')).toContainText(ar.detail.changedTheirs.split('{{city}}')[1] ?? '');
    await expect(onB).toContainText('Saturday opening added to the welcome desk.');
    await pageB.screenshot({ path: join(repoRoot, 'test-results', 'advice-given-ar.png'), fullPage: true });
  } finally {
    await pageB.close();
    await stopFocal(a.child);
    await stopFocal(b.child);
    rmSync(root, { recursive: true, force: true });
  }
});

test('the sample city’s advice page: filters, requests, the summary and the dossier', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'focal-e2e-advice-sample-'));
  expect(focal('demo', '--data', dataDir).status).toBe(0);
  const { child, url } = await startFocal(dataDir);
  try {
    await page.goto(url.replace(/#.*$/, '') + '#/advice');
    await expect(page.getByTestId('advice-list').getByRole('button')).toHaveCount(4);
    await page.getByLabel('Status').selectOption('answered');
    await expect(page.getByTestId('advice-list').getByRole('button')).toHaveCount(1);
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Peer city').selectOption('porto-sereno');
    await expect(page.getByTestId('advice-list').getByRole('button')).toHaveCount(2);
    await page.getByLabel('Kind').selectOption('good_practice');
    await expect(page.getByTestId('advice-detail')).toContainText('Porto Sereno municipal rental guarantee fund');
    await page.screenshot({ path: join(repoRoot, 'test-results', 'advice-sample-en.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Given' }).click();
    await expect(page.getByTestId('advice-list').getByRole('button')).toHaveCount(2);
    await page.getByTestId('advice-list').getByRole('button', { name: /Draft/ }).click();
    await expect(page.getByRole('button', { name: 'Edit the draft' })).toBeVisible();

    await page.getByRole('tab', { name: 'Requests' }).click();
    await expect(page.getByTestId('requests-received')).toContainText('Wadi Nour');
    await expect(page.getByTestId('requests-asked')).toContainText('Asked the whole network');

    await page.getByRole('tab', { name: 'Summary' }).click();
    await expect(page.getByTestId('advice-by-city')).toContainText('Porto Sereno (sample)');

    await page.getByRole('tab', { name: 'Dossier' }).click();
    await expect(page.getByTestId('advice-dossier')).toContainText('Peer advice dossier');
    await page.locator('.advice-dossier-controls').getByRole('button', { name: 'العربية' }).click();
    await expect(page.getByTestId('advice-dossier')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByTestId('advice-dossier')).toContainText('ملف المشورة بين النظراء');
    await page.screenshot({ path: join(repoRoot, 'test-results', 'advice-dossier-ar.png'), fullPage: true });
    const download = page.waitForEvent('download');
    await page.getByTestId('dossier-word').click();
    expect((await download).suggestedFilename()).toBe('sample-city-advice-dossier-all-ar.docx');
  } finally {
    await stopFocal(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
