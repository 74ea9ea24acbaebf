import { dimensionCodes, type Dimension } from '../../../../../shared/domain/catalogue';
import type { DataGaps, IndicatorCoverage } from '../../../../../shared/domain/dashboard';

/** What one indicator still lacks: everything, or some of its latest period. */
export interface IndicatorGap {
  /** No figure in any period. */
  noData: boolean;
  /** The latest period with figures has breakdowns but no total. */
  noTotal: boolean;
  /** Expected breakdowns that the latest period lacks (all of them when there is no figure). */
  missing: readonly Dimension[];
  /** The latest period with figures, null when there is none. */
  latest: string | null;
}

export function gapOf(indicator: IndicatorCoverage): IndicatorGap {
  const latest = indicator.cells.at(-1);
  return { noData: !latest, noTotal: latest ? !latest.total : false, missing: indicator.missing, latest: latest?.period ?? null };
}

export function hasGap(indicator: IndicatorCoverage): boolean {
  const gap = gapOf(indicator);
  return gap.noData || gap.noTotal || gap.missing.length > 0;
}

/** The counts a focal point acts on: how many indicators have nothing, and which breakdowns are most often missing. */
export interface GapSummary {
  indicators: number;
  noData: number;
  /** Indicators with figures whose latest period lacks a breakdown they expect, per breakdown. */
  lacking: { dimension: Dimension; count: number }[];
  noTotal: number;
  complete: number;
}

export function summariseGaps(gaps: DataGaps): GapSummary {
  const withData = gaps.indicators.filter((i) => i.cells.length > 0);
  return {
    indicators: gaps.indicators.length,
    noData: gaps.indicators.length - withData.length,
    lacking: dimensionCodes.map((dimension) => ({ dimension, count: withData.filter((i) => i.missing.includes(dimension)).length })).filter((l) => l.count > 0),
    noTotal: withData.filter((i) => gapOf(i).noTotal).length,
    complete: gaps.indicators.filter((i) => !hasGap(i)).length,
  };
}
