import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../shared/domain/catalogue';
import type { IndicatorTarget } from '../../../../shared/domain/commitment';
import { periodSpan } from '../../../../shared/domain/period';
import { useAxisFormat } from '../profile/charts/axis-format';
import { chartColours } from '../profile/charts/chart-colours';
import { useChartLocale } from '../profile/charts/chart-locale';
import { usePeriodLabel } from '../profile/charts/period-label';
import { formatValue } from '../../i18n/format-value';
import { useFormat } from '../../i18n/use-format';

const baselineColour = '#7d909a';
const targetColour = '#2f7d4f';

/**
 * A small chart of the target's figures in time order, the baseline and the target drawn as
 * labelled lines. It mirrors in Arabic like the profile's charts; the figures it shows are also
 * written out beside it, so the chart is never the only way to read them.
 */
export function TargetChart({ target, series, indicator, title }: { target: IndicatorTarget; series: readonly { period: string; value: number }[]; indicator: Indicator; title: string }) {
  const { t } = useTranslation();
  const { rtl } = useChartLocale();
  const periodLabel = usePeriodLabel();
  const axisFormat = useAxisFormat(indicator.unit);
  const format = useFormat();
  const data = [...series].sort((a, b) => (periodSpan(a.period)?.end ?? 0) - (periodSpan(b.period)?.end ?? 0));
  if (data.length === 0) return null;
  return (
    <figure className="target-chart" aria-label={t('commitmentForm.targets.chart', { name: title })}>
      <ResponsiveContainer width="100%" height={160}>
        <LineChart data={data} margin={{ top: 16, bottom: 4, left: rtl ? 4 : 0, right: rtl ? 0 : 4 }}>
          <CartesianGrid vertical={false} stroke={chartColours.grid} />
          <XAxis dataKey="period" tickFormatter={periodLabel} reversed={rtl} padding={{ left: 16, right: 16 }} tick={{ fill: chartColours.text, fontSize: 12 }} stroke={chartColours.axis} />
          <YAxis
            orientation={rtl ? 'right' : 'left'}
            width="auto"
            domain={['auto', 'auto']}
            tickFormatter={axisFormat}
            tick={{ fill: chartColours.text, fontSize: 11, textAnchor: 'end' }}
            stroke={chartColours.axis}
          />
          <ReferenceLine y={target.baseline.value} stroke={baselineColour} strokeDasharray="3 3" ifOverflow="extendDomain" />
          <ReferenceLine y={target.target.value} stroke={targetColour} strokeDasharray="8 4" strokeWidth={2} ifOverflow="extendDomain" />
          <Line dataKey="value" stroke={chartColours.series} strokeWidth={2} dot={{ r: 3, fill: chartColours.series }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      {/* The two lines are told apart by their dashes as well as their colour, and named here in HTML, where text flows in the reader's direction. */}
      <figcaption className="target-chart__legend">
        <span>
          <svg width="28" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="28" y2="4" stroke={baselineColour} strokeDasharray="3 3" strokeWidth="2" />
          </svg>
          {t('commitmentForm.targets.baselineMark', { value: formatValue(indicator.unit, target.baseline.value, format, t), period: periodLabel(target.baseline.period) })}
        </span>
        <span>
          <svg width="28" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="28" y2="4" stroke={targetColour} strokeDasharray="8 4" strokeWidth="2" />
          </svg>
          {t('commitmentForm.targets.targetMark', { value: formatValue(indicator.unit, target.target.value, format, t), period: periodLabel(target.target.period) })}
        </span>
      </figcaption>
    </figure>
  );
}
