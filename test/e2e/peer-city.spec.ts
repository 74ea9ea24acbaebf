import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { addPeerCity } from '../support/peer-city';
import { expect, startFocal, stopFocal, test } from './support/focal-fixture';

const repoRoot = join(import.meta.dirname, '..', '..');

/** A data folder with the sample city as its own and Lyon's records as a peer's. */
function folderWithPeer(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'focal-e2e-peer-'));
  const demo = spawnSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'demo', '--data', dataDir], { encoding: 'utf8' });
  expect(demo.status, demo.stderr).toBe(0);
  const db = new Database(join(dataDir, 'store', 'focal.sqlite'));
  addPeerCity(db);
  db.close();
  return dataDir;
}

/**
 * A data folder holding a peer city's records (as a bundle will bring them): the focal point can
 * look at them through the same pages, read-only, and come back to their own city.
 */
test('a peer city’s figures and texts are shown read-only, and the own city stays editable', async ({ page }) => {
  const dataDir = folderWithPeer();
  const { child, url } = await startFocal(dataDir);
  try {
    await page.goto(url);
    await page.goto(url.replace(/#.*$/, '') + '#/profile/figures');
    await expect(page.getByRole('button', { name: 'Import a spreadsheet' })).toBeVisible();
    await page.getByTestId('city-chooser').selectOption('lyon');
    await expect(page.getByTestId('peer-banner')).toContainText('Lyon');
    await expect(page.getByTestId('figure-count')).toContainText('4');
    await expect(page.getByRole('button', { name: 'Import a spreadsheet' })).toHaveCount(0);
    await expect(page.getByText('Recensement 2024').first()).toBeVisible();
    await page.screenshot({ path: join(repoRoot, 'test-results', 'peer-figures-en.png') });

    // A peer's figures can be exported like one's own: the file is prepared on its own thread.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^focal-lyon-observations-\d{4}-\d{2}-\d{2}\.csv$/);
    await expect(page.getByRole('status').filter({ hasText: 'Exported 4 figures' })).toBeVisible();

    await page.getByRole('tab', { name: 'Narrative' }).click();
    await expect(page.getByTestId('narrative-text')).toHaveJSProperty('readOnly', true);

    await page.getByTestId('peer-banner').getByRole('button').click();
    await expect(page.getByTestId('peer-banner')).toHaveCount(0);
    await page.getByRole('tab', { name: 'Figures' }).click();
    await expect(page.getByRole('button', { name: 'Import a spreadsheet' })).toBeVisible();
  } finally {
    await stopFocal(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('in Arabic the chooser and the read-only banner are Arabic and laid out right to left', async ({ page }) => {
  const dataDir = folderWithPeer();
  const { child, url } = await startFocal(dataDir);
  try {
    await page.goto(url);
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByTestId('city-chooser').selectOption('lyon');
    const banner = page.getByTestId('peer-banner');
    await expect(banner).toContainText('لا يمكن تعديلها هنا');
    await expect(banner.getByRole('button')).toContainText('العودة إلى');
    await expect(page.getByRole('heading', { name: 'ليون', level: 1 })).toBeVisible();
    await expect(page.getByText('الأرقام التي لم ترسلها هذه المدينة بعد')).toBeVisible();
    // The banner's accent border is on the inline start: the right in Arabic.
    const border = await banner.evaluate((element) => getComputedStyle(element).borderRightWidth);
    expect(border).toBe('4px');
    await page.screenshot({ path: join(repoRoot, 'test-results', 'peer-dashboard-ar.png') });
  } finally {
    await stopFocal(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
