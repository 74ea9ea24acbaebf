import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { breakdownFields, ObservationKey } from '../../../../shared/domain/observation-record';
import { Dimension, Direction, Unit } from '../../../../shared/domain/catalogue';
import type { BreakdownValue, IndicatorPanels } from '../../../../shared/domain/dashboard';
import { CitedRow, citedColumns, toCitedValue } from '../cited-row';
import { FocalError } from '../../errors';
import { codesColumn, labelsColumn } from '../../store/json-columns';

const IndicatorRow = z.object({
  code: z.string(),
  name: labelsColumn,
  definition: labelsColumn,
  unit: Unit,
  direction: Direction,
  dimensions: codesColumn(Dimension),
  domain: z.string(),
});


const BreakdownRow = ObservationKey.omit({ indicator: true }).extend({ value: z.number() }).strip();

/**
 * One indicator's panels: its totals over time (each with its source) and its values broken down
 * by a single dimension. One range of the primary key is read — an indicator's rows sit together —
 * so this stays a few milliseconds whatever the rest of the store holds.
 */
export function readIndicatorPanels(db: Database, city: string, code: string): IndicatorPanels {
  const indicator = IndicatorRow.optional().parse(
    db.prepare('SELECT code, name, definition, unit, direction, dimensions, domain FROM indicator_scope WHERE code = ? AND scope = ?').get(code, city),
  );
  if (!indicator) throw new FocalError('not_found', `There is no indicator ${code}.`);
  const series = z.array(CitedRow).parse(
    db
      .prepare(
        `SELECT ${citedColumns}
           FROM observations o JOIN sources s ON s.id = o.source
          WHERE o.city = ? AND o.indicator = ? AND o.sex = '' AND o.age = '' AND o.status = '' AND o.origin = '' AND o.area = ''
          ORDER BY o.period`,
      )
      .all(city, code),
  );
  // The rows broken down by exactly one breakdown: each breakdown's panel.
  const rows = z.array(BreakdownRow).parse(
    db
      .prepare(
        `SELECT ${breakdownFields.join(', ')}, period, value FROM observations
          WHERE city = ? AND indicator = ? AND ${breakdownFields.map((field) => `(${field} <> '')`).join(' + ')} = 1`,
      )
      .all(city, code),
  );
  const breakdowns: BreakdownValue[] = [];
  const periods = new Set<string>();
  for (const row of rows) {
    const dimension = breakdownFields.find((field) => row[field] !== '');
    if (!dimension) continue;
    breakdowns.push({ dimension, code: row[dimension], period: row.period, value: row.value });
    periods.add(row.period);
  }
  return {
    indicator,
    series: series.map(toCitedValue),
    breakdowns,
    breakdownPeriods: [...periods].sort().reverse(),
  };
}
