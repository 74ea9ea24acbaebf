import { dimensionCodes } from '../../../shared/domain/catalogue';
import type { ObservationFilter } from '../../../shared/domain/observation-filter';

/**
 * Builds the SQL condition for a filter over `observations o` (of the city `@city`) joined with
 * `sources s`. The domain is looked up among the indicators the city's figures may use.
 */
export function filterCondition(filter: ObservationFilter): { sql: string; params: Record<string, string> } {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  const list = (column: string, values: readonly string[], prefix: string) => {
    if (values.length === 0) return;
    const names = values.map((value, index) => {
      params[`${prefix}${index}`] = value;
      return `@${prefix}${index}`;
    });
    parts.push(`${column} IN (${names.join(', ')})`);
  };
  list('o.indicator', filter.indicators, 'ind');
  list('o.period', filter.periods, 'per');
  for (const dimension of dimensionCodes) list(`o.${dimension}`, filter.breakdown[dimension] ?? [], dimension);
  if (filter.domain !== null) {
    params.domain = filter.domain;
    parts.push('o.indicator IN (SELECT code FROM indicator_scope WHERE scope = @city AND domain = @domain)');
  }
  if (filter.text !== '') {
    params.text = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push("(o.note LIKE @text ESCAPE '\\' OR s.citation LIKE @text ESCAPE '\\')");
  }
  return { sql: parts.length === 0 ? '1' : parts.join(' AND '), params };
}
