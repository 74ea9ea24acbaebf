import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import { compareAssessments, dimensionScores, type CriterionAnswer } from '../../shared/domain/assessment';
import { blankCommitment, testUid } from '../support/commitments';
import { freshCoreForEachTest, tunisSetup, type TestCore } from '../support/temp-core';

/** Self-assessments follow the data model; their scores add up per dimension and compare over time. */

const current = freshCoreForEachTest({ now: () => new Date('2026-06-15T10:00:00') });

const answer = (item: string, score: CriterionAnswer['score'], commitments: string[] = []): CriterionAnswer => ({ item, score, evidence: '', commitments });

const oecd2025 = {
  framework: 'oecd',
  date: '2025-06-01',
  title: 'OECD checklist 2025',
  scores: [answer('oecd.1', 'partial'), answer('oecd.2', 'absent'), answer('oecd.9', 'complete')],
} satisfies MethodInput<'assessments.save'>;

async function setUp(t: TestCore): Promise<void> {
  await t.call('city.setup', tunisSetup);
}

describe('self-assessments', () => {
  it('are created with an id, changed with a revision, and removed with a tombstone that a new save continues from', async () => {
    const t = current.t;
    await setUp(t);
    const created = await t.call('assessments.save', oecd2025);
    expect(created).toMatchObject({ city: 'tunis', revision: 1, framework: 'oecd' });
    // The same answers in another order, and a criterion with nothing said, change nothing.
    const reordered = await t.call('assessments.save', { ...oecd2025, uid: created.uid, scores: [...oecd2025.scores].reverse().concat(answer('oecd.5', null)) });
    expect(reordered.revision).toBe(1);
    expect(reordered.scores.map((s) => s.item)).toEqual(['oecd.1', 'oecd.2', 'oecd.9']);
    const changed = await t.call('assessments.save', { ...oecd2025, uid: created.uid, baseRevision: 1, scores: [answer('oecd.1', 'complete')] });
    expect(changed.revision).toBe(2);
    expect(await t.core.dispatch('assessments.save', { ...oecd2025, uid: created.uid, baseRevision: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await t.call('assessments.delete', { uid: created.uid });
    expect(await t.call('assessments.list', {})).toEqual([]);
    expect(t.core.store.db.prepare('SELECT revision, deleted FROM assessments WHERE uid = ?').get(created.uid)).toEqual({ revision: 3, deleted: 1 });
    expect((await t.call('assessments.save', { ...oecd2025, uid: created.uid })).revision).toBe(4);
  });

  it('are kept side by side, newest first', async () => {
    const t = current.t;
    await setUp(t);
    await t.call('assessments.save', oecd2025);
    await t.call('assessments.save', { ...oecd2025, date: '2026-06-01', title: 'OECD checklist 2026' });
    expect((await t.call('assessments.list', {})).map((a) => a.title)).toEqual(['OECD checklist 2026', 'OECD checklist 2025']);
  });

  it('refuse criteria of another framework, unscored frameworks and commitments the city does not have, each on its path', async () => {
    const t = current.t;
    await setUp(t);
    const commitment = await t.call('commitments.save', blankCommitment);
    await t.call('commitments.save', { ...blankCommitment, texts: { ...blankCommitment.texts, en: { title: 'Removed', description: '' } }, uid: testUid(7) });
    await t.call('commitments.delete', { uid: testUid(7) });
    const wrong = await t.core.dispatch('assessments.save', {
      ...oecd2025,
      title: '',
      scores: [answer('oecd.1', 'partial', [commitment.uid, testUid(7), testUid(8)]), answer('lmgi.1', 'complete'), answer('oecd.1', 'absent')],
    });
    expect(wrong.ok ? [] : wrong.error.issues?.map((i) => [i.path, i.problem?.code])).toEqual([
      ['title', 'title_missing'],
      ['scores.0.commitments.1', 'unknown_commitment'],
      ['scores.0.commitments.2', 'unknown_commitment'],
      ['scores.1.item', 'unknown_item'],
      ['scores.2.item', 'item_repeated'],
    ]);
    const tags = await t.core.dispatch('assessments.save', { ...oecd2025, framework: 'pilot', scores: [] });
    expect(tags.ok ? [] : tags.error.issues?.map((i) => i.problem?.code)).toEqual(['framework_not_scored']);
    const unknown = await t.core.dispatch('assessments.save', { ...oecd2025, framework: 'nowhere', scores: [] });
    expect(unknown.ok ? [] : unknown.error.issues?.map((i) => i.problem?.code)).toEqual(['unknown_framework']);
    const badScore = await t.core.dispatch('assessments.save', { ...oecd2025, scores: [{ ...answer('oecd.1', null), score: 'mostly' }] });
    expect(badScore.ok ? [] : badScore.error.issues?.map((i) => i.path)).toEqual(['scores.0.score']);
    expect(await t.call('assessments.list', {})).toEqual([]);
    // A live commitment of the city is a fine link.
    expect((await t.call('assessments.save', { ...oecd2025, scores: [answer('oecd.1', 'partial', [commitment.uid])] })).scores[0]?.commitments).toEqual([commitment.uid]);
  });

  it('score each dimension as the share of the way to complete, and say per criterion what changed', async () => {
    const t = current.t;
    await setUp(t);
    const oecd = (await t.call('catalogue.overview', {})).frameworks.find((f) => f.code === 'oecd');
    if (!oecd) throw new Error('no OECD framework');
    const first = dimensionScores(oecd.items, oecd2025.scores);
    // Multi-level governance: partial and absent → a quarter; sectoral: one complete out of one assessed.
    expect(first.map((d) => [d.dimension, d.share, d.assessed, d.criteria])).toEqual([
      ['oecd.mlg', 0.25, 2, 3],
      ['oecd.time', null, 0, 2],
      ['oecd.capacity', null, 0, 3],
      ['oecd.sectoral', 1, 1, 4],
    ]);
    const later = [answer('oecd.1', 'complete'), answer('oecd.2', 'absent'), answer('oecd.9', 'partial'), answer('oecd.4', 'partial')];
    const changes = compareAssessments(oecd.items, oecd2025.scores, later).filter((c) => ['oecd.1', 'oecd.2', 'oecd.4', 'oecd.9'].includes(c.item));
    expect(changes.map((c) => [c.item, c.change])).toEqual([
      ['oecd.1', 'improved'],
      ['oecd.2', 'same'],
      ['oecd.4', 'not_comparable'],
      ['oecd.9', 'worsened'],
    ]);
    // A framework without groups: each criterion is its own dimension.
    const ici = (await t.call('catalogue.overview', {})).frameworks.find((f) => f.code === 'ici');
    expect(dimensionScores(ici?.items ?? [], [answer('ici.2', 'partial')]).find((d) => d.dimension === 'ici.2')?.share).toBe(0.5);
  });
});
