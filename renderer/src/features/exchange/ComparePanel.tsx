import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ComparedCity, IndicatorComparison } from '../../../../shared/domain/city-comparison';
import { useRead } from '../../api/api-context';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { formatValue } from '../../i18n/format-value';
import { asUiLocale } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { useChartLocale } from '../profile/charts/chart-locale';
import { chartColours } from '../profile/charts/chart-colours';
import { IndicatorPicker } from '../profile/charts/IndicatorPicker';
import { usePeriodLabel } from '../profile/charts/period-label';
import { useSourceText } from '../profile/charts/use-source-text';

const groups = ['women', 'youth', 'refugees'] as const;
/** The total in the brand colour; the programme's focus groups in lighter shades of it, so they stay visible side by side. */
const groupColours = { total: chartColours.series, women: '#4f8aa1', youth: '#7fb0c2', refugees: '#b0cfda' } as const;
const rowHeight = 44;

/** The indicator every city reports most: the population, when nothing was chosen yet. */
const defaultIndicator = 'POP_TOTAL';

/**
 * One indicator across the own city and the peers that shared it: a bar per city (the total and,
 * where reported, women, youth and refugees), and the same figures in a table with each city's
 * year and source. Mirrored in Arabic like every chart.
 */
export function ComparePanel() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const [indicator, setIndicator] = useState(defaultIndicator);
  const [comparison] = useRead('compare.indicator', { indicator }, `compare:${indicator}`);
  if (catalogue.state !== 'ready') return <Loading />;
  const { overview, indicators } = catalogue.value;
  return (
    <section className="card exchange-compare" aria-labelledby="exchange-compare-title">
      <h2 id="exchange-compare-title">{t('exchange.compare.title')}</h2>
      <p className="muted">{t('exchange.compare.help')}</p>
      <IndicatorPicker overview={overview} indicators={indicators} withData={new Set(indicators.map((i) => i.code))} value={indicator} onChange={setIndicator} />
      {comparison.state === 'loading' ? <Loading /> : null}
      {comparison.state === 'failed' ? <ErrorNotice error={comparison.error} /> : null}
      {comparison.state === 'ready' ? <ComparisonView comparison={comparison.value} /> : null}
    </section>
  );
}

function ComparisonView({ comparison }: { comparison: IndicatorComparison }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const format = useFormat();
  const { rtl } = useChartLocale();
  const periodLabel = usePeriodLabel();
  const sourceText = useSourceText();
  const { cities, indicator } = comparison;
  if (cities.length === 0) return <Notice tone="info" title={t('exchange.compare.none')} />;
  const unit = indicator.unit;
  const value = (v: number | null) => (v === null ? t('exchange.compare.notReported') : formatValue(unit, v, format, t));
  const cityLabel = (city: ComparedCity) => (city.own ? t('exchange.compare.yours', { city: city.names[locale] }) : city.names[locale]);
  const reported = groups.filter((group) => cities.some((city) => city.groups[group] !== null));
  // Plain names on the chart's axis: the table says which one is yours.
  const data = cities.map((city) => ({ name: city.names[locale], total: city.latest.value, ...Object.fromEntries(reported.map((group) => [group, city.groups[group]])) }));
  const title = t('exchange.compare.chartTitle', { indicator: indicator.name[locale] });
  return (
    <>
      {cities.length === 1 && cities[0]?.own ? <Notice tone="info" title={t('exchange.compare.onlyOwn')} /> : null}
      <figure className="exchange-chart" data-testid="compare-chart">
        <figcaption className="exchange-chart__title">{title}</figcaption>
        {/* Mirrored by the axes' own settings: SVG text anchors would flip a second time under an inherited right-to-left direction. */}
        <div aria-hidden="true" dir="ltr">
          <ResponsiveContainer width="100%" height={cities.length * rowHeight * Math.max(1, (reported.length + 1) * 0.5) + 60}>
            <BarChart data={data} layout="vertical" margin={{ top: 4, bottom: 4, left: 8, right: 16 }} barCategoryGap="20%" accessibilityLayer={false}>
              <CartesianGrid horizontal={false} stroke={chartColours.grid} />
              <XAxis type="number" reversed={rtl} tickFormatter={(v: number) => format.decimal(v)} stroke={chartColours.axis} fontSize={12} />
              <YAxis type="category" dataKey="name" orientation={rtl ? 'right' : 'left'} width={200} interval={0} tickLine={false} stroke={chartColours.axis} fontSize={12} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="total" name={t('exchange.compare.total')} fill={groupColours.total} isAnimationActive={false} maxBarSize={16} />
              {reported.map((group) => (
                <Bar key={group} dataKey={group} name={t(`exchange.compare.${group}`)} fill={groupColours[group]} isAnimationActive={false} maxBarSize={16} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <div className="exchange-scroll">
        <table className="table" data-testid="compare-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exchange.compare.city')}</th>
              <th scope="col">{t('exchange.compare.latest')}</th>
              {groups.map((group) => (
                <th scope="col" key={group}>
                  {t(`exchange.compare.${group}`)}
                </th>
              ))}
              <th scope="col">{t('exchange.compare.period')}</th>
              <th scope="col">{t('exchange.compare.source')}</th>
            </tr>
          </thead>
          <tbody>
            {cities.map((city) => (
              <tr key={city.city}>
                <th scope="row">{cityLabel(city)}</th>
                <td>{value(city.latest.value)}</td>
                {groups.map((group) => (
                  <td key={group} className={city.groups[group] === null ? 'muted' : undefined}>
                    {value(city.groups[group])}
                  </td>
                ))}
                <td>{periodLabel(city.latest.period)}</td>
                <td>{sourceText(city.latest.source)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
