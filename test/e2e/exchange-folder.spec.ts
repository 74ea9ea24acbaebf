import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startFocal, stopFocal, test } from './support/focal-fixture';
import { ExchangeFolderPanel } from './pages/exchange-folder-panel';

const repoRoot = join(import.meta.dirname, '..', '..');
const focal = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), ...args], { encoding: 'utf8' });

test('a bundle the sync tool put in inbox/ is opened from the Receive tab, checked, previewed and imported; a bundle made lands in outbox/', async ({ page, accessibility }) => {
  const root = mkdtempSync(join(tmpdir(), 'focal-e2e-exchange-folder-'));
  const dataDir = join(root, 'tunis');
  const senderDir = join(root, 'sample');
  const sync = join(root, 'Nextcloud', 'Focal network');
  mkdirSync(sync, { recursive: true });
  expect(focal('init', '--data', dataDir, '--city', 'tunis', '--name', 'Tunis').status).toBe(0);
  expect(focal('demo', '--data', senderDir).status).toBe(0);
  const bundle = join(root, 'from-sample.focal');
  const exported = focal('bundle', 'export', '--data', senderDir, '--out', bundle, '--to', 'tunis');
  expect(exported.status, exported.stderr).toBe(0);

  const { child, url } = await startFocal(dataDir);
  try {
    await page.goto(url);
    const settings = new ExchangeFolderPanel(page);
    await settings.open();
    await expect(settings.panel()).toContainText('In this browser window Focal cannot open a folder chooser.');
    await settings.use('Nextcloud/Focal network');
    await expect(settings.panel()).toContainText('Give the whole path');
    await settings.use(sync);
    await expect(settings.panel()).toContainText('The exchange folder is set.');
    await expect(settings.panel().getByTestId('exchange-folder')).toContainText(join(sync, 'inbox'));
    await expect(settings.panel().getByTestId('exchange-folder')).toContainText(join(sync, 'outbox'));
    await accessibility.check('settings with an exchange folder');
    await page.screenshot({ path: join(repoRoot, 'test-results', 'exchange-folder-settings-en.png'), fullPage: true });

    // The sync tool delivers the peer's bundle, and a file still arriving beside it.
    copyFileSync(bundle, join(sync, 'inbox', 'from-sample.focal'));
    writeFileSync(join(sync, 'inbox', '.syncthing.next.focal.tmp'), 'half');
    await page.getByRole('navigation').getByRole('link', { name: 'Exchange' }).click();
    await page.getByRole('tab', { name: 'Receive' }).click();
    const inbox = page.getByTestId('inbox-list');
    await expect(inbox.getByRole('row')).toHaveCount(2);
    await expect(inbox).toContainText('from-sample.focal');
    await expect(inbox).toContainText('Not imported yet');
    await accessibility.check('receive with the inbox listed');
    await page.getByRole('button', { name: 'Open from-sample.focal' }).click();

    await expect(page.getByTestId('trust-question')).toContainText('Is this really Sample city (demonstration)?');
    await page.getByRole('button', { name: /The fingerprints match: trust/ }).click();
    const preview = page.getByTestId('receive-preview');
    await expect(preview.getByRole('row', { name: /^Commitments 11 0 0 0 0$/ })).toBeVisible();
    await page.screenshot({ path: join(repoRoot, 'test-results', 'exchange-folder-inbox-en.png'), fullPage: true });
    await preview.getByRole('button', { name: 'Import into Sample city (demonstration)’s space' }).click();
    await expect(page.getByText(/Bundle no\. 1 from Sample city \(demonstration\) is imported\./)).toBeVisible();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(inbox).toContainText('Already imported');

    // A bundle made here is placed, whole, in outbox/ for the sync tool.
    await page.getByRole('tab', { name: 'Send' }).click();
    await page.getByRole('button', { name: 'Preview what will leave' }).click();
    const download = page.waitForEvent('download');
    await page.getByTestId('send-preview').getByRole('button', { name: 'Make the bundle and save it' }).click();
    const file = await download;
    await expect(page.getByTestId('outbox-copy')).toContainText(join(sync, 'outbox', file.suggestedFilename()));
    expect(readdirSync(join(sync, 'outbox'))).toEqual([file.suggestedFilename()]);
    expect(readFileSync(join(sync, 'outbox', file.suggestedFilename()))).toEqual(readFileSync(join(dataDir, 'bundles', 'sent', file.suggestedFilename())));
  } finally {
    await stopFocal(child);
    rmSync(root, { recursive: true, force: true });
  }
});
