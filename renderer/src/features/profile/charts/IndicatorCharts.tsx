import { useTranslation } from 'react-i18next';
import type { CatalogueOverview } from '../../../../../shared/domain/catalogue';
import { useRead } from '../../../api/api-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { AdviceOnItem } from '../../advice/AdviceOnItem';
import { AnswerHistory } from './AnswerHistory';
import { BreakdownSection } from './BreakdownSection';
import { useChartLocale } from './chart-locale';
import { SeriesCard } from './SeriesCard';
import { scopedKey, useCityScope } from '../../../city/city-scope';

/** One indicator's charts: what it measures, its totals over time, and its breakdowns. */
export function IndicatorCharts({ code, overview }: { code: string; overview: CatalogueOverview }) {
  const { t } = useTranslation();
  const { locale } = useChartLocale();
  const scope = useCityScope();
  const [panels] = useRead('dashboard.indicator', { indicator: code, city: scope.city }, scopedKey(scope, code));

  if (panels.state === 'loading') return <Loading />;
  if (panels.state === 'failed') return <ErrorNotice error={panels.error} />;
  const { indicator, series, breakdowns, breakdownPeriods } = panels.value;
  const nothing = series.length === 0 && breakdowns.length === 0;

  return (
    <article className="card charts-indicator" aria-labelledby="charts-indicator-name" data-testid="charts-indicator">
      <header className="charts-indicator__header">
        <h2 id="charts-indicator-name">{indicator.name[locale]}</h2>
        <p className="charts-indicator__definition">{indicator.definition[locale]}</p>
        <p className="charts-indicator__unit">{t('charts.unit', { unit: t(`units.${indicator.unit}`) })}</p>
        {nothing ? null : <AdviceOnItem kind="indicator" id={code} />}
      </header>
      {nothing ? (
        <div className="empty charts-empty" data-testid="charts-empty">
          <p>{t('charts.noData')}</p>
          <a href="#/profile/figures">{t('charts.addFigures')}</a>
        </div>
      ) : indicator.unit === 'ynp' ? (
        <AnswerHistory series={series} />
      ) : (
        <>
          {series.length > 0 ? <SeriesCard indicator={indicator} series={series} /> : <p className="muted charts-note">{t('charts.noTotals')}</p>}
          <BreakdownSection indicator={indicator} series={series} breakdowns={breakdowns} periods={breakdownPeriods} overview={overview} />
        </>
      )}
    </article>
  );
}
