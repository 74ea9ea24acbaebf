import { describe, expect, it } from 'vitest';
import { allCommitments, matchesTimelineFilters } from '../../renderer/src/features/commitments/timeline/timeline-filter';
import { dayNumber, timelineLayout, type TimelineRow } from '../../renderer/src/features/commitments/timeline/timeline-layout';
import type { Commitment, CommitmentTask } from '../../shared/domain/commitment';

/** The programme timeline's geometry: fractions of the window, checked against days counted by hand. */

const programme = { start: '2025-01-01', months: 36 };
/** 2025, 2026 and 2027: 365 × 3 days. */
const span = 1095;
const dayAt = (day: number) => day / span;

let next = 0;
function uid(): string {
  next += 1;
  return `aaaaaaaa-aaaa-4aaa-8aaa-${String(next).padStart(12, '0')}`;
}

function milestone(due: string | null, done = false): CommitmentTask {
  return { uid: uid(), kind: 'milestone', title: `Milestone ${due ?? 'undated'}`, due, done };
}

function commitment(start: string | null, due: string | null, fields: Partial<Commitment> = {}): Commitment {
  return {
    city: 'tunis',
    uid: uid(),
    original: 'en',
    texts: { en: { title: 'A commitment', description: '' }, fr: { title: '', description: '' }, ar: { title: '', description: '' } },
    needsTranslation: [],
    domains: ['housing'],
    targetGroups: [],
    tags: [],
    owner: '',
    start,
    due,
    status: 'in_progress',
    statusReason: '',
    tasks: [],
    targets: [],
    notes: [],
    revision: 1,
    updatedAt: 0,
    ...fields,
  };
}

function rowOf(rows: TimelineRow[], item: Commitment): TimelineRow {
  const row = rows.find((r) => r.commitment.uid === item.uid);
  if (!row) throw new Error('row missing');
  return row;
}

