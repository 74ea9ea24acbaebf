import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { AssessmentPage } from './pages/assessment-page';
import { expect, test } from './support/focal-fixture';

const repoRoot = join(import.meta.dirname, '..', '..');

test('a focal point scores the OECD checklist, reassesses a year later from it, and sees what changed', async ({ page, focal }) => {
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'init', '--data', focal.dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN']);
  await page.goto(focal.url);
  // A commitment to link a criterion to (the Commitments page is another part of the app).
  await page.evaluate(async () => {
    const token = window.sessionStorage.getItem('focal.token') ?? '';
    const none = { title: '', description: '' };
    const commitment = { original: 'en', texts: { en: { title: 'Coordination body with the governorate', description: '' }, fr: none, ar: none }, domains: [], targetGroups: [], tags: [], owner: '', start: null, due: null, status: 'planned', statusReason: '', tasks: [], targets: [], notes: [] };
    await fetch('/api/commitments.save', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(commitment) });
  });
  const assessment = new AssessmentPage(page);
  await assessment.open();
  await expect(page.getByText('No assessment yet.')).toBeVisible();

  await assessment.startNew('OECD Checklist for public action to migrant integration at the local level');
  await assessment.title('OECD checklist 2025');
  await assessment.date('2025-06-01');
  await assessment.score('Enhance the effectiveness of integration policy', 'Partial', 'A coordination meeting twice a year with the governorate.');
  await assessment.criterion('Enhance the effectiveness of integration policy').getByLabel('Commitments that answer it').selectOption({ label: 'Coordination body with the governorate' });
  await assessment.score('Seek policy coherence', 'Absent');
  await assessment.score("Match migrants' skills", 'Complete');
  await assessment.save();
  await expect(page.getByText('“OECD checklist 2025” is saved.')).toBeVisible();
  await expect(assessment.list().getByRole('row', { name: /OECD checklist 2025/ })).toContainText('3 of 12');

  // A year later: start from the last one, its scores copied, and change one.
  await assessment.startFrom('OECD checklist 2025');
  await expect(assessment.criterion('Enhance the effectiveness of integration policy').getByRole('radio', { name: 'Partial', exact: true })).toBeChecked();
  await expect(assessment.criterion('Enhance the effectiveness of integration policy').getByLabel('Evidence')).toHaveValue('A coordination meeting twice a year with the governorate.');
  await expect(assessment.criterion('Enhance the effectiveness of integration policy').getByRole('option', { name: 'Coordination body with the governorate' })).toHaveJSProperty('selected', true);
  await assessment.title('OECD checklist 2026');
  await assessment.date('2026-06-01');
  await assessment.score('Enhance the effectiveness of integration policy', 'Complete');
  await assessment.score("Match migrants' skills", 'Partial');
  await assessment.save();
  await expect(page.getByText('“OECD checklist 2026” is saved.')).toBeVisible();
  await expect(assessment.list().getByRole('row')).toHaveCount(3);

  // The comparison opens on the two latest: one improved, one worsened, one the same.
  const comparison = assessment.comparison();
  await expect(comparison.getByRole('heading', { name: 'From “OECD checklist 2025” to “OECD checklist 2026”' })).toBeVisible();
  await expect(comparison.getByTestId('change-oecd.1')).toContainText('Partial');
  await expect(comparison.getByTestId('change-oecd.1')).toContainText('Improved');
  await expect(comparison.getByTestId('change-oecd.2')).toContainText('Same');
  await expect(comparison.getByTestId('change-oecd.9')).toContainText('Worsened');
  await expect(comparison.getByTestId('change-oecd.4')).toContainText('Not comparable');
  await expect(comparison).toContainText('1 criterion improved');
  await expect(comparison.getByTestId('dimension-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
});
