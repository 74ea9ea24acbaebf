import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { FirstRunPage } from './pages/first-run-page';
import { DistrictsPanel } from './pages/settings-page';
import { expect, test } from './support/focal-fixture';

const repoRoot = join(import.meta.dirname, '..', '..');

test('after setting up the city, the focus is on the dashboard’s heading', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.setUp(focal.url, { nameEn: 'Lyon', nameFr: 'Lyon', nameAr: 'ليون', country: 'France', shore: 'Northern shore', focalPoint: 'Claire Martin', email: 'c.martin@lyon.example' });
  await firstRun.openApp();
  await expect(page.getByRole('heading', { level: 1, name: 'Lyon' })).toBeFocused();
});

test('after deleting a district with the keyboard, the focus goes to the next row’s button, then to the list’s heading', async ({ page, focal }) => {
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'init', '--data', focal.dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN']);
  await page.goto(focal.url);
  const districts = new DistrictsPanel(page);
  await districts.open();
  await districts.add('NORTH', { en: 'North', fr: 'Nord', ar: 'الشمال' });
  await expect(districts.rows()).toHaveCount(1);
  await districts.add('SOUTH', { en: 'South', fr: 'Sud', ar: 'الجنوب' });
  await expect(districts.rows()).toHaveCount(2);
  page.on('dialog', (dialog) => void dialog.accept());

  const removeNorth = districts.panel().getByRole('button', { name: /North/ }).filter({ hasText: /Remove/ });
  await removeNorth.focus();
  await page.keyboard.press('Enter');
  await expect(districts.rows()).toHaveCount(1);
  const removeSouth = districts.panel().getByRole('button', { name: /South/ }).filter({ hasText: /Remove/ });
  await expect(removeSouth).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(districts.rows()).toHaveCount(0);
  await expect(districts.panel().getByRole('heading', { level: 2, name: 'Districts' })).toBeFocused();
});
