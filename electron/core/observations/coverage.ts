import type { Database } from 'better-sqlite3';
import { dimensionCodes, type Dimension } from '../../../shared/domain/catalogue';

/** The bit each breakdown has in a coverage shape (migration 0040): which dimensions a row sets. */
export const shapeBits: Record<Dimension, number> = { sex: 1, age: 2, status: 4, origin: 8, area: 16 };

/** The shape of a breakdown: the bits of the dimensions it sets (0 = the total). */
export function shapeOf(breakdown: Partial<Record<Dimension, string>>): number {
  return dimensionCodes.reduce((shape, dimension) => ((breakdown[dimension] ?? '') === '' ? shape : shape | shapeBits[dimension]), 0);
}


/**
 * Recounts the coverage table (rows per indicator, period and breakdown shape) for a city, or for
 * some of its indicators, from the observations themselves. Imports count on the way instead; this
 * is for the other writers (the sample city, edits in the table).
 */
export function refreshCoverage(db: Database, city: string, indicators: readonly string[] | null = null): void {
  const scope = indicators === null ? '' : `AND indicator IN (SELECT value FROM json_each(@indicators))`;
  const params = { city, indicators: JSON.stringify(indicators ?? []) };
  db.prepare(`DELETE FROM observation_coverage WHERE city = @city ${scope}`).run(params);
  db.prepare(
    `INSERT INTO observation_coverage (city, indicator, period, shape, rows)
     SELECT city, indicator, period,
            (sex <> '') | ((age <> '') << 1) | ((status <> '') << 2) | ((origin <> '') << 3) | ((area <> '') << 4), count(*)
       FROM observations WHERE city = @city ${scope} GROUP BY 1, 2, 3, 4`,
  ).run(params);
}
