import { describe, expect, it } from 'vitest';
import type { ObservationRow } from '../../shared/domain/observation-table';
import { draftFrom, keyOf } from '../../renderer/src/features/profile/figures/observation-draft';
import { pushStep, undoOfDelete, undoOfSave } from '../../renderer/src/features/profile/figures/undo-steps';
import { freshCoreForEachTest, type TestCore } from '../support/temp-core';

/**
 * The table's undo as the interface builds it (undo-steps.ts), run against the real core: every change
 * a focal point makes in the table can be taken back, leaving the figures exactly as they were.
 */

/** Every figure's content (not its revision: an undo is a change of its own and raises it). */
function figures(t: TestCore): unknown[] {
  return t.core.store.db
    .prepare(
      `SELECT o.indicator, o.period, o.sex, o.age, o.status, o.origin, o.area, o.value, o.is_estimate, o.is_provisional, o.is_confidential, o.note, s.citation
         FROM observations o JOIN sources s ON s.id = o.source ORDER BY 1, 2, 3, 4, 5, 6, 7`,
    )
    .all();
}

async function rowOf(t: TestCore, indicator: string, period: string): Promise<ObservationRow> {
  const page = await t.call('observations.page', { filter: { indicators: [indicator], periods: [period], breakdown: { sex: [''], age: [''], status: [''] } } });
  const row = page.rows.find((r) => r.origin === '' && r.area === '');
  if (!row) throw new Error(`no total row for ${indicator} ${period}`);
  return row;
}

describe('undo in the figures table', () => {
  const current = freshCoreForEachTest();

  it('takes back an edited value, typed in French with a decimal comma', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const before = figures(t);
    const row = await rowOf(t, 'MIG_FOREIGN_SHARE', '2024');
    const answer = await t.call('observations.save', { original: keyOf(row), draft: draftFrom(row, 'fr', { value: '9,5' }) });
    expect(answer.row.value).toBe(9.5);
    await t.call('observations.restore', undoOfSave(keyOf(row), answer));
    expect(figures(t)).toEqual(before);
  });

  it('takes back a change of period (the row moved) and a new row', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const before = figures(t);
    const row = await rowOf(t, 'POP_TOTAL', '2024');
    const moved = await t.call('observations.save', { original: keyOf(row), draft: draftFrom(row, 'en', { period: '2025' }) });
    expect(moved.row.period).toBe('2025');
    const added = await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2030', value: '1', source: 'A projection' } });
    // Undone in the opposite order, as the Undo button does.
    await t.call('observations.restore', undoOfSave(null, added));
    await t.call('observations.restore', undoOfSave(keyOf(row), moved));
    expect(figures(t)).toEqual(before);
  });

  it('takes back a deletion of several rows', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const before = figures(t);
    const rows = [await rowOf(t, 'POP_TOTAL', '2023'), await rowOf(t, 'POP_TOTAL', '2024')];
    const answer = await t.call('observations.delete', { keys: rows.map(keyOf) });
    expect(answer.removed).toHaveLength(2);
    expect(figures(t)).toHaveLength(before.length - 2);
    await t.call('observations.restore', undoOfDelete(answer));
    expect(figures(t)).toEqual(before);
  });

  it('keeps the last steps only, the newest last', () => {
    let steps: number[] = [];
    for (let i = 1; i <= 60; i += 1) steps = pushStep(steps, i, 50);
    expect(steps).toHaveLength(50);
    expect(steps[0]).toBe(11);
    expect(steps.at(-1)).toBe(60);
  });
});
