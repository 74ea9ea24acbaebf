import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { ObservationFilter } from '../../../../shared/domain/observation-filter';
import type { ObservationPage, ObservationRow, RowWarning, sortColumns } from '../../../../shared/domain/observation-table';
import { checkPeriods, findingParams, type CheckFinding } from '../checks/observation-checks';
import { problemMessage } from '../import/problem-list';
import { filterCondition } from '../filter-sql';
import { observationKeyFields } from '../../../../shared/domain/observation-record';
import { keyOf, ObservationSqlRow, rowKey } from '../store/observation-columns';

const PageRow = ObservationSqlRow.pick({ indicator: true, period: true, sex: true, age: true, status: true, origin: true, area: true, value: true, is_estimate: true, is_provisional: true, is_confidential: true, note: true }).extend({
  source_uid: z.string(),
  citation: z.string(),
});

const keyOrder = observationKeyFields.map((field) => `o.${field}`).join(', ');

/**
 * One window of the data table: the rows a filter selects, sorted, from an offset. The table asks
 * for the windows it scrolls to, so a store of any size never travels whole to the interface. Each
 * row carries the warnings the cross-row checks give about it.
 */
export function readObservationPage(
  db: Database,
  city: string,
  query: { filter: ObservationFilter; sort: { column: (typeof sortColumns)[number]; descending: boolean } | null; offset: number; limit: number },
): ObservationPage {
  const where = filterCondition(query.filter);
  const from = `FROM observations o JOIN sources s ON s.id = o.source WHERE o.city = @city AND ${where.sql}`;
  const params = { ...where.params, city, limit: query.limit, offset: query.offset };
  const { total } = z.object({ total: z.number() }).parse(db.prepare(`SELECT count(*) AS total ${from}`).get(params));
  const order = query.sort ? `o.${query.sort.column} ${query.sort.descending ? 'DESC' : 'ASC'}, ${keyOrder}` : keyOrder;
  const raw = db
    .prepare(
      `SELECT ${keyOrder}, o.value, o.is_estimate, o.is_provisional, o.is_confidential, o.note, s.uid AS source_uid, s.citation
         ${from} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all(params);
  const rows: ObservationRow[] = z
    .array(PageRow)
    .parse(raw)
    .map((row) => ({
      ...keyOf(row),
      value: row.value,
      flags: { estimate: row.is_estimate === 1, provisional: row.is_provisional === 1, confidential: row.is_confidential === 1 },
      source: { id: row.source_uid, citation: row.citation },
      note: row.note,
      warnings: [],
    }));
  attachWarnings(db, city, rows);
  return { total, offset: query.offset, rows };
}

/** Runs the cross-row checks over the indicators and periods on the page and hangs each finding on its row. */
export function attachWarnings(db: Database, city: string, rows: ObservationRow[]): void {
  if (rows.length === 0) return;
  const byKey = new Map(rows.map((row) => [rowKey(row), row]));
  const periods = new Map<string, Set<string>>();
  for (const row of rows) periods.set(row.indicator, (periods.get(row.indicator) ?? new Set()).add(row.period));
  const { findings } = checkPeriods(db, city, periods);
  for (const finding of findings) byKey.get(rowKey(finding.at))?.warnings.push(warningOf(finding));
}

function warningOf(finding: CheckFinding): RowWarning {
  const params = findingParams(finding);
  return { code: finding.kind, message: problemMessage(finding.kind, params), params };
}
