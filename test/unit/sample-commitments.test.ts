import { describe, expect, it } from 'vitest';
import { shiftDate } from '../../electron/core/city/sample-commitments';
import { openTestCore, tempDir } from '../support/temp-core';

/** The sample city's action plan, paper, activities and assessments: realistic, mixed, and always with something late and something due. */
describe('the sample action plan', () => {
  it('moves dates by whole months, keeping the day within the month', () => {
    expect(shiftDate('2026-12-15', 0)).toBe('2026-12-15');
    expect(shiftDate('2026-12-15', 3)).toBe('2027-03-15');
    expect(shiftDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(shiftDate('2027-12-31', -10)).toBe('2027-02-28');
    expect(shiftDate('2024-03-31', -1)).toBe('2024-02-29');
  });

  for (const when of ['2026-12-03T09:00:00', '2028-05-20T09:00:00']) {
    it(`has every status, every progress status and deadlines both missed and near, opened on ${when.slice(0, 10)}`, async () => {
      const folder = tempDir();
      const t = openTestCore(folder.dir, { now: () => new Date(when) });
      try {
        await t.call('city.createSample', {});
        const list = await t.call('commitments.list', {});
        expect(list.length).toBeGreaterThanOrEqual(10);
        expect(new Set(list.map((c) => c.status))).toEqual(new Set(['planned', 'in_progress', 'done', 'blocked', 'dropped']));
        expect(new Set(list.map((c) => c.progress))).toEqual(new Set(['achieved', 'on_track', 'off_track', 'deteriorating', null]));
        expect(new Set(list.flatMap((c) => c.domains))).toEqual(new Set(['employment', 'health', 'housing', 'education', 'participation', 'governance']));
        for (const group of ['women', 'youth', 'refugees', 'asylum-seekers']) expect(list.some((c) => c.targetGroups.includes(group))).toBe(true);
        expect(list.every((c) => c.needsTranslation.length === 0)).toBe(true);
        const agenda = await t.call('commitments.agenda', {});
        expect(agenda.overdue.length).toBeGreaterThan(0);
        expect(agenda.upcoming.length).toBeGreaterThan(0);
        // Its paper has two versions; its exchanges count women and youth; it assessed itself twice, a year apart.
        expect((await t.call('paper.get', {})).versions).toHaveLength(2);
        const activities = await t.call('activities.list', {});
        expect(new Set(activities.map((a) => a.kind))).toEqual(new Set(['meeting', 'training', 'study_visit']));
        expect(activities.every((a) => a.date <= when.slice(0, 10))).toBe(true);
        expect(activities.some((a) => a.participants.some((p) => p.age === 'Y15T24' && p.count > 0))).toBe(true);
        const assessments = await t.call('assessments.list', {});
        expect(assessments.map((a) => a.framework)).toEqual(['oecd', 'oecd']);
        const [later, earlier] = [...assessments].sort((a, b) => (a.date < b.date ? 1 : -1));
        expect(Number(later?.date.slice(0, 4)) - Number(earlier?.date.slice(0, 4))).toBe(1);
      } finally {
        t.close();
        folder.remove();
      }
    });
  }
});
