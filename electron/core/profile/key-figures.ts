import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Dimension, Unit } from '../../../shared/domain/catalogue';
import { Labels } from '../../../shared/domain/labels';
import { SourceKind, type KeyFigure } from '../../../shared/domain/observation';

const labels = z.string().transform((text) => Labels.parse(JSON.parse(text)));

const LatestRow = z.object({
  indicator: z.string(),
  name: labels,
  unit: Unit,
  period: z.string(),
  value: z.number(),
  is_estimate: z.number(),
  is_provisional: z.number(),
  is_confidential: z.number(),
  previous_period: z.string().nullable(),
  previous_value: z.number().nullable(),
  citation: z.string(),
  publisher: z.string(),
  year: z.number().nullable(),
  kind: SourceKind,
});

const FocusGroupRow = z.object({ code: z.string(), name: labels, dimension: Dimension, dimension_value: z.string() });
const FocusValueRow = z.object({ indicator: z.string(), period: z.string(), value: z.number() });

const totalOnly = "sex = '' AND age = '' AND status = '' AND origin = '' AND area = ''";

/** Only this dimension set to `value`, every other one blank (total). */
function onlyDimension(dimension: z.infer<typeof Dimension>): string {
  return Dimension.options.map((d) => (d === dimension ? `${d} = @value` : `${d} = ''`)).join(' AND ');
}

/**
 * Each indicator's latest total for a city, with the period before it, its source, and the latest
 * period's values for the programme's focus groups (women, youth, refugees, asylum seekers).
 */
export function readKeyFigures(db: Database, city: string): KeyFigure[] {
  const latest = z.array(LatestRow).parse(
    db
      .prepare(
        `WITH totals AS (
           SELECT o.*, row_number() OVER (PARTITION BY o.indicator ORDER BY o.period DESC) AS recency
             FROM observations o
            WHERE o.city = @city AND ${totalOnly}
         )
         SELECT t.indicator, i.name, i.unit, t.period, t.value, t.is_estimate, t.is_provisional, t.is_confidential,
                p.period AS previous_period, p.value AS previous_value,
                s.citation, s.publisher, s.year, s.kind
           FROM totals t
           JOIN indicators i ON i.code = t.indicator
           JOIN policy_domains d ON d.code = i.domain
           JOIN sources s ON s.id = t.source
           LEFT JOIN totals p ON p.indicator = t.indicator AND p.recency = 2
          WHERE t.recency = 1
          ORDER BY d.position, i.position`,
      )
      .all({ city }),
  );

  const groups = z.array(FocusGroupRow).parse(
    db.prepare('SELECT code, name, dimension, dimension_value FROM target_groups WHERE is_focus = 1 AND dimension IS NOT NULL ORDER BY position').all(),
  );
  const focus = new Map<string, KeyFigure['focus']>();
  for (const group of groups) {
    const rows = z.array(FocusValueRow).parse(
      db.prepare(`SELECT indicator, period, value FROM observations WHERE city = @city AND ${onlyDimension(group.dimension)}`).all({ city, value: group.dimension_value }),
    );
    for (const row of rows) {
      const key = `${row.indicator}\u0000${row.period}`;
      focus.set(key, [...(focus.get(key) ?? []), { group: group.code, name: group.name, value: row.value }]);
    }
  }

  return latest.map((row) => ({
    indicator: row.indicator,
    name: row.name,
    unit: row.unit,
    period: row.period,
    value: row.value,
    previous: row.previous_period !== null && row.previous_value !== null ? { period: row.previous_period, value: row.previous_value } : null,
    source: { citation: row.citation, publisher: row.publisher, year: row.year, kind: row.kind },
    flags: { estimate: row.is_estimate === 1, provisional: row.is_provisional === 1, confidential: row.is_confidential === 1 },
    focus: focus.get(`${row.indicator}\u0000${row.period}`) ?? [],
  }));
}
