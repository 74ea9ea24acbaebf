import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { FirstRunPage } from './pages/first-run-page';
import { ShellPage } from './pages/shell-page';
import { expect, test } from './support/focal-fixture';

const repoRoot = join(import.meta.dirname, '..', '..');

test('a new user sets up their city, sees the key fingerprint, and a reload keeps everything', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  // The token is taken out of the address bar once read.
  expect(page.url()).not.toContain('token=');
  await firstRun.chooseSetUp();

  // Submitting an empty form explains every missing answer and saves nothing.
  await firstRun.submit();
  await expect(page.getByText('Give the city’s name in this language.')).toHaveCount(3);
  await expect(page.getByText('Choose the country.')).toBeVisible();
  await expect(page.getByText('Choose the shore.')).toBeVisible();
  await expect(page.getByText('Give the focal point’s name.')).toBeVisible();
  await expect(page.getByLabel('Name in English')).toBeFocused();

  await firstRun.fill({
    nameEn: 'Tangier',
    nameFr: 'Tanger',
    nameAr: 'طنجة',
    country: 'Morocco',
    shore: 'Southern shore',
    focalPoint: 'Youssef El Amrani',
    email: 'not-an-address',
  });
  // The code is suggested from the English name.
  await expect(page.getByLabel('City code')).toHaveValue('tangier');
  await firstRun.submit();
  await expect(page.getByText('Give an e-mail address such as name@city.org.')).toBeVisible();
  await page.getByLabel('Focal point’s e-mail').fill('y.elamrani@tanger.example');
  await firstRun.submit();

  await expect(page.getByRole('heading', { name: 'Tangier is ready' })).toBeVisible();
  const groups = await firstRun.fingerprintGroups();
  const fingerprint = groups.join(' ');
  expect(fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
  // Each group carries its number, and the list is read in that order.
  await expect(firstRun.fingerprint()).toHaveAccessibleName('Fingerprint in 6 numbered groups');
  await expect(firstRun.fingerprint().getByRole('listitem')).toHaveText(groups.map((g, i) => `${i + 1}${g}`));
  await expect(firstRun.fingerprint().getByRole('listitem').first()).toHaveAccessibleName(`Group 1: ${groups[0]?.split('').join(' ')}`);
  await firstRun.openApp();

  const shell = new ShellPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Tangier' })).toBeVisible();
  await expect(shell.cityName()).toHaveText('Tangier');
  await expect(page.getByText('Youssef El Amrani')).toBeVisible();
  // The dashboard's key line shows the same numbered groups, in the same order.
  await expect(page.getByTestId('dashboard-fingerprint-group')).toHaveText(groups);
  await expect(page.getByTestId('dashboard-fingerprint').getByRole('listitem').first()).toHaveAccessibleName(`Group 1: ${groups[0]?.split('').join(' ')}`);
  // A new city has no figures yet, and is told where to add them — figures already work in this version.
  await expect(page.getByText('No figures yet. Add them in the Figures tab of the Migration profile, or import a spreadsheet.')).toBeVisible();
  await expect(page.getByText(/Entering and importing figures arrive/)).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Tangier' })).toBeVisible();
  await shell.goTo('Settings');
  await expect(page.getByLabel('Name in French')).toHaveValue('Tanger');

  // The same data folder, read by the CLI: one core, one truth.
  const status = JSON.parse(execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'status', '--data', focal.dataDir, '--json'], { encoding: 'utf8' }));
  expect(status.city).toMatchObject({ code: 'tangier', country: 'MA', shore: 'south', names: { ar: 'طنجة' } });
  expect(status.city.signingKey.fingerprint).toBe(fingerprint);
});

