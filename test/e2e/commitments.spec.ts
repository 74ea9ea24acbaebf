import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommitmentsPage } from './pages/commitments-page';
import { FiguresPage } from './pages/figures-page';
import { FirstRunPage } from './pages/first-run-page';
import { ImportPage } from './pages/import-page';
import { ShellPage } from './pages/shell-page';
import { UnsavedDialog } from './pages/unsaved-dialog';
import { expect, test } from './support/focal-fixture';

const repoRoot = join(import.meta.dirname, '..', '..');

let files: string;
test.beforeEach(() => {
  files = mkdtempSync(join(tmpdir(), 'focal-e2e-commitments-'));
});
test.afterEach(() => rmSync(files, { recursive: true, force: true }));

/** A day `days` from today by the machine's calendar, as a date input takes it. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

test('a focal point records a commitment with a target for women, imports the figures and sees it on track, blocks it with a reason, and finds it by the filters', async ({ page, focal }) => {
  test.setTimeout(150_000);
  const firstRun = new FirstRunPage(page);
  await firstRun.setUp(focal.url, { nameEn: 'Tunis', nameFr: 'Tunis', nameAr: 'تونس', country: 'Tunisia', shore: 'Southern shore', focalPoint: 'Amira Ben Salah', email: 'a.bensalah@tunis.example' });
  await firstRun.openApp();

  const commitments = new CommitmentsPage(page);
  await commitments.open();
  // The empty list says what a commitment is and offers to make one.
  await expect(page.getByRole('heading', { name: 'No commitments yet' })).toBeVisible();
  await commitments.startNew();

  // Nothing typed yet: the title is the one thing the form needs, and it says so at the field.
  await commitments.save();
  await expect(commitments.problems()).toContainText('Give the commitment a title in its original language.');
  await expect(page.getByLabel('Title in English')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Title in English').fill('Employment desk for migrant women');
  await page.getByLabel('Owner').fill('Social affairs department');
  await page.getByLabel('Due date', { exact: true }).fill(dayFromToday(10));
  await page.getByRole('group', { name: 'Policy domains' }).getByLabel('Employment').check();
  await page.getByRole('group', { name: 'Target groups' }).getByLabel('Women and girls').check();
  await page.getByLabel('Search the frameworks').fill('10.7');
  await page.getByLabel(/sdg\.10\.7/).check();
  const target = await commitments.addTarget({ indicator: 'Employment rate of migrants', quick: 'Women', baseline: ['30', '2023'], target: ['50', '2027'] });
  // The quick choice set the breakdown the indicator offers for women.
  await expect(target.getByLabel('By sex')).toHaveValue('F');
  await expect(target.getByLabel('The city wants it to')).toHaveValue('increase');
  await commitments.saveAndExpectSaved();
  await expect(page).toHaveURL(/#\/commitments\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Employment desk for migrant women' })).toBeVisible();
  await expect(commitments.target(0).getByTestId('progress-status')).toHaveText(/No data yet/);
  // The rule is there in plain words, next to the targets.
  await expect(page.getByText('How progress is judged')).toBeVisible();
  const commitmentUrl = page.url();

  // Figures arrive through the profile's import.
  const csv = join(files, 'emploi.csv');
  writeFileSync(csv, ['indicator,period,sex,age,status,origin,area,value,source,note,flags', 'EMP_MIG_RATE,2024,F,,,,,42,Labour force survey 2024,,'].join('\r\n'));
  const figures = new FiguresPage(page);
  await figures.open();
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(csv);
  await importer.check();
  await importer.apply();

  // 12 of 20 points covered in a quarter of the time: on track, on the commitment and on the Dashboard.
  await commitments.open();
  await expect(commitments.table().getByTestId('progress-status')).toHaveText(/On track/);
  await commitments.openCommitment('Employment desk for migrant women');
  const progress = commitments.target(0).getByTestId('target-progress');
  await expect(progress.getByTestId('progress-status')).toHaveText(/On track/);
  await expect(progress).toContainText('Latest figure: 42% (2024)');
  await expect(progress.getByTestId('target-rule-numbers')).toHaveText('Covered 60% of the distance in 25% of the time.');
  await expect(progress.locator('.recharts-surface')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
  const summary = page.getByTestId('progress-summary');
  await expect(summary.getByRole('link', { name: /1\s*On track/ })).toBeVisible();
  const agenda = page.getByTestId('agenda-card');
  await expect(agenda.getByRole('link', { name: 'Employment desk for migrant women' })).toBeVisible();
  await summary.getByRole('link', { name: /On track/ }).click();
  await expect(page).toHaveURL(/#\/commitments\?progress=on_track$/);
  await expect(commitments.count()).toHaveText('Commitments shown: 1 of 1');

  // Blocked needs a reason: refused without one, saved with it.
  await page.goto(commitmentUrl);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Blocked' });
  await commitments.save();
  await expect(commitments.problems()).toContainText('Say why the commitment is “Blocked”.');
  const reason = page.getByLabel('Why is it Blocked?');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await reason.fill('The employment agency has not signed the agreement yet.');
  await commitments.addTask('Sign the agreement with the agency', 'Milestone', dayFromToday(20));
  await commitments.addNote('2026-03-02', 'Steering committee met; the agency asked for a second meeting.');
  await commitments.saveAndExpectSaved();
  await expect(page.getByTestId('commitment-status').first()).toHaveText(/Blocked/);
  await expect(commitments.notes()).toHaveCount(1);
  // Only the statuses a blocked commitment may move to are offered.
  await expect(page.getByLabel('Status', { exact: true }).locator('option')).toHaveText(['Blocked', 'Planned', 'In progress', 'Dropped']);

  // The filters live in the address: a reload keeps them.
  await page.getByRole('link', { name: 'All commitments' }).click();
  await commitments.filter('Status').selectOption({ label: 'Blocked' });
  await expect(page).toHaveURL(/status=blocked/);
  await expect(commitments.count()).toHaveText('Commitments shown: 1 of 1');
  await page.reload();
  await expect(commitments.filter('Status')).toHaveValue('blocked');
  await expect(commitments.table().getByRole('link', { name: 'Employment desk for migrant women' })).toBeVisible();
  await commitments.filter('Status').selectOption({ label: 'Planned' });
  await expect(commitments.count()).toHaveText('Commitments shown: 0 of 1');
  await expect(page.getByText('No commitment matches these filters.', { exact: false })).toBeVisible();
  await commitments.filter('Status').selectOption({ label: 'All' });
  await commitments.filter('Target groups').selectOption({ label: 'Women and girls' });
  await expect(commitments.count()).toHaveText('Commitments shown: 1 of 1');
  await expect(commitments.table().getByText('Women', { exact: true })).toBeVisible();
  await commitments.overdueOnly().check();
  await expect(commitments.count()).toHaveText('Commitments shown: 0 of 1');
  await commitments.overdueOnly().uncheck();

  // In Arabic the page mirrors, and the Arabic title is written right to left.
  const shell = new ShellPage(page);
  await shell.switchLanguage('العربية');
  await expect(page.getByRole('heading', { level: 1, name: 'الالتزامات' })).toBeVisible();
  expect(await shell.direction()).toBe('rtl');
  await expect(commitments.table().getByText('بحاجة إلى ترجمة')).toBeVisible();
  await commitments.table().getByRole('link', { name: 'Employment desk for migrant women' }).click();
  const arabicTitle = page.getByLabel('العنوان بالعربية');
  await expect(arabicTitle).toHaveAttribute('dir', 'rtl');
  await arabicTitle.fill('مكتب التشغيل للنساء المهاجرات');
  await page.getByRole('button', { name: 'حفظ الالتزام' }).click();
  await expect(page.getByText('تم الحفظ.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'مكتب التشغيل للنساء المهاجرات' })).toBeVisible();

  // Removing it asks first, then the list says so and holds the focus on its heading.
  await shell.switchLanguage('English');
  await page.getByRole('button', { name: 'Remove commitment' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByText('“Employment desk for migrant women” was removed.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No commitments yet' })).toBeVisible();
});

test('a translation is marked as needing work when the original changes until checked; a typed note is not lost on leaving; a change made elsewhere is reported, not overwritten', async ({ page, focal }) => {
  test.setTimeout(120_000);
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'init', '--data', focal.dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN']);
  await page.goto(focal.url);
  const commitments = new CommitmentsPage(page);
  await commitments.open();
  await commitments.startNew();
  await page.getByLabel('Title in English').fill('One-stop welcome desk');
  await page.getByRole('tab', { name: /French/ }).click();
  await page.getByLabel('Title in French').fill('Guichet unique d’accueil');
  await commitments.saveAndExpectSaved();

  // The original changes: the French title is now older than it.
  await page.getByRole('tab', { name: /English/ }).click();
  await page.getByLabel('Title in English').fill('One-stop welcome desk for newcomers');
  await commitments.saveAndExpectSaved();
  const french = page.getByRole('tab', { name: /French/ });
  await expect(french).toContainText('Needs translation');
  await french.click();
  await page.getByLabel('Translation checked against the original').check();
  await commitments.saveAndExpectSaved();
  await expect(french).not.toContainText('Needs translation');

  // A note typed but not added is unsaved text: leaving asks, and "Save and leave" keeps it.
  await page.getByLabel('Note', { exact: true }).fill('The desk opens on Mondays and Thursdays.');
  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
  const question = new UnsavedDialog(page);
  await question.expectAsked();
  await question.saveAndLeave();
  await expect(page.getByRole('heading', { level: 1, name: 'Tunis' })).toBeVisible();
  await page.goBack();
  await expect(commitments.notes()).toHaveCount(1);
  await expect(commitments.notes().first()).toContainText('The desk opens on Mondays and Thursdays.');

  // Someone else changes the owner while this page is open: the save is refused and says why.
  const address = new URL(focal.url);
  const api = async (method: string, input: object) => {
    const answer = await page.request.post(`${address.origin}/api/${method}`, { headers: { authorization: `Bearer ${address.searchParams.get('token') ?? ''}` }, data: input });
    const body: { ok: boolean; value: Record<string, unknown> } = await answer.json();
    expect(body.ok).toBe(true);
    return body.value;
  };
  const uid = page.url().split('/').pop() ?? '';
  const stored = await api('commitments.get', { uid });
  const fields = ['original', 'texts', 'domains', 'targetGroups', 'tags', 'start', 'due', 'status', 'statusReason', 'tasks', 'targets', 'notes'];
  await api('commitments.save', { ...Object.fromEntries(fields.map((f) => [f, stored[f]])), uid, owner: 'Mayor’s office' });
  await page.getByLabel('Owner').fill('Social affairs department');
  await commitments.save();
  await expect(commitments.problems()).toContainText('This commitment was changed elsewhere since you opened it.');
  await page.reload();
  await expect(page.getByLabel('Owner')).toHaveValue('Mayor’s office');
});
