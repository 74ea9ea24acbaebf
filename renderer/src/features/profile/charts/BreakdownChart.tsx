import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { Unit } from '../../../../../shared/domain/catalogue';
import { formatValue } from '../../../i18n/format-value';
import { useFormat } from '../../../i18n/use-format';
import { BarValueLabel } from './BarValueLabel';
import type { BreakdownRow } from './breakdown-rows';
import { BreakdownTooltip } from './BreakdownTooltip';
import { CategoryTick } from './CategoryTick';
import { useChartLocale } from './chart-locale';
import { chartColours } from './chart-colours';
import { useWidestText } from './text-width';

/** The most room category names take beside the bars; longer names wrap onto more lines. */
const maxCategoryWidth = 200;
/** Between a name and the axis line. */
const tickGap = 12;
const rowHeight = 40;
/** Room past the longest bar for its value. */
const valueRoom = 84;

/**
 * One dimension's values as horizontal bars, so that long names read on one line beside their bar
 * instead of under it at an angle. Focus groups in the brand colour, the others muted.
 */
export function BreakdownChart({ unit, rows, title, period }: { unit: Unit; rows: readonly BreakdownRow[]; title: string; period: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { rtl } = useChartLocale();
  const data = rows.map((row) => ({ code: row.code, value: row.value }));
  const longest = useWidestText(
    rows.map((row) => ({ text: row.label, bold: row.focus })),
    13,
  );
  // A little slack for rounding between the canvas and the SVG.
  const categoryWidth = Math.min(maxCategoryWidth, Math.ceil(longest) + tickGap + 6);
  // Names are wrapped only when one is too long: Text measures word by word, a little wider than
  // the canvas, and would otherwise break names that fit.
  const wrapWidth = longest + tickGap + 6 > maxCategoryWidth ? maxCategoryWidth - tickGap : undefined;
  const valueText = (index: number) => {
    const row = rows[index];
    return row ? formatValue(unit, row.value, format, t) : '';
  };
  return (
    <div className="chart" data-testid="breakdown-chart">
      <ResponsiveContainer width="100%" height={rows.length * rowHeight + 16}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, bottom: 8, left: rtl ? valueRoom : 0, right: rtl ? 0 : valueRoom }} title={title} barCategoryGap="22%">
          <XAxis type="number" hide reversed={rtl} domain={[0, 'dataMax']} />
          <YAxis
            type="category"
            dataKey="code"
            orientation={rtl ? 'right' : 'left'}
            width={categoryWidth}
            interval={0}
            tickLine={false}
            stroke={chartColours.axis}
            tick={(props) => <CategoryTick x={props.x} y={props.y} code={props.payload.value} rows={rows} width={wrapWidth} />}
          />
          <Tooltip content={(props) => <BreakdownTooltip active={props.active} label={props.label} unit={unit} rows={rows} period={period} />} reverseDirection={{ x: rtl }} cursor={{ fill: chartColours.grid }} />
          <Bar
            dataKey="value"
            isAnimationActive={false}
            maxBarSize={26}
            shape={(props: BarShapeProps) => <Rectangle {...props} fill={rows[props.index]?.focus ? chartColours.focus : chartColours.other} />}
          >
            <LabelList dataKey="value" content={(props) => <BarValueLabel props={props} rtl={rtl} text={valueText} />} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