test('settings change the city and keep the code and key', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.setUp(focal.url, { nameEn: 'Lyon', nameFr: 'Lyon', nameAr: 'ليون', country: 'France', shore: 'Northern shore', focalPoint: 'Claire Martin', email: 'c.martin@lyon.example' });
  await firstRun.openApp();
  const shell = new ShellPage(page);
  await shell.goTo('Settings');
  await page.getByLabel('Focal point’s name').fill('Paul Durand');
  await page.getByLabel('Name in English').fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Give the city’s name in this language.')).toBeVisible();
  await page.getByLabel('Name in English').fill('Metropolis of Lyon');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await expect(shell.cityName()).toHaveText('Metropolis of Lyon');
  await page.reload();
  await expect(page.getByLabel('Focal point’s name')).toHaveValue('Paul Durand');
});

test('the welcome screen works from the keyboard alone', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  const setUp = page.getByRole('button', { name: 'Set up my city' });
  for (let i = 0; i < 10 && !(await setUp.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(setUp).toBeFocused();
  // Focus is visible: the outline is drawn.
  expect(await setUp.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Set up your city' })).toBeVisible();
});

test('a user can explore the sample city, clearly labelled, and remove it', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open(focal.url);
  await firstRun.exploreSample();
  await expect(page.getByRole('heading', { level: 1, name: 'Sample city (demonstration)' })).toBeVisible();
  await expect(page.getByText('You are exploring a sample city')).toBeVisible();
  await expect(new ShellPage(page).cityName()).toContainText('Sample');
  // Removing asks first; Keep exploring (where the focus lands) leaves the sample as it was.
  await page.getByRole('button', { name: 'Remove the sample and set up my city' }).click();
  await expect(page.getByText('Remove the sample city, with anything you added or changed in it? This cannot be undone; your own city starts empty.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep exploring' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sample city (demonstration)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove the sample', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove the sample and set up my city' }).click();
  await page.getByRole('button', { name: 'Remove the sample', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Focal' })).toBeVisible();
});

test('in Arabic the fingerprint reads in one order: six groups numbered 1 to 6 in the interface’s digits, named in that order', async ({ page, focal }) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.setUp(focal.url, { nameEn: 'Tunis', nameFr: 'Tunis', nameAr: 'تونس', country: 'Tunisia', shore: 'Southern shore', focalPoint: 'Amira Ben Salah', email: 'a.bensalah@tunis.example' });
  await expect(page.getByRole('heading', { name: 'Tunis is ready' })).toBeVisible();
  const groups = await firstRun.fingerprintGroups();
  await new ShellPage(page).switchLanguage('العربية');

  const fingerprint = firstRun.fingerprint();
  // The digits are the same Latin groups, each still read left to right.
  expect(await firstRun.fingerprintGroups()).toEqual(groups);
  // Group numbers in the digits Arabic uses in this browser (Intl decides, as in the interface).
  const arabicDigits = await page.evaluate(() => [1, 2, 3, 4, 5, 6].map((n) => new Intl.NumberFormat('ar').format(n)));
  await expect(fingerprint.getByRole('listitem')).toHaveText(groups.map((g, i) => `${arabicDigits[i]}${g}`));
  await expect(fingerprint).toHaveAccessibleName(new RegExp(`^البصمة في \u2068?${arabicDigits[5]}\u2069? مجموعات مرقّمة$`));
  for (const [i, group] of groups.entries()) {
    await expect(fingerprint.getByRole('listitem').nth(i)).toHaveAccessibleName(new RegExp(`^المجموعة \u2068?${arabicDigits[i]}\u2069?: \u2068?${group.split('').join(' ')}\u2069?$`));
  }
  // In a right-to-left page group 1 stands at the right of group 2: the numbers, not the side, say which is first.
  const first = await fingerprint.getByRole('listitem').nth(0).boundingBox();
  const second = await fingerprint.getByRole('listitem').nth(1).boundingBox();
  expect(first && second && first.x > second.x).toBe(true);
  await page.locator('.fingerprint').screenshot({ path: join(repoRoot, 'docs', 'screenshots', 'fingerprint-ar.png') });
});
