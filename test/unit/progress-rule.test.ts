import { describe, expect, it } from 'vitest';
import { latestFigure, overallProgress, targetProgress } from '../../shared/domain/progress-rule';
import { periodSpan } from '../../shared/domain/period';

/**
 * The progress rule at its edges: the share of the baseline-to-target distance covered against the
 * share of time passed at the latest figure, for rising and falling targets, percentages and
 * yes / partial / no answers.
 */

const rising = { baseline: { value: 100, period: '2022' }, target: { value: 200, period: '2026' }, direction: 'increase' } as const;
const falling = { baseline: { value: 40, period: '2022' }, target: { value: 20, period: '2026' }, direction: 'decrease' } as const;

describe('periodSpan', () => {
  it('gives every granularity its bounds', () => {
    expect(periodSpan('2024')).toEqual({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) });
    expect(periodSpan('2024-S2')).toEqual({ start: Date.UTC(2024, 6, 1), end: Date.UTC(2025, 0, 1) });
    expect(periodSpan('2024-Q1')).toEqual({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 3, 1) });
    expect(periodSpan('2024-12')).toEqual({ start: Date.UTC(2024, 11, 1), end: Date.UTC(2025, 0, 1) });
    expect(periodSpan('2024-02-29')).toEqual({ start: Date.UTC(2024, 1, 29), end: Date.UTC(2024, 2, 1) });
    expect(periodSpan('2023-02-29')).toBeNull();
    expect(periodSpan('nonsense')).toBeNull();
  });
});

describe('the progress rule', () => {
  it('has no data without a figure after the baseline period', () => {
    expect(targetProgress(rising, []).status).toBe('no_data');
    // The baseline's own figure and older ones say nothing about progress.
    expect(targetProgress(rising, [{ period: '2022', value: 150 }, { period: '2021', value: 300 }, { period: '2022-Q4', value: 300 }]).status).toBe('no_data');
  });

  it('is on track when the distance covered keeps pace with the time passed, exactly at the edge too', () => {
    // 2023 ends a quarter of the way from the end of 2022 to the end of 2026 (1 of 4 years).
    const quarter = targetProgress(rising, [{ period: '2023', value: 125 }]);
    expect(quarter.elapsed).toBeCloseTo(0.25, 2);
    expect(quarter).toMatchObject({ status: 'on_track', covered: 0.25, latest: { period: '2023', value: 125 } });
    expect(targetProgress(rising, [{ period: '2023', value: 124 }]).status).toBe('off_track');
  });

  it('is achieved at the target, and beyond it, whatever the time', () => {
    expect(targetProgress(rising, [{ period: '2023', value: 200 }]).status).toBe('achieved');
    expect(targetProgress(rising, [{ period: '2030', value: 250 }]).status).toBe('achieved');
    expect(targetProgress(falling, [{ period: '2024', value: 20 }]).status).toBe('achieved');
  });

  it('is deteriorating when the figure moved away from the target, even by a little', () => {
    expect(targetProgress(rising, [{ period: '2024', value: 99.9 }]).status).toBe('deteriorating');
    expect(targetProgress(falling, [{ period: '2024', value: 40.1 }]).status).toBe('deteriorating');
    // Not moving at all is not deteriorating: it is off track once time has passed.
    expect(targetProgress(falling, [{ period: '2024', value: 40 }]).status).toBe('off_track');
  });

  it('is off track once the target period is over without reaching it', () => {
    expect(targetProgress(rising, [{ period: '2026', value: 199 }]).status).toBe('off_track');
    expect(targetProgress(rising, [{ period: '2027-Q1', value: 199 }]).status).toBe('off_track');
  });

  it('judges on the figure whose period ends last, a finer period winning a tie', () => {
    const figures = [
      { period: '2025', value: 110 },
      { period: '2024', value: 190 },
      { period: '2025-Q4', value: 180 },
    ];
    expect(latestFigure(figures, '2022')).toEqual({ period: '2025-Q4', value: 180 });
    expect(targetProgress(rising, figures).status).toBe('on_track');
  });

  it('reads percentages in percentage points', () => {
    const share = { baseline: { value: 30, period: '2023' }, target: { value: 50, period: '2025' }, direction: 'increase' } as const;
    // Half the time (2024 of 2023→2025), half the points (40 of 30→50): on track; a point less is not.
    expect(targetProgress(share, [{ period: '2024', value: 40 }]).status).toBe('on_track');
    expect(targetProgress(share, [{ period: '2024', value: 39 }]).status).toBe('off_track');
  });

  it('reads yes / partial / no as 1 / 0.5 / 0', () => {
    const strategy = { baseline: { value: 0, period: '2023' }, target: { value: 1, period: '2025' }, direction: 'increase' } as const;
    expect(targetProgress(strategy, [{ period: '2024', value: 0.5 }]).status).toBe('on_track');
    expect(targetProgress(strategy, [{ period: '2024', value: 0 }]).status).toBe('off_track');
    expect(targetProgress(strategy, [{ period: '2025', value: 1 }]).status).toBe('achieved');
    const kept = { baseline: { value: 0.5, period: '2023' }, target: { value: 1, period: '2025' }, direction: 'increase' } as const;
    expect(targetProgress(kept, [{ period: '2024', value: 0 }]).status).toBe('deteriorating');
  });

  it('sums a commitment up by its worst target with data', () => {
    expect(overallProgress([])).toBeNull();
    expect(overallProgress(['no_data', 'no_data'])).toBe('no_data');
    expect(overallProgress(['achieved', 'no_data'])).toBe('achieved');
    expect(overallProgress(['achieved', 'on_track'])).toBe('on_track');
    expect(overallProgress(['on_track', 'off_track', 'achieved'])).toBe('off_track');
    expect(overallProgress(['off_track', 'deteriorating'])).toBe('deteriorating');
  });
});
