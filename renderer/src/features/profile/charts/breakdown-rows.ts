import type { CatalogueOverview, Dimension } from '../../../../../shared/domain/catalogue';
import type { BreakdownValue } from '../../../../../shared/domain/dashboard';
import { focusKey } from './focus-groups';

/** One bar of a breakdown chart and one line of its table. */
export interface BreakdownRow {
  code: string;
  label: string;
  value: number;
  /** One of the programme's focus groups: drawn in the brand colour and named in the caption. */
  focus: boolean;
}

/**
 * The values of one dimension in one period. Sex, age and status keep the codelist's order, which
 * people know (women before men, the young before the old); origins and districts, which have no
 * natural order, come largest first.
 */
export function breakdownRows(
  breakdowns: readonly BreakdownValue[],
  dimension: Dimension,
  period: string,
  overview: CatalogueOverview,
  focus: ReadonlySet<string>,
  name: (dimension: Dimension, code: string) => string,
): BreakdownRow[] {
  const order = overview.codelists.find((list) => list.code === dimension)?.values.map((v) => v.code) ?? [];
  const rank = (code: string) => {
    const index = order.indexOf(code);
    return index === -1 ? order.length : index;
  };
  const rows = breakdowns
    .filter((b) => b.dimension === dimension && b.period === period)
    .map((b) => ({ code: b.code, label: name(dimension, b.code), value: b.value, focus: focus.has(focusKey(dimension, b.code)) }));
  const byValue = dimension === 'origin' || dimension === 'area';
  return rows.sort((a, b) => (byValue ? b.value - a.value : rank(a.code) - rank(b.code)) || a.label.localeCompare(b.label));
}

/** The dimensions that have values in a period, in the catalogue's order of dimensions. */
export function dimensionsIn(breakdowns: readonly BreakdownValue[], period: string, order: readonly Dimension[]): Dimension[] {
  const present = new Set(breakdowns.filter((b) => b.period === period).map((b) => b.dimension));
  return order.filter((d) => present.has(d));
}
