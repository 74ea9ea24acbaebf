import { useTranslation } from 'react-i18next';
import type { IndicatorPanels } from '../../../../../shared/domain/dashboard';
import { ChartCard } from './ChartCard';
import { useChartLocale } from './chart-locale';
import { usePeriodLabel } from './period-label';
import { SeriesChart } from './SeriesChart';
import { SeriesTable } from './SeriesTable';

/** The indicator's totals over time, as a chart or as a table with the source of every figure. */
export function SeriesCard({ indicator, series }: Pick<IndicatorPanels, 'indicator' | 'series'>) {
  const { t } = useTranslation();
  const { locale } = useChartLocale();
  const periodLabel = usePeriodLabel();
  const first = series[0];
  const last = series.at(-1);
  const span = first && last ? t('charts.series.span', { from: periodLabel(first.period), to: periodLabel(last.period) }) : '';
  const title = t('charts.series.title');
  const description = t('charts.series.description', { indicator: indicator.name[locale], span });
  return (
    <ChartCard
      testId="series-card"
      title={title}
      caption={<p className="muted">{t('charts.series.caption', { span })}</p>}
      chart={<SeriesChart unit={indicator.unit} series={series} title={description} />}
      table={<SeriesTable unit={indicator.unit} series={series} caption={description} />}
    />
  );
}
