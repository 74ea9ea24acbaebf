import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { DataGaps, IndicatorCoverage } from '../../../../shared/domain/dashboard';
import { indicatorsIn } from '../../catalogue/indicator-scope';
import { breakdownFields } from '../../../../shared/domain/observation-record';
import { shapeBit } from '../store/observation-columns';

const CoverageRow = z.object({ indicator: z.string(), period: z.string(), total: z.number(), shapes: z.number(), rows: z.number() });


/**
 * What the city has and what it still has to collect: for every indicator (the catalogue's and the
 * city's own), which periods have a total and which breakdowns, and which expected breakdowns are
 * missing in its latest period. Read from the coverage table only.
 */
export function readDataGaps(db: Database, city: string): DataGaps {
  const indicators = indicatorsIn(db, city);
  // Grouped in SQL: one row per indicator and period (the shapes OR-ed bit by bit) rather than one
  // per shape, which at a million observations is ten times fewer rows to bring into JavaScript.
  const coverage = z.array(CoverageRow).parse(
    db
      .prepare(
        `SELECT indicator, period, max(shape = 0) AS total,
                ${breakdownFields.map((field) => `max(shape & ${shapeBit(field)})`).join(' | ')} AS shapes, sum(rows) AS rows
           FROM observation_coverage WHERE city = ? GROUP BY indicator, period ORDER BY indicator, period`,
      )
      .all(city),
  );
  const byIndicator = new Map<string, Map<string, { total: boolean; shapes: number; rows: number }>>();
  const periods = new Set<string>();
  for (const row of coverage) {
    periods.add(row.period);
    const cells = byIndicator.get(row.indicator) ?? new Map<string, { total: boolean; shapes: number; rows: number }>();
    byIndicator.set(row.indicator, cells);
    cells.set(row.period, { total: row.total === 1, shapes: row.shapes, rows: row.rows });
  }
  return {
    periods: [...periods].sort(),
    indicators: indicators.map((indicator): IndicatorCoverage => {
      const cells = [...(byIndicator.get(indicator.code) ?? new Map()).entries()].map(([period, cell]) => ({
        period,
        total: cell.total,
        dimensions: breakdownFields.filter((d) => (cell.shapes & shapeBit(d)) !== 0),
        rows: cell.rows,
      }));
      const latest = cells.at(-1);
      return {
        code: indicator.code,
        name: indicator.name,
        domain: indicator.domain,
        unit: indicator.unit,
        expected: indicator.dimensions,
        cells,
        missing: indicator.dimensions.filter((d) => !latest?.dimensions.includes(d)),
      };
    }),
  };
}
