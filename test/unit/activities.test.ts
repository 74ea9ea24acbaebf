import { describe, expect, it } from 'vitest';
import { participantTotals, sumTotals } from '../../shared/domain/activity';
import { blankActivity } from '../support/activities';
import { testUid } from '../support/commitments';
import { freshCoreForEachTest, tunisSetup, type TestCore } from '../support/temp-core';

/** Activities follow the data model (one validator, one writer, revisions, tombstones); a follow-up becomes a commitment in one step. */

const clock = new Date('2026-06-15T10:00:00');
const current = freshCoreForEachTest({ now: () => clock });

async function setUp(t: TestCore): Promise<void> {
  await t.call('city.setup', tunisSetup);
}

const participants = [
  { sex: 'M', age: 'Y25T54', count: 7 },
  { sex: 'F', age: 'Y15T24', count: 4 },
  { sex: 'F', age: 'Y25T54', count: 9 },
  { sex: 'X', age: 'Y15T24', count: 1 },
  { sex: 'M', age: 'Y55T64', count: 0 },
] as const;

describe('activities', () => {
  it('are created with an id, changed with a revision, and removed with a tombstone that a new save continues from', async () => {
    const t = current.t;
    await setUp(t);
    const created = await t.call('activities.save', blankActivity);
    expect(created).toMatchObject({ city: 'tunis', revision: 1, kind: 'training', date: '2026-05-12' });
    expect(created.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect((await t.call('activities.save', { ...blankActivity, uid: created.uid })).revision).toBe(1);
    const changed = await t.call('activities.save', { ...blankActivity, uid: created.uid, place: 'Tunis city hall', baseRevision: 1 });
    expect(changed).toMatchObject({ revision: 2, place: 'Tunis city hall' });
    // Opened at revision 1, saved over revision 2: refused rather than lost.
    expect(await t.core.dispatch('activities.save', { ...blankActivity, uid: created.uid, host: 'Late', baseRevision: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await t.call('activities.delete', { uid: created.uid });
    expect(await t.call('activities.list', {})).toEqual([]);
    expect(t.core.store.db.prepare('SELECT revision, deleted FROM activities WHERE uid = ?').get(created.uid)).toEqual({ revision: 3, deleted: 1 });
    expect((await t.call('activities.save', { ...blankActivity, uid: created.uid })).revision).toBe(4);
    expect(await t.core.dispatch('activities.delete', { uid: testUid(99) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('are listed newest first', async () => {
    const t = current.t;
    await setUp(t);
    await t.call('activities.save', { ...blankActivity, title: 'Older', date: '2025-11-03' });
    await t.call('activities.save', { ...blankActivity, title: 'Newer', date: '2026-02-20', kind: 'study_visit' });
    expect((await t.call('activities.list', {})).map((a) => a.title)).toEqual(['Newer', 'Older']);
  });

  it('refuse what is wrong with every problem on its field, and store nothing', async () => {
    const t = current.t;
    await setUp(t);
    const answer = await t.core.dispatch('activities.save', {
      ...blankActivity,
      title: '  ',
      endDate: '2026-05-01',
      participants: [
        { sex: 'F', age: 'Y15T24', count: 3 },
        { sex: 'F', age: 'Y15T24', count: 2 },
        { sex: 'M', age: 'TEENS', count: 2 },
      ],
      followUps: [
        { uid: testUid(1), text: 'Share the training material', commitment: testUid(50) },
        { uid: testUid(1), text: '', commitment: null },
      ],
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid_input');
    expect(answer.error.issues?.map((i) => [i.path, i.problem?.code])).toEqual([
      ['title', 'title_missing'],
      ['endDate', 'end_before_start'],
      ['participants.1', 'participants_repeated'],
      ['participants.2.age', 'unknown_age_band'],
      ['followUps.0.commitment', 'unknown_commitment'],
      ['followUps.1.text', 'follow_up_empty'],
      ['followUps.1.uid', 'part_repeated'],
    ]);
    // The shape itself (a negative count, an unknown kind) is refused by the contract, on its path too.
    const shape = await t.core.dispatch('activities.save', { ...blankActivity, kind: 'party', participants: [{ sex: 'F', age: 'Y15T24', count: -1 }] });
    expect(shape.ok ? [] : shape.error.issues?.map((i) => i.path)).toEqual(['kind', 'participants.0.count']);
    expect(await t.call('activities.list', {})).toEqual([]);
  });

  it('keep participants by sex and age band, zero cells dropped, in one order; totals show women and youth', async () => {
    const t = current.t;
    await setUp(t);
    const saved = await t.call('activities.save', { ...blankActivity, participants: [...participants] });
    expect(saved.participants).toEqual([
      { sex: 'F', age: 'Y15T24', count: 4 },
      { sex: 'F', age: 'Y25T54', count: 9 },
      { sex: 'M', age: 'Y25T54', count: 7 },
      { sex: 'X', age: 'Y15T24', count: 1 },
    ]);
    // The same counts in another order change nothing.
    expect((await t.call('activities.save', { ...blankActivity, uid: saved.uid, participants: [...participants].reverse() })).revision).toBe(1);
    expect(participantTotals(saved.participants)).toEqual({ all: 21, women: 13, youth: 5 });
    expect(sumTotals([participantTotals(saved.participants), { all: 10, women: 5, youth: 2 }])).toEqual({ all: 31, women: 18, youth: 7 });
  });

  it('turn a follow-up into a planned commitment in one step, linked both ways', async () => {
    const t = current.t;
    await setUp(t);
    const activity = await t.call('activities.save', {
      ...blankActivity,
      followUps: [
        { uid: testUid(1), text: 'Open a welcome desk for young arrivals', commitment: null },
        { uid: testUid(2), text: 'Write to the ministry', commitment: null },
      ],
    });
    const done = await t.call('activities.followUpToCommitment', { activity: activity.uid, followUp: testUid(1), locale: 'fr', note: 'Issu de l’activité « Training on migration data » du 12 mai 2026.' });
    expect(done.activity.revision).toBe(2);
    expect(done.activity.followUps.map((f) => f.commitment)).toEqual([done.commitment, null]);
    const commitment = await t.call('commitments.get', { uid: done.commitment });
    expect(commitment).toMatchObject({ status: 'planned', original: 'fr', texts: { fr: { title: 'Open a welcome desk for young arrivals' }, en: { title: '' } } });
    expect(commitment.notes).toEqual([expect.objectContaining({ date: '2026-06-15', text: 'Issu de l’activité « Training on migration data » du 12 mai 2026.' })]);

    // Twice is refused, and so is a follow-up the activity does not have: nothing is half done.
    const again = await t.core.dispatch('activities.followUpToCommitment', { activity: activity.uid, followUp: testUid(1), locale: 'fr', note: 'x' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const missing = await t.core.dispatch('activities.followUpToCommitment', { activity: activity.uid, followUp: testUid(9), locale: 'en', note: 'x' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.call('commitments.list', {})).toHaveLength(1);
  });

  it('leave no commitment behind when linking the follow-up fails', async () => {
    const t = current.t;
    await setUp(t);
    const activity = await t.call('activities.save', { ...blankActivity, followUps: [{ uid: testUid(1), text: 'Follow up', commitment: null }] });
    // A row changed behind the writer's back (as a broken bundle might) fails the activity's own validation on relinking.
    t.core.store.db.prepare(`UPDATE activities SET participants = '[{"sex":"F","age":"TEENS","count":2}]' WHERE uid = ?`).run(activity.uid);
    const answer = await t.core.dispatch('activities.followUpToCommitment', { activity: activity.uid, followUp: testUid(1), locale: 'en', note: 'From the training' });
    expect(answer.ok).toBe(false);
    expect(await t.call('commitments.list', {})).toEqual([]);
  });
});
