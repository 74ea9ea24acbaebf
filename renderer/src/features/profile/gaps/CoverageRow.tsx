import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { IndicatorCoverage } from '../../../../../shared/domain/dashboard';
import { CoverageCell, describeCell } from './CoverageCell';
import { gapOf } from './gap-summary';
import { MissingChips } from './MissingChips';

/**
 * One indicator across all periods. Memoised: a city with hundreds of indicators re-renders only
 * the rows whose data or language changed when the filters move.
 */
export const CoverageRow = memo(function CoverageRow({
  indicator,
  name,
  periods,
  periodLabel,
  list,
  t,
}: {
  indicator: IndicatorCoverage;
  name: string;
  periods: readonly string[];
  periodLabel: (period: string) => string;
  list: (items: string[]) => string;
  t: TFunction;
}) {
  const cells = new Map(indicator.cells.map((cell) => [cell.period, cell]));
  return (
    <tr className="gaps-row" data-testid="gaps-row" data-indicator={indicator.code}>
      <th scope="row" className="gaps-table__indicator">
        <span className="gaps-indicator__name">{name}</span>
        <MissingChips gap={gapOf(indicator)} periodLabel={periodLabel} t={t} />
      </th>
      {periods.map((period) => {
        const cell = cells.get(period);
        return <CoverageCell key={period} cell={cell} description={describeCell(cell, periodLabel(period), t, list)} t={t} />;
      })}
    </tr>
  );
});
