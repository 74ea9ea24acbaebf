import type { CatalogueOverview, Dimension } from '../../../../../shared/domain/catalogue';

/**
 * The programme's focus groups (women, youth, refugees, asylum seekers) as "dimension:code" keys.
 * Read from the catalogue's target groups, so the charts follow the catalogue if it changes.
 */
export function focusKeys(overview: CatalogueOverview): ReadonlySet<string> {
  return new Set(overview.targetGroups.flatMap((group) => (group.focus && group.dimension ? [focusKey(group.dimension.code, group.dimension.value)] : [])));
}

export function focusKey(dimension: Dimension, code: string): string {
  return `${dimension}:${code}`;
}
