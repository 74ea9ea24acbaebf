import { useTranslation } from 'react-i18next';
import type { IndicatorCoverage } from '../../../../../shared/domain/dashboard';
import { useFormat } from '../../../i18n/use-format';
import { useChartLocale } from '../charts/chart-locale';
import { usePeriodLabel } from '../charts/period-label';
import { CoverageRow } from './CoverageRow';

export interface DomainRows {
  code: string;
  name: string;
  indicators: readonly IndicatorCoverage[];
}

/**
 * Indicators (rows, grouped by domain) × periods (columns). The table scrolls inside its own box,
 * with the header row and the indicator column kept in view, so hundreds of indicators over twenty
 * years stay readable; the box takes keyboard focus so it can be scrolled without a mouse.
 */
export function CoverageMatrix({ periods, domains }: { periods: readonly string[]; domains: readonly DomainRows[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { locale } = useChartLocale();
  const periodLabel = usePeriodLabel();
  return (
    <div className="gaps-matrix" role="region" aria-labelledby="gaps-matrix-caption" tabIndex={0} data-testid="gaps-matrix">
      <table className="gaps-table">
        <caption id="gaps-matrix-caption" className="visually-hidden">
          {t('gaps.matrix.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="gaps-table__corner">
              {t('gaps.matrix.indicator')}
            </th>
            {periods.map((period) => (
              <th key={period} scope="col" className="gaps-table__period" data-testid="gaps-period">
                {periodLabel(period)}
              </th>
            ))}
          </tr>
        </thead>
        {domains.map((domain) => (
          <tbody key={domain.code}>
            <tr className="gaps-table__domain">
              <th scope="colgroup" colSpan={periods.length + 1}>
                <span className="gaps-table__domain-name">{domain.name}</span>
              </th>
            </tr>
            {domain.indicators.map((indicator) => (
              <CoverageRow key={indicator.code} indicator={indicator} name={indicator.name[locale]} periods={periods} periodLabel={periodLabel} list={format.list} t={t} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
