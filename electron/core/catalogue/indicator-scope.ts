import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Dimension, Direction, Unit } from '../../../shared/domain/catalogue';
import { codesColumn, labelsColumn } from '../store/json-columns';

/** An indicator a city's figures may use, as the lists show it. */
export const ScopedIndicator = z.object({
  code: z.string(),
  name: labelsColumn,
  definition: labelsColumn,
  domain: z.string(),
  unit: Unit,
  direction: Direction,
  dimensions: codesColumn(Dimension),
  counts_people: z.number(),
});
export type ScopedIndicator = z.infer<typeof ScopedIndicator>;

/**
 * The indicators the figures of a city may use (docs/data-model.md: the view `indicator_scope`), in
 * the order every list shows them: by policy domain, the catalogue's before the city's own, then
 * their position. Read once per answer and joined in JavaScript: joining the view inside a query
 * over the observations would rebuild it for every query (a compound view is not flattened).
 */
export function indicatorsIn(db: Database, city: string): ScopedIndicator[] {
  return z.array(ScopedIndicator).parse(
    db
      .prepare(
        `SELECT i.code, i.name, i.definition, i.domain, i.unit, i.direction, i.dimensions, i.counts_people
           FROM indicator_scope i LEFT JOIN policy_domains d ON d.code = i.domain
          WHERE i.scope = ?
          ORDER BY d.position IS NULL, d.position, i.tier, i.position, i.code`,
      )
      .all(city),
  );
}