describe('the programme timeline layout', () => {
  it('has one column per calendar month, filling the window exactly', () => {
    const { months, lastDay } = timelineLayout([], programme, '2026-01-01');
    expect(months).toHaveLength(36);
    expect(months[0]).toEqual({ year: 2025, month: 1, from: 0, size: dayAt(31) });
    expect(months[1]).toMatchObject({ year: 2025, month: 2, from: dayAt(31), size: dayAt(28) });
    expect(months[35]).toMatchObject({ year: 2027, month: 12 });
    expect((months[35]?.from ?? 0) + (months[35]?.size ?? 0)).toBeCloseTo(1, 12);
    expect(months.reduce((sum, m) => sum + m.size, 0)).toBeCloseTo(1, 12);
    expect(lastDay).toBe('2027-12-31');
  });

  it('cuts the first and last month short when the window starts mid-month', () => {
    const { months, lastDay } = timelineLayout([], { start: '2025-03-15', months: 2 }, '2025-04-01');
    expect(months.map((m) => `${m.year}-${m.month}`)).toEqual(['2025-3', '2025-4', '2025-5']);
    expect(lastDay).toBe('2025-05-14');
    // 17 days of March, 30 of April, 14 of May.
    expect(months.map((m) => Math.round(m.size * 61))).toEqual([17, 30, 14]);
  });

  it('draws a bar from the start of its first day to the end of its due day', () => {
    const item = commitment('2025-01-01', '2025-01-31');
    const { bar, placement } = rowOf(timelineLayout([item], programme, '2025-06-01').rows, item);
    expect(placement).toBe('inside');
    expect(bar).toEqual({ from: 0, to: dayAt(31), startEdge: 'date', endEdge: 'date' });
  });

  it('draws open ends to the window’s edge and marks them', () => {
    const noStart = commitment(null, '2026-01-01');
    const noDue = commitment('2026-01-01', null);
    const { rows } = timelineLayout([noStart, noDue], programme, '2025-06-01');
    expect(rowOf(rows, noStart).bar).toEqual({ from: 0, to: dayAt(366), startEdge: 'open', endEdge: 'date' });
    expect(rowOf(rows, noDue).bar).toEqual({ from: dayAt(365), to: 1, startEdge: 'date', endEdge: 'open' });
  });

  it('clips a commitment that reaches over the window’s edges, marked as going beyond', () => {
    const item = commitment('2024-06-01', '2028-03-31');
    expect(rowOf(timelineLayout([item], programme, '2025-06-01').rows, item).bar).toEqual({ from: 0, to: 1, startEdge: 'beyond', endEdge: 'beyond' });
  });

  it('keeps commitments wholly before or after the window, or without dates, off the chart but in the list', () => {
    const before = commitment('2023-01-01', '2024-12-31');
    const onlyDueBefore = commitment(null, '2024-06-30');
    const after = commitment('2028-01-01', '2028-06-30');
    const onlyStartAfter = commitment('2028-01-01', null);
    const undated = commitment(null, null, { tasks: [milestone('2025-05-01')] });
    const { rows } = timelineLayout([undated, after, before, onlyDueBefore, onlyStartAfter], programme, '2025-06-01');
    expect(rowOf(rows, before)).toMatchObject({ placement: 'before', bar: null });
    expect(rowOf(rows, onlyDueBefore)).toMatchObject({ placement: 'before', bar: null });
    expect(rowOf(rows, after)).toMatchObject({ placement: 'after', bar: null });
    expect(rowOf(rows, onlyStartAfter)).toMatchObject({ placement: 'after', bar: null });
    expect(rowOf(rows, undated)).toMatchObject({ placement: 'undated', bar: null });
    // A dated milestone of an undated commitment still shows where it falls.
    expect(rowOf(rows, undated).milestones.map((m) => m.at)).toEqual([dayAt(120.5)]);
    expect(rows.map((r) => r.placement)).toEqual(['before', 'before', 'after', 'after', 'undated']);
  });

  it('keeps a commitment that ends on the first day or starts on the last day on the chart', () => {
    const endsFirst = commitment('2024-12-01', '2025-01-01');
    const startsLast = commitment('2027-12-31', '2028-01-31');
    const { rows } = timelineLayout([endsFirst, startsLast], programme, '2025-06-01');
    expect(rowOf(rows, endsFirst).bar).toEqual({ from: 0, to: dayAt(1), startEdge: 'beyond', endEdge: 'date' });
    expect(rowOf(rows, startsLast).bar).toEqual({ from: dayAt(1094), to: 1, startEdge: 'date', endEdge: 'beyond' });
  });

  it('puts milestone diamonds in the middle of their day, the last day included, and leaves out those outside the window or undated', () => {
    const first = milestone('2025-01-01');
    const last = milestone('2027-12-31', true);
    const item = commitment('2024-01-01', '2028-12-31', { tasks: [first, last, milestone('2024-12-31'), milestone('2028-01-01'), milestone(null), { ...milestone('2026-01-01'), kind: 'task' }] });
    const { milestones } = rowOf(timelineLayout([item], programme, '2025-06-01').rows, item);
    expect(milestones.map((m) => [m.task.uid, m.at])).toEqual([
      [first.uid, dayAt(0.5)],
      [last.uid, dayAt(1094.5)],
    ]);
    expect(milestones.every((m) => m.at > 0 && m.at < 1)).toBe(true);
  });

  it('places today in the middle of its day, and says which side of the window it lies on when outside', () => {
    expect(timelineLayout([], programme, '2025-01-01')).toMatchObject({ today: dayAt(0.5), todayPlacement: 'inside' });
    expect(timelineLayout([], programme, '2027-12-31')).toMatchObject({ today: dayAt(1094.5), todayPlacement: 'inside' });
    expect(timelineLayout([], programme, '2024-12-31')).toMatchObject({ today: null, todayPlacement: 'before' });
    expect(timelineLayout([], programme, '2028-01-01')).toMatchObject({ today: null, todayPlacement: 'after' });
  });

  it('orders rows by start, then due, whatever order they came in', () => {
    const late = commitment('2026-01-01', '2026-06-30');
    const early = commitment('2025-03-01', '2027-01-01');
    const open = commitment(null, '2025-12-31');
    const { rows } = timelineLayout([late, early, open], programme, '2025-06-01');
    expect(rows.map((r) => r.commitment.uid)).toEqual([open.uid, early.uid, late.uid]);
  });

  it('spans both dates when the due date comes before the start', () => {
    const item = commitment('2025-02-01', '2025-01-01');
    expect(rowOf(timelineLayout([item], programme, '2025-06-01').rows, item).bar).toEqual({ from: 0, to: dayAt(32), startEdge: 'date', endEdge: 'date' });
  });

  it('ends a window of months on the same day of the month, or the month’s last day', () => {
    expect(timelineLayout([], { start: '2024-01-31', months: 1 }, '2024-02-01').lastDay).toBe('2024-02-28');
    expect(timelineLayout([], { start: '2025-01-31', months: 13 }, '2025-02-01').lastDay).toBe('2026-02-27');
  });

  it('refuses a window or a today that is not a real day, and reads no bad date as a day', () => {
    expect(() => timelineLayout([], { start: '2025-02-30', months: 36 }, '2025-06-01')).toThrow(RangeError);
    expect(() => timelineLayout([], { start: '2025-01-01', months: 0 }, '2025-06-01')).toThrow(RangeError);
    expect(() => timelineLayout([], programme, 'today')).toThrow(RangeError);
    expect(dayNumber('2025-13-01')).toBeNull();
    expect(dayNumber('2025-1-01')).toBeNull();
    expect(dayNumber(null)).toBeNull();
    const badDates = commitment('2025-02-30', 'soon');
    expect(rowOf(timelineLayout([badDates], programme, '2025-06-01').rows, badDates).placement).toBe('undated');
  });

  it('filters by domain and status, empty meaning all', () => {
    const housing = commitment(null, null, { domains: ['housing', 'health'], status: 'blocked' });
    expect(matchesTimelineFilters(housing, allCommitments)).toBe(true);
    expect(matchesTimelineFilters(housing, { domain: 'health', status: '' })).toBe(true);
    expect(matchesTimelineFilters(housing, { domain: 'education', status: '' })).toBe(false);
    expect(matchesTimelineFilters(housing, { domain: '', status: 'blocked' })).toBe(true);
    expect(matchesTimelineFilters(housing, { domain: 'housing', status: 'done' })).toBe(false);
  });
});
