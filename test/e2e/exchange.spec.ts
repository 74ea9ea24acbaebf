import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { expect, startFocal, stopFocal, test } from './support/focal-fixture';

const repoRoot = join(import.meta.dirname, '..', '..');
const focal = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), ...args], { encoding: 'utf8' });

/** A fresh city of its own (Tunis), and a bundle from another city (the sample city) to open. */
function twoCities(): { dataDir: string; senderDir: string; bundle: string; fingerprint: string } {
  const root = mkdtempSync(join(tmpdir(), 'focal-e2e-exchange-'));
  const dataDir = join(root, 'tunis');
  const senderDir = join(root, 'sample');
  expect(focal('init', '--data', dataDir, '--city', 'tunis', '--name', 'Tunis').status).toBe(0);
  expect(focal('demo', '--data', senderDir).status).toBe(0);
  const bundle = join(root, 'from-sample.focal');
  const exported = focal('bundle', 'export', '--data', senderDir, '--out', bundle, '--to', 'tunis');
  expect(exported.status, exported.stderr).toBe(0);
  const keys = z.object({ fingerprint: z.string() }).parse(JSON.parse(focal('keys', 'show', '--data', senderDir, '--json').stdout));
  return { dataDir, senderDir, bundle, fingerprint: keys.fingerprint };
}

