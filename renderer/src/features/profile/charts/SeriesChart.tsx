import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Unit } from '../../../../../shared/domain/catalogue';
import type { CitedValue } from '../../../../../shared/domain/dashboard';
import { useAxisFormat } from './axis-format';
import { useChartLocale } from './chart-locale';
import { chartColours } from './chart-colours';
import { usePeriodLabel } from './period-label';
import { SeriesTooltip } from './SeriesTooltip';

const defaultHeight = 300;

/**
 * Totals by period: bars for counts (amounts of people or things), a line for shares and rates.
 * In Arabic time runs right to left and the value axis stands on the right, as Arabic readers
 * draw and read charts; SVG text anchors are flipped by hand because the SVG does not mirror.
 */
export function SeriesChart({
  unit,
  series,
  title,
  size,
}: {
  unit: Unit;
  series: readonly CitedValue[];
  title: string;
  /** A fixed size for paper: a printed page has no resize to follow, so the chart is drawn to fit it. */
  size?: { width: number; height: number };
}) {
  const { rtl } = useChartLocale();
  const periodLabel = usePeriodLabel();
  const axisFormat = useAxisFormat(unit);
  const data = series.map((v) => ({ period: v.period, value: v.value }));
  const margin = { top: 12, bottom: 4, left: rtl ? 4 : 0, right: rtl ? 0 : 4 };
  // A line's first and last points would sit on the chart's edges; bars already have room.
  const padding = unit === 'count' ? undefined : { left: 28, right: 28 };
  const xAxis = (
    <XAxis dataKey="period" tickFormatter={periodLabel} reversed={rtl} padding={padding} interval="preserveStartEnd" minTickGap={8} tick={{ fill: chartColours.text, fontSize: 13 }} stroke={chartColours.axis} />
  );
  const yAxis = (
    <YAxis
      orientation={rtl ? 'right' : 'left'}
      width="auto"
      tickFormatter={axisFormat}
      allowDecimals={unit !== 'count'}
      // 'end' on both sides: in a right-to-left SVG the end of a text is its left edge.
      tick={{ fill: chartColours.text, fontSize: 12, textAnchor: 'end' }}
      stroke={chartColours.axis}
    />
  );
  const grid = <CartesianGrid vertical={false} stroke={chartColours.grid} />;
  const tooltip = <Tooltip content={(props) => <SeriesTooltip active={props.active} label={props.label} unit={unit} series={series} />} reverseDirection={{ x: rtl }} cursor={{ fill: chartColours.grid, stroke: chartColours.grid }} />;
  return (
    <div className="chart" data-testid="series-chart">
      <ResponsiveContainer width={size?.width ?? '100%'} height={size?.height ?? defaultHeight}>
        {unit === 'count' ? (
          <BarChart data={data} margin={margin} title={title}>
            {grid}
            {xAxis}
            {yAxis}
            {tooltip}
            <Bar dataKey="value" fill={chartColours.series} maxBarSize={56} isAnimationActive={false} />
          </BarChart>
        ) : (
          <LineChart data={data} margin={margin} title={title}>
            {grid}
            {xAxis}
            {yAxis}
            {tooltip}
            <Line dataKey="value" stroke={chartColours.series} strokeWidth={2.5} dot={{ r: 4, fill: chartColours.series }} activeDot={{ r: 6 }} isAnimationActive={false} />
          </LineChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
