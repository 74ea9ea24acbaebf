import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Dimension } from '../../../shared/domain/catalogue';
import { indicatorsIn } from '../catalogue/indicator-scope';
import { labelsColumn } from '../store/json-columns';
import { SourceKind, type KeyFigure } from '../../../shared/domain/observation';

const labels = labelsColumn;

const LatestRow = z.object({
  indicator: z.string(),
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
  title_en: z.string(),
  title_fr: z.string(),
  title_ar: z.string(),
});

const FocusGroupRow = z.object({ code: z.string(), name: labels, dimension: Dimension, dimension_value: z.string() });

/** The total row of a table alias: every breakdown blank. */
function totalOf(alias: string): string {
  return Dimension.options.map((d) => `${alias}.${d} = ''`).join(' AND ');
}

/**
 * Each indicator's latest total for a city, with the period before it, its source, and the latest
 * period's values for the programme's focus groups (women, youth, refugees, asylum seekers). The
 * periods with a total come from the coverage table, and each value is then one primary-key
 * look-up, so the answer takes the same few milliseconds with a million observations.
 */
export function readKeyFigures(db: Database, city: string): KeyFigure[] {
  const latest = z.array(LatestRow).parse(
    db
      .prepare(
        `WITH totals AS (
           SELECT indicator, period, row_number() OVER (PARTITION BY indicator ORDER BY period DESC) AS recency
             FROM observation_coverage WHERE city = @city AND shape = 0
         )
         SELECT t.indicator, o.period, o.value, o.is_estimate, o.is_provisional, o.is_confidential,
                p.period AS previous_period, po.value AS previous_value,
                s.citation, s.publisher, s.year, s.kind, s.title_en, s.title_fr, s.title_ar
           FROM totals t
           JOIN observations o ON o.city = @city AND o.indicator = t.indicator AND o.period = t.period AND ${totalOf('o')}
           JOIN sources s ON s.id = o.source
           LEFT JOIN totals p ON p.indicator = t.indicator AND p.recency = 2
           LEFT JOIN observations po ON po.city = @city AND po.indicator = p.indicator AND po.period = p.period AND ${totalOf('po')}
          WHERE t.recency = 1`,
      )
      .all({ city }),
  );

  const groups = z.array(FocusGroupRow).parse(
    db.prepare('SELECT code, name, dimension, dimension_value FROM target_groups WHERE is_focus = 1 AND dimension IS NOT NULL ORDER BY position').all(),
  );
  const lookups = new Map(
    Dimension.options.map((dimension) => [
      dimension,
      db.prepare(
        `SELECT value FROM observations WHERE city = @city AND indicator = @indicator AND period = @period AND ${Dimension.options
          .map((d) => (d === dimension ? `${d} = @value` : `${d} = ''`))
          .join(' AND ')}`,
      ),
    ]),
  );
  const ValueRow = z.object({ value: z.number() }).optional();

  const byCode = new Map(latest.map((row) => [row.indicator, row]));
  // In the order lists show indicators; a figure on an indicator the city's scope does not know is left out.
  return indicatorsIn(db, city).flatMap((indicator) => {
    const row = byCode.get(indicator.code);
    return row ? [{ row, indicator }] : [];
  }).map(({ row, indicator }) => ({
    indicator: row.indicator,
    name: indicator.name,
    unit: indicator.unit,
    period: row.period,
    value: row.value,
    previous: row.previous_period !== null && row.previous_value !== null ? { period: row.previous_period, value: row.previous_value } : null,
    source: { citation: row.citation, publisher: row.publisher, year: row.year, kind: row.kind, titles: { en: row.title_en, fr: row.title_fr, ar: row.title_ar } },
    flags: { estimate: row.is_estimate === 1, provisional: row.is_provisional === 1, confidential: row.is_confidential === 1 },
    focus: groups.flatMap((group) => {
      const found = ValueRow.parse(lookups.get(group.dimension)?.get({ city, indicator: row.indicator, period: row.period, value: group.dimension_value }));
      return found ? [{ group: group.code, name: group.name, value: found.value }] : [];
    }),
  }));
}
