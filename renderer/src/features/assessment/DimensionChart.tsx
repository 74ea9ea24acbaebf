import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { DimensionScore } from '../../../../shared/domain/assessment';
import { useFormat } from '../../i18n/use-format';
import { useChartLocale } from '../profile/charts/chart-locale';
import { chartColours } from '../profile/charts/chart-colours';
import { useFrameworkWords } from './use-framework-words';

export interface ScoreSeries {
  label: string;
  scores: readonly DimensionScore[];
}

/** The earlier assessment muted, the later in the brand colour: the eye goes to where the city stands now. */
const seriesColours = [chartColours.other, chartColours.series];
const rowHeight = 34;

/**
 * Scores per dimension as horizontal bars (share of the way to complete: complete 1, partial ½);
 * with two assessments, grouped bars side by side. The same figures are in a table for screen readers.
 */
export function DimensionChart({ framework, series, title }: { framework: string; series: readonly ScoreSeries[]; title: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { rtl } = useChartLocale();
  const words = useFrameworkWords();
  const dimensions = series[0]?.scores.map((s) => s.dimension) ?? [];
  const data = dimensions.map((dimension) => ({
    name: words.dimensionName(framework, dimension),
    // Not assessed draws no bar; assessed and absent draws a sliver (minPointSize), so the two never look alike.
    ...Object.fromEntries(
      series.map((s, i) => {
        const share = s.scores.find((d) => d.dimension === dimension)?.share ?? null;
        return [`s${i}`, share === null ? null : Math.round(share * 100)];
      }),
    ),
  }));
  const shareText = (share: number | null) => (share === null ? t('assessment.chart.notAssessed') : format.percent(share * 100));
  const colourOf = (i: number) => (series.length === 1 ? chartColours.series : (seriesColours[i] ?? chartColours.series));

  return (
    <figure className="dimension-chart" data-testid="dimension-chart">
      <figcaption className="dimension-chart__title">{title}</figcaption>
      {series.length > 1 ? (
        <ul className="dimension-chart__legend" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.label}>
              <span className="dimension-chart__swatch" style={{ backgroundColor: colourOf(i) }} />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      {/* Mirrored by the axes' own settings: SVG text anchors would flip a second time under an inherited right-to-left direction. */}
      <div aria-hidden="true" dir="ltr">
        <ResponsiveContainer width="100%" height={dimensions.length * rowHeight * Math.max(1, series.length * 0.75) + 40}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, bottom: 4, left: 8, right: 16 }} barCategoryGap="20%" accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke={chartColours.grid} />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 50, 100]} reversed={rtl} tickFormatter={(v: number) => format.percent(v)} stroke={chartColours.axis} fontSize={12} />
            <YAxis type="category" dataKey="name" orientation={rtl ? 'right' : 'left'} width={220} interval={0} tickLine={false} stroke={chartColours.axis} fontSize={12} />
            {series.map((s, i) => (
              <Bar key={s.label} dataKey={`s${i}`} name={s.label} fill={colourOf(i)} isAnimationActive={false} maxBarSize={18} minPointSize={3} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.chart.dimension')}</th>
            {series.map((s) => (
              <th scope="col" key={s.label}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dimensions.map((dimension) => (
            <tr key={dimension}>
              <th scope="row">{words.dimensionName(framework, dimension)}</th>
              {series.map((s) => (
                <td key={s.label}>{shareText(s.scores.find((d) => d.dimension === dimension)?.share ?? null)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
