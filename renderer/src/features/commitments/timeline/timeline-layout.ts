import type { Commitment, CommitmentTask } from '../../../../../shared/domain/commitment';

/**
 * Where everything of the programme timeline sits, as fractions of the programme window (0 = its
 * first day's start, 1 = its last day's end). Fractions, not pixels, so that CSS places them with
 * `inset-inline-start` and `inline-size` and Arabic mirrors the chart without any arithmetic here.
 * Days are counted in UTC from the `YYYY-MM-DD` texts, so no time zone can move a bar by a day.
 */

/** The programme's span: from its first day, so many calendar months (the network's runs 36). */
export interface ProgrammeWindow {
  start: string;
  months: number;
}

/** How a bar meets the window's edge: at its own date, with no date given, or with a date outside the window. */
export type BarEdge = 'date' | 'open' | 'beyond';

export interface TimelineBar {
  from: number;
  to: number;
  startEdge: BarEdge;
  endEdge: BarEdge;
}

/** Where a commitment falls: on the chart, wholly before or after the window, or without any date. */
export type TimelinePlacement = 'inside' | 'before' | 'after' | 'undated';

export interface TimelineMilestone {
  task: CommitmentTask;
  /** The middle of its due day. */
  at: number;
}

export interface TimelineRow {
  commitment: Commitment;
  placement: TimelinePlacement;
  /** Null unless the placement is `inside`. */
  bar: TimelineBar | null;
  /** The milestones due inside the window. */
  milestones: TimelineMilestone[];
}

export interface TimelineMonth {
  year: number;
  /** 1–12. */
  month: number;
  from: number;
  /** Less than a whole month's share where the window starts or ends mid-month. */
  size: number;
}

export interface TimelineLayout {
  months: TimelineMonth[];
  rows: TimelineRow[];
  /** The middle of today, or null when today is outside the window (see `todayPlacement`). */
  today: number | null;
  todayPlacement: 'before' | 'inside' | 'after';
  /** The window's last day, `YYYY-MM-DD`. */
  lastDay: string;
}

const dayMs = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` text; null for anything else (a bad date draws nothing rather than a wrong bar). */
export function dayNumber(text: string | null): number | null {
  const match = text === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // 2026-02-30 is not a day: Date.UTC would quietly make it 2 March.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time / dayMs;
}

function dayText(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The same day so many months later, or the month's last day when it is shorter (31 January + 1 month = 28/29 February). */
function addMonths(day: number, months: number): number {
  const date = new Date(day * dayMs);
  const target = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1);
  const targetDate = new Date(target);
  const monthLength = new Date(Date.UTC(targetDate.getUTCFullYear(), targetDate.getUTCMonth() + 1, 0)).getUTCDate();
  return target / dayMs + Math.min(date.getUTCDate(), monthLength) - 1;
}

/** The chart of `commitments` over the programme window; throws on a window or today that is not a real day (the caller's mistake, not the user's). */
export function timelineLayout(commitments: readonly Commitment[], window: ProgrammeWindow, today: string): TimelineLayout {
  const first = dayNumber(window.start);
  if (first === null || !Number.isInteger(window.months) || window.months < 1) throw new RangeError(`Not a programme window: ${window.start}, ${window.months} months`);
  const end = addMonths(first, window.months);
  const span = end - first;
  const at = (day: number) => (day - first) / span;

  const months: TimelineMonth[] = [];
  for (let monthStart = first; monthStart < end; ) {
    const date = new Date(monthStart * dayMs);
    const next = Math.min(end, Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / dayMs);
    months.push({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, from: at(monthStart), size: (next - monthStart) / span });
    monthStart = next;
  }

  const todayDay = dayNumber(today);
  if (todayDay === null) throw new RangeError(`Not a day: ${today}`);
  const todayPlacement = todayDay < first ? 'before' : todayDay >= end ? 'after' : 'inside';

  const rows = commitments.map((commitment) => placeRow(commitment, first, end, at));
  rows.sort(byDates);
  return {
    months,
    rows,
    today: todayPlacement === 'inside' ? at(todayDay + 0.5) : null,
    todayPlacement,
    lastDay: dayText(end - 1),
  };
}

function placeRow(commitment: Commitment, first: number, end: number, at: (day: number) => number): TimelineRow {
  const milestones = commitment.tasks.flatMap((task): TimelineMilestone[] => {
    const due = task.kind === 'milestone' ? dayNumber(task.due) : null;
    return due !== null && due >= first && due < end ? [{ task, at: at(due + 0.5) }] : [];
  });
  let start = dayNumber(commitment.start);
  let due = dayNumber(commitment.due);
  // The form refuses a due date before the start; should one arrive anyway, the bar still spans both dates.
  if (start !== null && due !== null && due < start) [start, due] = [due, start];
  const row = { commitment, milestones };
  if (start === null && due === null) return { ...row, placement: 'undated', bar: null };
  if (due !== null && due < first) return { ...row, placement: 'before', bar: null };
  if (start !== null && start >= end) return { ...row, placement: 'after', bar: null };
  const startEdge: BarEdge = start === null ? 'open' : start < first ? 'beyond' : 'date';
  // A bar ends at the end of its due day: a commitment due on the window's last day fills the chart.
  const endEdge: BarEdge = due === null ? 'open' : due >= end ? 'beyond' : 'date';
  return {
    ...row,
    placement: 'inside',
    bar: {
      from: start === null || startEdge === 'beyond' ? 0 : at(start),
      to: due === null || endEdge === 'beyond' ? 1 : at(due + 1),
      startEdge,
      endEdge,
    },
  };
}

const placementOrder: Record<TimelinePlacement, number> = { before: 0, inside: 1, after: 2, undated: 3 };

/**
 * Earliest first, as a Gantt chart reads: by placement, then start (an open start first), then due,
 * then uid so that equal dates keep one order. Titles are not compared: they depend on the language.
 */
function byDates(a: TimelineRow, b: TimelineRow): number {
  const keyOf = (row: TimelineRow) => [placementOrder[row.placement], dayNumber(row.commitment.start) ?? -Infinity, dayNumber(row.commitment.due) ?? Infinity] as const;
  const [ka, kb] = [keyOf(a), keyOf(b)];
  for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return (ka[i] ?? 0) < (kb[i] ?? 0) ? -1 : 1;
  return a.commitment.uid < b.commitment.uid ? -1 : a.commitment.uid > b.commitment.uid ? 1 : 0;
}
