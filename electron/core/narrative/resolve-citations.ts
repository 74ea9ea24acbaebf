import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Unit } from '../../../shared/domain/catalogue';
import type { CitationAnswer } from '../../../shared/domain/narrative';
import { parseCitation } from '../../../shared/narrative/citation';
import { CitedRow, citedColumns, toCitedValue } from '../observations/cited-row';
import { shapeOf } from '../observations/store/observation-columns';
import { labelsColumn } from '../store/json-columns';

const IndicatorRow = z.object({ code: z.string(), name: labelsColumn, unit: Unit }).optional();
const PeriodRow = z.object({ period: z.string() });
const FigureRow = CitedRow.optional();

/**
 * Resolves narrative citations to their figures for one city. Every value is a primary-key look-up
 * of the observations table (WITHOUT ROWID, keyed city, indicator, period, breakdown); a citation
 * without a period walks the periods that have rows of its breakdown shape, newest first, as the
 * coverage table lists them, and takes the first that has exactly the cited codes. So a profile
 * re-cites in milliseconds however many observations the city keeps, and always shows today's data.
 */
export function resolveCitations(db: Database, city: string, keys: readonly string[]): CitationAnswer[] {
  const indicatorOf = db.prepare('SELECT code, name, unit FROM indicator_scope WHERE code = ? AND scope = ?');
  const periodsOf = db.prepare('SELECT period FROM observation_coverage WHERE city = ? AND indicator = ? AND shape = ? ORDER BY period DESC');
  const figureAt = db.prepare(
    `SELECT ${citedColumns}
       FROM observations o JOIN sources s ON s.id = o.source
      WHERE o.city = @city AND o.indicator = @indicator AND o.period = @period
        AND o.sex = @sex AND o.age = @age AND o.status = @status AND o.origin = @origin AND o.area = @area`,
  );
  const answers = new Map<string, CitationAnswer>();

  const resolve = (key: string): CitationAnswer => {
    const parsed = parseCitation(key);
    if (!parsed.ok) return { key, problem: 'invalid' };
    const citation = parsed.citation;
    const indicator = IndicatorRow.parse(indicatorOf.get(citation.indicator, city));
    if (!indicator) return { key, problem: 'unknown_indicator' };
    const codes = {
      city,
      indicator: indicator.code,
      sex: citation.breakdown.sex ?? '',
      age: citation.breakdown.age ?? '',
      status: citation.breakdown.status ?? '',
      origin: citation.breakdown.origin ?? '',
      area: citation.breakdown.area ?? '',
    };
    const periods = citation.period !== null ? [citation.period] : z.array(PeriodRow).parse(periodsOf.all(city, indicator.code, shapeOf(citation.breakdown))).map((row) => row.period);
    for (const period of periods) {
      const row = FigureRow.parse(figureAt.get({ ...codes, period }));
      if (!row) continue;
      return { key, indicator: indicator.code, name: indicator.name, unit: indicator.unit, ...toCitedValue(row) };
    }
    return { key, problem: 'no_data' };
  };

  // The same figure is often cited in every language and more than once: resolve each key once.
  return keys.map((key) => {
    const known = answers.get(key);
    if (known) return known;
    const answer = resolve(key);
    answers.set(key, answer);
    return answer;
  });
}
