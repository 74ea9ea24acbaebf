import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startFocal, stopFocal } from './support/focal-fixture';

const focalBin = join(import.meta.dirname, '..', '..', 'bin', 'focal.mjs');

test('a damaged data file is set aside and the latest good backup brings the city back', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'focal-e2e-recovery-'));
  try {
    execFileSync(process.execPath, [focalBin, 'init', '--data', dataDir, '--city', 'amman', '--name', 'Amman', '--country', 'JO'], { encoding: 'utf8' });

    // The user takes a backup in Settings.
    let focal = await startFocal(dataDir);
    await page.goto(focal.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText('Backup taken.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Restore' })).toHaveCount(1);
    await stopFocal(focal.child);

    // Then the data file is damaged (a failing disk, a bad copy).
    writeFileSync(join(dataDir, 'store', 'focal.sqlite'), Buffer.alloc(16384, 0x42));

    focal = await startFocal(dataDir);
    await page.goto(focal.url);
    await expect(page.getByRole('heading', { name: 'Focal found a problem with your data file' })).toBeVisible();
    await expect(page.getByText(join(dataDir, 'damaged'))).toBeVisible();
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Amman' })).toBeVisible();
    await stopFocal(focal.child);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a data folder from a newer Focal is refused, untouched, with a clear reason', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'focal-e2e-newer-'));
  try {
    execFileSync(process.execPath, [focalBin, 'init', '--data', dataDir, '--city', 'beirut', '--name', 'Beirut'], { encoding: 'utf8' });
    const file = join(dataDir, 'store', 'focal.sqlite');
    execFileSync('node', ['-e', `const D=require(${JSON.stringify(join(import.meta.dirname, '..', '..', 'node_modules', 'better-sqlite3'))});const d=new D(${JSON.stringify(file)});d.pragma('user_version = 9999');d.close();`]);
    await expect(startFocal(dataDir)).rejects.toThrow(/newer version of Focal/);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
