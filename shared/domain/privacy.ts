import type { Unit } from './catalogue';

/**
 * Counts of people below this are not shown in anything that leaves the machine (domain.md §7,
 * docs/security.md, Privacy): exports, bundles, the printed report. A city may raise it, never below the lowest.
 */
export const defaultSuppressionThreshold = 10;
export const lowestSuppressionThreshold = 5;

/** How a figure may appear in something shared: as it is, withheld (confidential), or as "fewer than N". */
export type Shareable = { show: 'value' } | { show: 'withheld' } | { show: 'fewer-than'; threshold: number };

export function shareable(
  figure: { unit: Unit; value: number; confidential: boolean },
  countsPeople: boolean,
  threshold = defaultSuppressionThreshold,
): Shareable {
  if (figure.confidential) return { show: 'withheld' };
  if (countsPeople && figure.unit === 'count' && figure.value > 0 && figure.value < threshold) return { show: 'fewer-than', threshold };
  return { show: 'value' };
}
