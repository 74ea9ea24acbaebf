import { useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { NarrativeLocale } from '../../../../../shared/domain/narrative';
import { SeriesChart } from '../charts/SeriesChart';
import type { Translate } from '../narrative/figure-words';
import { sourceText } from '../sources/source-words';
import type { ReportChart } from './report-chart-points';

/** Two charts side by side fit the printed A4 column (174 mm is about 657 CSS pixels). */
const chartSize = { width: 310, height: 190 };

/**
 * A chart of each key indicator over time — the Charts tab's own chart component, drawn in the
 * report's language (so an Arabic report's charts run right to left whatever the interface speaks).
 */
export function ReportCharts({ charts, locale, t }: { charts: readonly ReportChart[]; locale: NarrativeLocale; t: Translate }) {
  const { i18n } = useTranslation();
  // The chart components read the language from i18next: give them one fixed to the report's.
  const reportI18n = useMemo(() => i18n.cloneInstance({ lng: locale }), [i18n, locale]);
  const yearFormat = new Intl.NumberFormat(locale, { useGrouping: false });
  return (
    <I18nextProvider i18n={reportI18n}>
      <div className="report__charts">
        {charts.map(({ figure, points }) => {
          const sources = [...new Set(points.map((point) => sourceText(point.source, locale, t, (year) => yearFormat.format(year))))];
          return (
            <figure key={figure.indicator} className="report__chart" data-indicator={figure.indicator}>
              <figcaption className="report__chart-title">{figure.name[locale]}</figcaption>
              <SeriesChart unit={figure.unit} series={points} title={figure.name[locale]} size={chartSize} />
              <p className="report__chart-source">{t('report.chartSource', { source: sources.join(t('report.sourcesSeparator')) })}</p>
            </figure>
          );
        })}
      </div>
    </I18nextProvider>
  );
}
