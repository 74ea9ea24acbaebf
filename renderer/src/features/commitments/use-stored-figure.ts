import { useRead } from '../../api/api-context';
import { scopedKey, useCityScope } from '../../city/city-scope';
import { breakdownFields } from '../../../../shared/domain/observation-record';
import type { BreakdownForm } from './commitment-form-model';

/**
 * The figure the city holds for an indicator, breakdown and period, if any: offered as a target's
 * baseline so the baseline agrees with the profile.
 */
export function useStoredFigure(indicator: string, breakdown: BreakdownForm, period: string): number | null {
  const scope = useCityScope();
  const wanted = indicator !== '' && period.trim() !== '';
  // Without an indicator and period the query asks for one figure of nothing: cheap, and never used.
  const filter = { indicators: [wanted ? indicator : '-'], periods: [wanted ? period.trim() : '-'] };
  const [page] = useRead('observations.page', { filter, limit: 100, city: scope.city }, scopedKey(scope, `figure-${JSON.stringify(filter)}`));
  if (!wanted || page.state !== 'ready') return null;
  const row = page.value.rows.find((r) => breakdownFields.every((field) => r[field] === breakdown[field]));
  return row ? row.value : null;
}
