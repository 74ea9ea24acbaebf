import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ActivitiesPage } from './pages/activities-page';
import { ShellPage } from './pages/shell-page';
import { UnsavedDialog } from './pages/unsaved-dialog';
import { expect, test } from './support/focal-fixture';

const repoRoot = join(import.meta.dirname, '..', '..');

test('a focal point records a training with its participants, sees it on the Dashboard, and turns a follow-up into a commitment', async ({ page, focal }) => {
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'focal.mjs'), 'init', '--data', focal.dataDir, '--city', 'tunis', '--name', 'Tunis', '--country', 'TN']);
  await page.goto(focal.url);
  const activities = new ActivitiesPage(page);
  await activities.open();
  await expect(page.getByText('No activity recorded yet.')).toBeVisible();

  await activities.startNew();
  await activities.fill({ kind: 'Training', title: 'Training on local migration data', date: '2026-04-14', place: 'Tunis city hall', host: 'City of Tunis', cities: ['Tunis', 'Lyon', 'Amman'] });
  await activities.count([
    { sex: 'Female', age: '15–24 (youth)', count: 4 },
    { sex: 'Female', age: '25–54', count: 9 },
    { sex: 'Male', age: '25–54', count: 7 },
    { sex: 'Male', age: '15–24 (youth)', count: 2 },
  ]);
  // The grid adds up as the counts are typed.
  await expect(page.getByTestId('participants-all')).toHaveText('22');
  await activities.addFollowUp('Open a welcome desk for young arrivals');
  // A follow-up not saved yet cannot become a commitment.
  await expect(activities.form().getByRole('button', { name: 'Make it a commitment' })).toBeDisabled();
  await activities.save();
  await expect(page.getByText('“Training on local migration data” is saved.')).toBeVisible();

  const row = activities.list().getByRole('row', { name: /Training on local migration data/ });
  await expect(row).toContainText('Training');
  await expect(row).toContainText('Apr 14, 2026');
  await expect(row).toContainText('22 participants');
  await expect(row).toContainText('13 women');
  await expect(row).toContainText('6 young people');

  await activities.form().getByRole('button', { name: 'Make it a commitment' }).click();
  const link = activities.form().getByRole('link', { name: 'Open the commitment' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', /^#\/commitments\/[0-9a-f-]{36}$/);
  // The commitment exists in the store, planned, titled with the follow-up.
  const uid = (await link.getAttribute('href'))?.split('/').pop() ?? '';
  const commitment = await page.evaluate(async (id) => {
    const token = window.sessionStorage.getItem('focal.token') ?? '';
    const answer = await fetch(`/api/commitments.get`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ uid: id }) });
    return answer.json();
  }, uid);
  expect(commitment).toMatchObject({ ok: true, value: { status: 'planned', texts: { en: { title: 'Open a welcome desk for young arrivals' } } } });

  // A change typed and not saved is asked about before the page changes; saving from the question keeps it.
  await activities.form().getByLabel('Place').fill('Tunis city hall, room 4');
  await new ShellPage(page).navigation().getByRole('link', { name: 'Dashboard' }).click();
  const unsaved = new UnsavedDialog(page);
  await unsaved.expectAsked();
  await unsaved.saveAndLeave();
  const card = page.getByTestId('latest-activities');
  await expect(card).toContainText('Training on local migration data');
  await expect(card.getByTestId('participants-all')).toHaveText('22');
  await expect(card.getByTestId('participants-women')).toHaveText('13');
  await expect(card.getByTestId('participants-youth')).toHaveText('6');
  await activities.open();
  await expect(activities.list().getByRole('row', { name: /Training on local migration data/ })).toContainText('Tunis city hall, room 4');
});
