import { describe, expect, it } from 'vitest';
import { blankCommitment, breakdown, testUid } from '../support/commitments';
import { freshCoreForEachTest, tunisSetup, type TestCore } from '../support/temp-core';

/**
 * Commitments follow the data model (one validator, one writer, revisions, tombstones) and their
 * progress is computed from the figures as they are at every read.
 */

let clock = new Date('2026-06-15T10:00:00');
const current = freshCoreForEachTest({ now: () => clock });

async function setUp(t: TestCore): Promise<void> {
  clock = new Date('2026-06-15T10:00:00');
  await t.call('city.setup', tunisSetup);
}

async function figure(t: TestCore, period: string, value: string, sex = ''): Promise<void> {
  await t.call('observations.save', { original: null, draft: { indicator: 'EMP_MIG_RATE', period, sex, value, source: 'Labour force survey' } });
}

const womenEmployment = {
  uid: testUid(1),
  indicator: 'EMP_MIG_RATE',
  breakdown: breakdown({ sex: 'F' }),
  baseline: { value: 30, period: '2023' },
  target: { value: 50, period: '2027' },
  direction: 'increase',
} as const;

describe('commitments', () => {
  it('are created with an id, changed with a revision, and removed with a tombstone that a new save continues from', async () => {
    const t = current.t;
    await setUp(t);
    const created = await t.call('commitments.save', blankCommitment);
    expect(created).toMatchObject({ city: 'tunis', revision: 1, status: 'planned', progress: null, overdue: false });
    expect(created.uid).toMatch(/^[0-9a-f-]{36}$/);
    // The same content again changes nothing, revision included.
    expect((await t.call('commitments.save', { ...blankCommitment, uid: created.uid })).revision).toBe(1);
    const changed = await t.call('commitments.save', { ...blankCommitment, uid: created.uid, owner: 'Social affairs department' });
    expect(changed).toMatchObject({ revision: 2, owner: 'Social affairs department' });
    expect((await t.call('commitments.list', {})).map((c) => c.uid)).toEqual([created.uid]);

    await t.call('commitments.delete', { uid: created.uid });
    expect(await t.call('commitments.list', {})).toEqual([]);
    expect(t.core.store.db.prepare('SELECT revision, deleted FROM commitments WHERE uid = ?').get(created.uid)).toEqual({ revision: 3, deleted: 1 });
    const again = await t.call('commitments.save', { ...blankCommitment, uid: created.uid });
    expect(again.revision).toBe(4);
    const gone = await t.core.dispatch('commitments.get', { uid: testUid(99) });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses what is wrong with every problem on its field, and stores nothing', async () => {
    const t = current.t;
    await setUp(t);
    const answer = await t.core.dispatch('commitments.save', {
      ...blankCommitment,
      texts: { ...blankCommitment.texts, en: { title: '', description: '' } },
      domains: ['housing', 'space'],
      targetGroups: ['women', 'women'],
      tags: ['pilot.A', 'sdg.99.9'],
      start: '2026-05-01',
      due: '2026-01-01',
      status: 'blocked',
      targets: [{ ...womenEmployment, breakdown: breakdown({ area: 'X' }), target: { value: 20, period: '2022' } }],
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid_input');
    expect(answer.error.issues?.map((i) => [i.path, i.problem?.code])).toEqual([
      ['texts.en.title', 'title_missing'],
      ['domains.1', 'unknown_domain'],
      ['targetGroups.1', 'code_repeated'],
      ['tags.1', 'unknown_tag'],
      ['due', 'due_before_start'],
      ['statusReason', 'status_reason_missing'],
      ['targets.0.breakdown.area', 'unknown_code'],
      ['targets.0.target.value', 'target_wrong_side'],
      ['targets.0.target.period', 'target_before_baseline'],
    ]);
    expect(await t.call('commitments.list', {})).toEqual([]);
  });

  it('moves status only along the allowed transitions, with a reason for blocked and dropped', async () => {
    const t = current.t;
    await setUp(t);
    const c = await t.call('commitments.save', blankCommitment);
    const move = (status: 'planned' | 'in_progress' | 'done' | 'blocked' | 'dropped', statusReason = '') => t.core.dispatch('commitments.save', { ...blankCommitment, uid: c.uid, status, statusReason });
    expect((await move('in_progress')).ok).toBe(true);
    expect(await move('blocked')).toMatchObject({ ok: false, error: { issues: [{ path: 'statusReason' }] } });
    expect((await move('blocked', 'Waiting for the ministry’s decree')).ok).toBe(true);
    expect((await move('dropped', 'The ministry refused')).ok).toBe(true);
    // Given up, it cannot be declared done without being taken up again first.
    expect(await move('done')).toMatchObject({ ok: false, error: { issues: [{ path: 'status', problem: { code: 'status_move_refused', params: { from: 'dropped', to: 'done' } } }] } });
    expect((await move('planned')).ok).toBe(true);
    expect((await move('done')).ok).toBe(true);
    expect((await move('in_progress')).ok).toBe(true);
    expect((await t.call('commitments.get', { uid: c.uid })).status).toBe('in_progress');
  });

  it('refuses a save over a newer revision instead of losing the other change', async () => {
    const t = current.t;
    await setUp(t);
    const c = await t.call('commitments.save', blankCommitment);
    await t.call('commitments.save', { ...blankCommitment, uid: c.uid, owner: 'First', baseRevision: 1 });
    const late = await t.core.dispatch('commitments.save', { ...blankCommitment, uid: c.uid, owner: 'Second', baseRevision: 1 });
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await t.call('commitments.get', { uid: c.uid })).owner).toBe('First');
  });

  it('marks translations that trail the original until they are changed or confirmed', async () => {
    const t = current.t;
    await setUp(t);
    const texts = { en: { title: 'Welcome desk', description: 'Open a desk' }, fr: { title: 'Guichet d’accueil', description: 'Ouvrir un guichet' }, ar: { title: '', description: '' } };
    const c = await t.call('commitments.save', { ...blankCommitment, texts });
    // Arabic is not written yet; French is up to date.
    expect(c.needsTranslation).toEqual(['ar']);
    const edited = await t.call('commitments.save', { ...blankCommitment, uid: c.uid, texts: { ...texts, en: { title: 'Welcome desk', description: 'Open two desks' } } });
    expect(edited.needsTranslation).toEqual(['fr', 'ar']);
    const translated = await t.call('commitments.save', {
      ...blankCommitment,
      uid: c.uid,
      texts: { en: { title: 'Welcome desk', description: 'Open two desks' }, fr: { title: 'Guichet d’accueil', description: 'Ouvrir deux guichets' }, ar: { title: 'مكتب الاستقبال', description: '' } },
    });
    expect(translated.needsTranslation).toEqual([]);
    const confirmedTexts = { ...translated.texts, en: { title: 'Welcome desks', description: 'Open two desks' } };
    expect((await t.call('commitments.save', { ...blankCommitment, uid: c.uid, texts: confirmedTexts })).needsTranslation).toEqual(['fr', 'ar']);
    expect((await t.call('commitments.save', { ...blankCommitment, uid: c.uid, texts: confirmedTexts, confirmedTranslations: ['fr'] })).needsTranslation).toEqual(['ar']);
  });

  it('computes a target’s progress from the figures as they are now: an import or an edit changes it', async () => {
    const t = current.t;
    await setUp(t);
    const c = await t.call('commitments.save', { ...blankCommitment, targets: [womenEmployment] });
    expect(c.progress).toBe('no_data');
    // The total and the men's figures are not the women's.
    await figure(t, '2025', '49');
    await figure(t, '2025', '49', 'M');
    expect((await t.call('commitments.get', { uid: c.uid })).progress).toBe('no_data');
    // 2025 is half way from 2023 to 2027: 40 % is half the distance from 30 % to 50 %.
    await figure(t, '2025', '40', 'F');
    const onTrack = await t.call('commitments.get', { uid: c.uid });
    expect(onTrack.targetProgress).toEqual([{ uid: testUid(1), status: 'on_track', latest: { period: '2025', value: 40 }, covered: 0.5, elapsed: 0.5 }]);
    expect(onTrack.series).toEqual([{ uid: testUid(1), figures: [{ period: '2025', value: 40 }] }]);
    await t.call('observations.save', {
      original: { indicator: 'EMP_MIG_RATE', period: '2025', sex: 'F', age: '', status: '', origin: '', area: '' },
      draft: { indicator: 'EMP_MIG_RATE', period: '2025', sex: 'F', value: '28', source: 'Labour force survey' },
    });
    expect((await t.call('commitments.list', {}))[0]?.progress).toBe('deteriorating');
    await figure(t, '2026-Q2', '51', 'F');
    expect((await t.call('commitments.list', {}))[0]?.progress).toBe('achieved');
  });

  it('lists what is overdue and what falls due in the next 30 days', async () => {
    const t = current.t;
    await setUp(t);
    const late = await t.call('commitments.save', {
      ...blankCommitment,
      due: '2026-06-14',
      tasks: [
        { uid: testUid(10), kind: 'milestone', title: 'Council vote', due: '2026-07-15', done: false },
        { uid: testUid(11), kind: 'task', title: 'Draft the decree', due: '2026-07-16', done: false },
        { uid: testUid(12), kind: 'task', title: 'Done already', due: '2026-06-20', done: true },
      ],
    });
    await t.call('commitments.save', { ...blankCommitment, due: '2026-06-01', status: 'done' });
    await t.call('commitments.save', { ...blankCommitment, due: '2026-06-15' });
    const agenda = await t.call('commitments.agenda', {});
    expect(agenda.today).toBe('2026-06-15');
    expect(agenda.overdue.map((d) => [d.kind, d.due])).toEqual([['commitment', '2026-06-14']]);
    expect(agenda.upcoming.map((d) => [d.kind, d.title, d.due])).toEqual([
      ['commitment', '', '2026-06-15'],
      ['milestone', 'Council vote', '2026-07-15'],
    ]);
    expect((await t.call('commitments.get', { uid: late.uid })).overdue).toBe(true);
  });

  it('spans the programme’s 36 months from the month set, else from January of the plan’s first year', async () => {
    const t = current.t;
    await setUp(t);
    expect(await t.call('programme.get', {})).toEqual({ start: '2026-01-01', months: 36, chosen: false });
    await t.call('commitments.save', { ...blankCommitment, start: '2025-04-10', due: '2027-01-31' });
    expect(await t.call('programme.get', {})).toEqual({ start: '2025-01-01', months: 36, chosen: false });
    expect(await t.call('programme.set', { start: '2025-03-17' })).toEqual({ start: '2025-03-01', months: 36, chosen: true });
    expect(await t.call('programme.get', {})).toEqual({ start: '2025-03-01', months: 36, chosen: true });
    expect((await t.core.dispatch('programme.set', { start: '2025-13-01' })).ok).toBe(false);
  });
});
