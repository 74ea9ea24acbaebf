import { z } from 'zod';
import { Dimension, Direction, Unit } from './catalogue';
import { Labels } from './labels';
import { ObservationFlags, Source } from './observation';

/** One figure as profiles show it: data, year (period), source. */
export const CitedValue = z.object({
  period: z.string(),
  value: z.number(),
  flags: ObservationFlags,
  source: Source,
});
export type CitedValue = z.infer<typeof CitedValue>;

/** A value broken down by exactly one dimension (every other one total). */
export const BreakdownValue = z.object({
  dimension: Dimension,
  code: z.string(),
  period: z.string(),
  value: z.number(),
});
export type BreakdownValue = z.infer<typeof BreakdownValue>;

/** Everything the panels of one indicator show: its totals over time and its breakdowns. */
export const IndicatorPanels = z.object({
  indicator: z.object({ code: z.string(), name: Labels, definition: Labels, unit: Unit, direction: Direction, dimensions: z.array(Dimension), domain: z.string() }),
  series: z.array(CitedValue),
  breakdowns: z.array(BreakdownValue),
  /** Periods that have breakdowns, newest first (the charts start with the first). */
  breakdownPeriods: z.array(z.string()),
});
export type IndicatorPanels = z.infer<typeof IndicatorPanels>;

/** What a city has for one indicator in one period: the total, and which breakdowns. */
export const CoverageCell = z.object({ period: z.string(), total: z.boolean(), dimensions: z.array(Dimension), rows: z.number().int() });

export const IndicatorCoverage = z.object({
  code: z.string(),
  name: Labels,
  domain: z.string(),
  unit: Unit,
  /** The breakdowns the indicator expects (from the catalogue). */
  expected: z.array(Dimension),
  cells: z.array(CoverageCell),
  /** Expected breakdowns missing in the latest period with data (all of them when there is no data). */
  missing: z.array(Dimension),
});
export type IndicatorCoverage = z.infer<typeof IndicatorCoverage>;

export const DataGaps = z.object({
  periods: z.array(z.string()),
  indicators: z.array(IndicatorCoverage),
});
export type DataGaps = z.infer<typeof DataGaps>;
