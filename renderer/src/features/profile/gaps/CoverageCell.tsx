import type { TFunction } from 'i18next';
import type { IndicatorCoverage } from '../../../../../shared/domain/dashboard';

type Cell = IndicatorCoverage['cells'][number];

/** "2023: total, by sex and by age" — what a cell shows, in words, for screen readers and as a hover text. */
export function describeCell(cell: Cell | undefined, periodLabel: string, t: TFunction, list: (items: string[]) => string): string {
  if (!cell) return t('gaps.cell.none', { period: periodLabel });
  const parts = [cell.total ? t('gaps.cell.total') : t('gaps.cell.noTotal'), ...cell.dimensions.map((d) => t(`charts.byInText.${d}`))];
  return t('gaps.cell.some', { period: periodLabel, parts: list(parts) });
}

/**
 * One indicator in one period: a filled dot for a total (a ring when there are only breakdowns),
 * then one letter per breakdown present. The marks are hidden from screen readers, which read the
 * sentence instead.
 */
export function CoverageCell({ cell, description, t }: { cell: Cell | undefined; description: string; t: TFunction }) {
  return (
    <td className={cell ? 'gaps-cell gaps-cell--data' : 'gaps-cell'}>
      <span className="visually-hidden">{description}</span>
      <span className="gaps-cell__marks" aria-hidden="true" title={description}>
        <span className={cell ? (cell.total ? 'gaps-mark gaps-mark--total' : 'gaps-mark gaps-mark--parts') : 'gaps-mark gaps-mark--none'} />
        {cell?.dimensions.map((d) => (
          <span key={d} className="gaps-letter">
            {t(`gaps.letters.${d}`)}
          </span>
        ))}
      </span>
    </td>
  );
}
