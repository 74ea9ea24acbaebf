import { z } from 'zod';
import type { IndicatorTarget } from './commitment';
import { periodSpan } from './period';

/**
 * The progress rule: how far an indicator target has come, computed from the figures as they are now
 * (as Open SDG does from baseline, target and desired direction). The app states it in plain words
 * (the `progress.rule.*` texts); a change here changes those words too.
 *
 * 1. The **latest figure** is the one for the target's indicator and breakdown whose period ends last,
 *    after the baseline's period ends. None: **no data**.
 * 2. It is **achieved** when it has reached the target value in the desired direction.
 * 3. It is **deteriorating** when it has moved away from the target: below the baseline for a target
 *    that should rise, above it for one that should fall.
 * 4. Otherwise, the share of the distance from baseline to target it has covered is compared with the
 *    share of the time from the baseline's period to the target's period that had passed when it was
 *    measured. At least as much distance as time: **on track**; less, or the target's period already
 *    over: **off track**.
 *
 * Time is counted to the latest figure, not to today: city figures arrive a year or two late, and
 * judging a 2024 figure by December 2026 would call every commitment off track. Percentages are
 * compared in percentage points, and yes / partial / no answers as 1 / 0.5 / 0, like any number.
 */

export const progressStatuses = ['achieved', 'on_track', 'off_track', 'deteriorating', 'no_data'] as const;
export const ProgressStatus = z.enum(progressStatuses);
export type ProgressStatus = z.infer<typeof ProgressStatus>;

/** One figure of the target's series. */
export interface ProgressFigure {
  period: string;
  value: number;
}

export const TargetProgress = z.object({
  status: ProgressStatus,
  /** The figure the status was judged on; null for no data. */
  latest: z.object({ period: z.string(), value: z.number() }).nullable(),
  /** Share of the baseline-to-target distance covered (1 = reached; negative = moved away); null for no data. */
  covered: z.number().nullable(),
  /** Share of the baseline-to-target time passed when the latest figure was measured (0 to 1); null for no data. */
  elapsed: z.number().nullable(),
});
export type TargetProgress = z.infer<typeof TargetProgress>;

type TargetTerms = Pick<IndicatorTarget, 'baseline' | 'target' | 'direction'>;

/**
 * The latest figure after the baseline's period, by the end of its period (a finer period wins a
 * tie: `2024-Q4` is more recent news than `2024`).
 */
export function latestFigure(figures: readonly ProgressFigure[], baselinePeriod: string): ProgressFigure | null {
  const after = periodSpan(baselinePeriod)?.end ?? Number.POSITIVE_INFINITY;
  let best: { figure: ProgressFigure; end: number; start: number } | null = null;
  for (const figure of figures) {
    const span = periodSpan(figure.period);
    if (!span || span.end <= after) continue;
    if (!best || span.end > best.end || (span.end === best.end && span.start > best.start)) best = { figure, end: span.end, start: span.start };
  }
  return best?.figure ?? null;
}

/** The target's progress from the figures of its indicator and breakdown (any periods, any order). */
export function targetProgress(terms: TargetTerms, figures: readonly ProgressFigure[]): TargetProgress {
  const latest = latestFigure(figures, terms.baseline.period);
  if (!latest) return { status: 'no_data', latest: null, covered: null, elapsed: null };
  // Movements are measured in the desired direction: positive is better.
  const sign = terms.direction === 'increase' ? 1 : -1;
  const distance = sign * (terms.target.value - terms.baseline.value);
  const moved = sign * (latest.value - terms.baseline.value);
  const covered = distance > 0 ? moved / distance : moved >= 0 ? 1 : -1;
  const elapsed = elapsedShare(terms, latest.period);
  const result = { latest: { period: latest.period, value: latest.value }, covered, elapsed };
  if (moved >= distance) return { status: 'achieved', ...result };
  if (moved < 0) return { status: 'deteriorating', ...result };
  if (elapsed >= 1) return { status: 'off_track', ...result };
  return { status: covered >= elapsed ? 'on_track' : 'off_track', ...result };
}

/**
 * Time counted in calendar months (a day as its share of its month), so that a year is a year,
 * leap or not: 2024 is exactly half of 2023 → 2025.
 */
function monthsAt(ms: number): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return year * 12 + month + (date.getUTCDate() - 1) / days;
}

function endInMonths(period: string): number | undefined {
  const span = periodSpan(period);
  return span ? monthsAt(span.end) : undefined;
}

/** Share of the time from the end of the baseline's period to the end of the target's, at the end of `period`. */
function elapsedShare(terms: TargetTerms, period: string): number {
  const from = endInMonths(terms.baseline.period);
  const to = endInMonths(terms.target.period);
  const at = endInMonths(period);
  if (from === undefined || to === undefined || at === undefined) return 1;
  if (to <= from) return 1;
  return Math.min(1, Math.max(0, (at - from) / (to - from)));
}

/** How the statuses rank when a commitment sums up its targets: the worst news first. */
const severity: Readonly<Record<ProgressStatus, number>> = { deteriorating: 4, off_track: 3, on_track: 2, achieved: 1, no_data: 0 };

/**
 * A commitment's progress from its targets' statuses: the worst among the targets that have data
 * (one falling figure is what a council must hear about), no data when none has any, and null for a
 * commitment without targets.
 */
export function overallProgress(statuses: readonly ProgressStatus[]): ProgressStatus | null {
  if (statuses.length === 0) return null;
  return statuses.reduce<ProgressStatus>((worst, status) => (severity[status] > severity[worst] ? status : worst), 'no_data');
}
