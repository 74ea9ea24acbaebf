import { describe, expect, it } from 'vitest';
import type { CommitmentView } from '../../shared/domain/commitment-view';
import { filtersFromHash, hashOfFilters, matchesFilters, noFilters, ownersOf } from '../../renderer/src/features/commitments/commitment-filters';

/** The list's filters live in the hash query: a reload or a shared link shows the same list. */

function view(change: Partial<CommitmentView>): CommitmentView {
  const noText = { title: '', description: '' };
  return {
    city: 'tunis',
    uid: '00000000-0000-4000-8000-000000000001',
    original: 'en',
    texts: { en: { title: 'Desk', description: '' }, fr: noText, ar: noText },
    needsTranslation: ['fr', 'ar'],
    domains: ['employment'],
    targetGroups: ['women'],
    tags: [],
    owner: 'Social affairs',
    start: null,
    due: null,
    status: 'in_progress',
    statusReason: '',
    tasks: [],
    targets: [],
    notes: [],
    revision: 1,
    updatedAt: 0,
    progress: null,
    targetProgress: [],
    overdue: false,
    openTasks: 0,
    ...change,
  };
}

describe('commitment list filters', () => {
  it('read back from the hash what they wrote into it', () => {
    const filters = { domain: 'employment', status: 'blocked', targetGroup: 'refugees', owner: 'Cabinet du maire', progress: 'off_track', overdue: true } as const;
    const hash = hashOfFilters(filters);
    expect(hash).toBe('#/commitments?domain=employment&status=blocked&group=refugees&owner=Cabinet+du+maire&progress=off_track&overdue=1');
    expect(filtersFromHash(hash)).toEqual(filters);
  });

  it('leave no query when none is set, and ignore what they do not know', () => {
    expect(hashOfFilters(noFilters)).toBe('#/commitments');
    expect(filtersFromHash('#/commitments')).toEqual(noFilters);
    expect(filtersFromHash('#/commitments?status=lost&progress=maybe&overdue=yes')).toEqual(noFilters);
    expect(filtersFromHash('#/commitments?progress=none').progress).toBe('none');
  });

  it('keep a commitment only when every filter that is set agrees', () => {
    const desk = view({});
    expect(matchesFilters(desk, noFilters)).toBe(true);
    expect(matchesFilters(desk, { ...noFilters, domain: 'employment', targetGroup: 'women', status: 'in_progress', owner: 'Social affairs' })).toBe(true);
    expect(matchesFilters(desk, { ...noFilters, domain: 'housing' })).toBe(false);
    expect(matchesFilters(desk, { ...noFilters, targetGroup: 'youth' })).toBe(false);
    expect(matchesFilters(desk, { ...noFilters, status: 'blocked' })).toBe(false);
    expect(matchesFilters(desk, { ...noFilters, overdue: true })).toBe(false);
    expect(matchesFilters(view({ overdue: true }), { ...noFilters, overdue: true })).toBe(true);
  });

  it('tell a commitment without targets from one whose targets have no data yet', () => {
    expect(matchesFilters(view({ progress: null }), { ...noFilters, progress: 'none' })).toBe(true);
    expect(matchesFilters(view({ progress: 'no_data' }), { ...noFilters, progress: 'none' })).toBe(false);
    expect(matchesFilters(view({ progress: 'no_data' }), { ...noFilters, progress: 'no_data' })).toBe(true);
  });

  it('offer each named owner once, in order', () => {
    const owners = ownersOf([view({ owner: 'b' }), view({ owner: '' }), view({ owner: 'a' }), view({ owner: 'b' })], (x, y) => x.localeCompare(y));
    expect(owners).toEqual(['a', 'b']);
  });
});
