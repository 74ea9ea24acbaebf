import { describe, expect, it } from 'vitest';
import { emptyPaperContent, type PaperContent } from '../../shared/domain/priority-paper';
import { blankCommitment, testUid } from '../support/commitments';
import { freshCoreForEachTest, tunisSetup } from '../support/temp-core';

/** The priority paper follows the data model: one per city, revisions, named versions with tombstones, going back without losing anything. */

const current = freshCoreForEachTest();
const blank = { en: '', fr: '', ar: '' };

function paperWith(context: string, measures: string[] = []): PaperContent {
  const content = emptyPaperContent();
  content.context.en = context;
  content.priorities.push({
    uid: testUid(1),
    title: { en: 'Decent housing', fr: 'Un logement digne', ar: 'سكن لائق' },
    problem: { ...blank, en: 'Refugee families wait {{HOU_WAITING_LIST status=REF}} months.' },
    evidence: { ...blank },
    targetGroups: ['refugees'],
    measures,
    actors: { ...blank },
    timeline: { ...blank },
    risks: { ...blank },
  });
  return content;
}

describe('the priority paper', () => {
  it('starts empty, and is saved with a revision that a save without change keeps', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    expect(await t.call('paper.get', {})).toEqual({ paper: { city: 'tunis', content: emptyPaperContent(), revision: 0, updatedAt: 0 }, versions: [] });
    const saved = await t.call('paper.save', { content: paperWith('Tunis receives…'), baseRevision: 0 });
    expect(saved.revision).toBe(1);
    expect((await t.call('paper.save', { content: paperWith('Tunis receives…'), baseRevision: 1 })).revision).toBe(1);
    expect((await t.call('paper.save', { content: paperWith('Tunis welcomes…'), baseRevision: 1 })).revision).toBe(2);
    const stale = await t.core.dispatch('paper.save', { content: paperWith('Lost?'), baseRevision: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await t.call('paper.get', {})).paper.content.context.en).toBe('Tunis welcomes…');
  });

  it('refuses measures that are not the city’s commitments, and unknown target groups, storing nothing', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    const bad = paperWith('x', [testUid(77)]);
    const first = bad.priorities[0];
    if (first) first.targetGroups = ['martians'];
    const answer = await t.core.dispatch('paper.save', { content: bad });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.issues?.map((i) => [i.path, i.problem?.code])).toEqual([
      ['priorities.0.targetGroups.0', 'unknown_target_group'],
      ['priorities.0.measures.0', 'unknown_commitment'],
    ]);
    expect((await t.call('paper.get', {})).paper.revision).toBe(0);
  });

  it('keeps named versions, goes back to one after keeping the current text, and removes one with a tombstone', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    const measure = await t.call('commitments.save', blankCommitment);
    await t.call('paper.save', { content: paperWith('First draft', [measure.uid]) });
    const v1 = await t.call('paper.saveVersion', { name: 'Draft for the stakeholder group' });
    const taken = await t.core.dispatch('paper.saveVersion', { name: 'Draft for the stakeholder group' });
    expect(taken).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ problem: { code: 'version_name_taken' } }] } });
    await t.call('paper.save', { content: paperWith('Validated text', [measure.uid]) });
    await t.call('commitments.delete', { uid: measure.uid });

    const back = await t.call('paper.restoreVersion', { uid: v1.uid, keepCurrentAs: 'Before going back' });
    expect(back.content.context.en).toBe('First draft');
    // The measure removed since is left out rather than refusing to go back.
    expect(back.content.priorities[0]?.measures).toEqual([]);
    const { versions } = await t.call('paper.get', {});
    expect(versions.map((v) => v.name).sort()).toEqual(['Before going back', 'Draft for the stakeholder group']);
    const kept = versions.find((v) => v.name === 'Before going back');
    expect(kept && (await t.call('paper.version', { uid: kept.uid })).content.context.en).toBe('Validated text');

    await t.call('paper.deleteVersion', { uid: v1.uid });
    expect((await t.call('paper.get', {})).versions.map((v) => v.name)).toEqual(['Before going back']);
    expect(t.core.store.db.prepare('SELECT revision, deleted FROM paper_versions WHERE uid = ?').get(v1.uid)).toEqual({ revision: 2, deleted: 1 });
    // A name freed by a removal can be used again.
    expect((await t.call('paper.saveVersion', { name: 'Draft for the stakeholder group' })).name).toBe('Draft for the stakeholder group');
    expect(await t.core.dispatch('paper.version', { uid: v1.uid })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