test('a bundle is opened only after its key’s fingerprint is confirmed, previewed per table, then imported under its city', async ({ page }) => {
  const { dataDir, bundle, fingerprint } = twoCities();
  const { child, url } = await startFocal(dataDir);
  try {
    await page.goto(url.replace(/#.*$/, '') + '#/exchange');
    await page.getByRole('tab', { name: 'Receive' }).click();
    await page.getByTestId('bundle-file').setInputFiles(bundle);
    const trust = page.getByTestId('trust-question');
    await expect(trust).toContainText('Is this really Sample city (demonstration)?');
    await expect(page.getByTestId('sender-fingerprint-group')).toHaveText(fingerprint.split(' '));

    // Not confirmed: nothing is opened, nothing changes.
    await trust.getByRole('button', { name: 'They do not match: do not open' }).click();
    await expect(page.getByText('The bundle was not opened. Nothing was changed.')).toBeVisible();

    await page.getByTestId('bundle-file').setInputFiles(bundle);
    await page.getByRole('button', { name: /The fingerprints match: trust/ }).click();
    const preview = page.getByTestId('receive-preview');
    await expect(preview).toContainText('Nothing has been written yet.');
    await expect(preview.getByRole('row', { name: /^Commitments 11 0 0 0 0$/ })).toBeVisible();
    await page.screenshot({ path: join(repoRoot, 'test-results', 'exchange-receive-preview-en.png'), fullPage: true });
    await preview.getByRole('button', { name: 'Import into Sample city (demonstration)’s space' }).click();
    await expect(page.getByText(/Bundle no\. 1 from Sample city \(demonstration\) is imported\. A backup was taken first\./)).toBeVisible();
    await expect(page.getByTestId('received-bundles')).toContainText('Imported');

    // The peer is now one of the cities: its commitments are there, read-only, under its name.
    await page.getByRole('tab', { name: 'Peer cities' }).click();
    await expect(page.getByTestId('peer-cities')).toContainText('Commitments: 11');
    await page.getByTestId('city-chooser').selectOption('sample-city');
    await expect(page.getByTestId('peer-banner')).toContainText('Sample city (demonstration)');

    // The same file again: already imported, nothing changed.
    await page.getByTestId('peer-banner').getByRole('button').click();
    await page.goto(url.replace(/#.*$/, '') + '#/exchange');
    await page.getByRole('tab', { name: 'Receive' }).click();
    await page.getByTestId('bundle-file').setInputFiles(bundle);
    await expect(page.getByText('This bundle from Sample city (demonstration) was imported before. Nothing changed.')).toBeVisible();
  } finally {
    await stopFocal(child);
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  }
});

test('a bundle opened from outside (a double-click in the app; --bundle here) goes straight to its fingerprint, then its preview', async ({ page }) => {
  const { dataDir, bundle, fingerprint } = twoCities();
  const { child, url } = await startFocal(dataDir, ['--bundle', bundle]);
  try {
    expect(url).toMatch(/#\/exchange\?open=[0-9a-f]{24}$/);
    await page.goto(url);
    await expect(page.getByRole('tab', { name: 'Receive' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('trust-question')).toContainText('Is this really Sample city (demonstration)?');
    await expect(page.getByTestId('sender-fingerprint-group')).toHaveText(fingerprint.split(' '));
    // The address forgets the file: a reload does not open it a second time.
    await expect(page).toHaveURL(/#\/exchange$/);
    await page.getByRole('button', { name: /The fingerprints match: trust/ }).click();
    const preview = page.getByTestId('receive-preview');
    await expect(preview.getByRole('row', { name: /^Commitments 11 0 0 0 0$/ })).toBeVisible();
    await preview.getByRole('button', { name: 'Import into Sample city (demonstration)’s space' }).click();
    await expect(page.getByText(/Bundle no\. 1 from Sample city \(demonstration\) is imported\./)).toBeVisible();
  } finally {
    await stopFocal(child);
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  }
});

test('a damaged or foreign file is refused in words, with nothing changed', async ({ page }) => {
  const { dataDir, bundle } = twoCities();
  const { child, url } = await startFocal(dataDir);
  try {
    await page.goto(url.replace(/#.*$/, '') + '#/exchange');
    await page.getByRole('tab', { name: 'Receive' }).click();
    const bytes = readFileSync(bundle);
    const at = Math.floor(bytes.length / 3);
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    await page.getByTestId('bundle-file').setInputFiles({ name: 'changed.focal', mimeType: 'application/octet-stream', buffer: bytes });
    await expect(page.getByTestId('refusal')).toBeVisible();
    await expect(page.getByText('Nothing was changed.')).toBeVisible();
    await page.getByTestId('bundle-file').setInputFiles({ name: 'notes.focal', mimeType: 'text/plain', buffer: Buffer.from('indicator,period\n') });
    await expect(page.getByTestId('refusal')).toHaveText('This file is not a Focal bundle (a .focal file made by Focal).');
    await page.getByRole('tab', { name: 'Peer cities' }).click();
    await expect(page.getByText('No peer city yet.', { exact: false })).toBeVisible();
  } finally {
    await stopFocal(child);
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  }
});

test('the work is previewed before it leaves, then made into a bundle that downloads and is listed as sent', async ({ page }) => {
  const { dataDir, senderDir } = twoCities();
  rmSync(dataDir, { recursive: true, force: true });
  const { child, url } = await startFocal(senderDir);
  try {
    await page.goto(url.replace(/#.*$/, '') + '#/exchange');
    await page.getByRole('radio', { name: 'One city' }).check();
    await page.getByLabel('City code').fill('Not a code');
    await expect(page.getByText('Give a city code: 2–40 lower-case letters')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Preview what will leave' })).toBeDisabled();
    await page.getByLabel('City code').fill('lyon');
    await page.getByRole('checkbox', { name: /Activities/ }).uncheck();
    await page.getByRole('button', { name: 'Preview what will leave' }).click();
    const preview = page.getByTestId('send-preview');
    await expect(preview.getByRole('row', { name: /^Commitments 11$/ })).toBeVisible();
    await expect(preview.getByRole('row', { name: /^Activities/ })).toHaveCount(0);
    await expect(preview).toContainText('Small counts of people left blank');
    const allFigures = Number((await preview.getByRole('row', { name: /^Figures \d/ }).getByRole('cell').last().textContent())?.replace(/\D/g, ''));

    // Only two indicators' figures: the preview goes, and comes back with fewer figures.
    await page.getByRole('radio', { name: 'Only the indicators I choose' }).check();
    await expect(page.getByText('Choose at least one indicator')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Preview what will leave' })).toBeDisabled();
    await page.getByLabel('Find an indicator').fill('population');
    await page.getByRole('checkbox', { name: 'Total population' }).check();
    await page.getByLabel('Find an indicator').fill('');
    await page.getByRole('checkbox', { name: 'Employment rate of migrants' }).check();
    await expect(page.getByTestId('indicators-chosen')).toContainText('2 of');
    await page.getByRole('button', { name: 'Preview what will leave' }).click();
    const twoFigures = Number((await preview.getByRole('row', { name: /^Figures \d/ }).getByRole('cell').last().textContent())?.replace(/\D/g, ''));
    expect(twoFigures).toBeGreaterThan(0);
    expect(twoFigures).toBeLessThan(allFigures);
    await page.screenshot({ path: join(repoRoot, 'test-results', 'exchange-send-indicators-en.png'), fullPage: true });
    const download = page.waitForEvent('download');
    await preview.getByRole('button', { name: 'Make the bundle and save it' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^focal-sample-city-to-lyon-\d{6}-\d{4}-\d{2}-\d{2}\.focal$/);
    await expect(page.getByText(/is ready: focal-sample-city-to-lyon-/)).toBeVisible();
    await expect(page.getByTestId('sent-bundles')).toContainText('lyon');
    const saved = await file.path();
    const inspected = focal('bundle', 'inspect', saved, '--json');
    expect(inspected.status, inspected.stdout).toBe(0);
    expect(JSON.parse(inspected.stdout)).toMatchObject({ counts: { 'data/observations.csv': twoFigures } });
  } finally {
    await stopFocal(child);
    rmSync(join(senderDir, '..'), { recursive: true, force: true });
  }
});

for (const language of ['English', 'العربية'] as const) {
  test(`the sample city compares an indicator and its self-assessments with its two peers (${language})`, async ({ page }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'focal-e2e-compare-'));
    expect(focal('demo', '--data', dataDir).status).toBe(0);
    const { child, url } = await startFocal(dataDir);
    try {
      await page.goto(url.replace(/#.*$/, '') + '#/exchange');
      if (language === 'العربية') await page.getByRole('button', { name: 'العربية' }).click();
      await expect(page.locator('html')).toHaveAttribute('dir', language === 'العربية' ? 'rtl' : 'ltr');
      await page.getByRole('tab', { name: language === 'English' ? 'Compare cities' : 'مقارنة المدن' }).click();
      const table = page.getByTestId('compare-table');
      await expect(table.getByRole('row')).toHaveCount(4);
      await expect(table).toContainText(language === 'English' ? 'Porto Sereno (sample)' : 'بورتو سيرينو (نموذج)');
      await expect(table).toContainText(language === 'English' ? 'Wadi Nour (sample)' : 'وادي النور (نموذج)');
      await expect(page.getByTestId('compare-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
      await page.getByTestId('indicator-picker').selectOption('EMP_MIG_RATE');
      await expect(table).toContainText(language === 'English' ? 'City labour market survey (sample)' : 'City labour market survey (sample)');
      // The self-assessments side by side: the own city's latest and each peer's, one column each, a row per dimension.
      const scores = page.getByTestId('assessment-comparison');
      await expect(scores.getByRole('columnheader')).toHaveCount(4);
      await expect(scores.getByRole('columnheader').nth(2)).toContainText(language === 'English' ? 'Porto Sereno (sample)' : 'بورتو سيرينو (نموذج)');
      expect(await scores.locator('tbody tr').count()).toBeGreaterThan(2);
      await expect(scores.locator('tbody td').first()).toHaveText(/\d/);
      await page.screenshot({ path: join(repoRoot, 'test-results', `exchange-compare-${language === 'English' ? 'en' : 'ar'}.png`), fullPage: true });
    } finally {
      await stopFocal(child);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
