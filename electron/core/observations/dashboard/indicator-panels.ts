import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Dimension, Direction, Unit } from '../../../../shared/domain/catalogue';
import type { BreakdownValue, IndicatorPanels } from '../../../../shared/domain/dashboard';
import { SourceKind } from '../../../../shared/domain/observation';
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

const TotalRow = z.object({
  period: z.string(),
  value: z.number(),
  is_estimate: z.number(),
  is_provisional: z.number(),
  is_confidential: z.number(),
  citation: z.string(),
  publisher: z.string(),
  year: z.number().nullable(),
  kind: SourceKind,
});

const dimensions = Dimension.options;

/**
 * One indicator's panels: its totals over time (each with its source) and its values broken down
 * by a single dimension. One range of the primary key is read — an indicator's rows sit together —
 * so this stays a few milliseconds whatever the rest of the store holds.
 */
export function readIndicatorPanels(db: Database, city: string, code: string): IndicatorPanels {
  const indicator = IndicatorRow.optional().parse(
    db.prepare('SELECT code, name, definition, unit, direction, dimensions, domain FROM indicators WHERE code = ? AND (city IS NULL OR city = ?)').get(code, city),
  );
  if (!indicator) throw new FocalError('not_found', `There is no indicator ${code}.`);
  const series = z.array(TotalRow).parse(
    db
      .prepare(
        `SELECT o.period, o.value, o.is_estimate, o.is_provisional, o.is_confidential, s.citation, s.publisher, s.year, s.kind
           FROM observations o JOIN sources s ON s.id = o.source
          WHERE o.city = ? AND o.indicator = ? AND o.sex = '' AND o.age = '' AND o.status = '' AND o.origin = '' AND o.area = ''
          ORDER BY o.period`,
      )
      .all(city, code),
  );
  const rows = db
    .prepare(
      `SELECT sex, age, status, origin, area, period, value FROM observations
        WHERE city = ? AND indicator = ? AND (sex <> '') + (age <> '') + (status <> '') + (origin <> '') + (area <> '') = 1`,
    )
    .raw(true)
    .all(city, code);
  const breakdowns: BreakdownValue[] = [];
  const periods = new Set<string>();
  for (const raw of z.array(z.tuple([z.string(), z.string(), z.string(), z.string(), z.string(), z.string(), z.number()])).parse(rows)) {
    const codes = [raw[0], raw[1], raw[2], raw[3], raw[4]];
    const index = codes.findIndex((code) => code !== '');
    const dimension = dimensions[index];
    const code = codes[index];
    if (!dimension || code === undefined) continue;
    breakdowns.push({ dimension, code, period: raw[5], value: raw[6] });
    periods.add(raw[5]);
  }
  return {
    indicator,
    series: series.map((row) => ({
      period: row.period,
      value: row.value,
      flags: { estimate: row.is_estimate === 1, provisional: row.is_provisional === 1, confidential: row.is_confidential === 1 },
      source: { citation: row.citation, publisher: row.publisher, year: row.year, kind: row.kind },
    })),
    breakdowns,
    breakdownPeriods: [...periods].sort().reverse(),
  };
}
