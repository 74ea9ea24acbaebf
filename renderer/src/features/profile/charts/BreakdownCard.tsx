import { useTranslation } from 'react-i18next';
import type { Dimension, Unit } from '../../../../../shared/domain/catalogue';
import { useFormat } from '../../../i18n/use-format';
import { BreakdownChart } from './BreakdownChart';
import type { BreakdownRow } from './breakdown-rows';
import { BreakdownTable } from './BreakdownTable';
import { ChartCard } from './ChartCard';

/** One dimension's breakdown in one period, naming the focus groups it highlights. */
export function BreakdownCard({ dimension, unit, rows, total, period, indicatorName }: { dimension: Dimension; unit: Unit; rows: readonly BreakdownRow[]; total: number | null; period: string; indicatorName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const focus = rows.filter((row) => row.focus).map((row) => row.label);
  const title = t(`charts.by.${dimension}`);
  const description = t('charts.breakdowns.description', { indicator: indicatorName, breakdown: title, period });
  return (
    <ChartCard
      testId={`breakdown-${dimension}`}
      level={4}
      // Long or many names get the whole width, so their bars keep room to differ.
      wide={dimension === 'status' || dimension === 'origin' || dimension === 'area' || rows.length > 6}
      title={title}
      caption={focus.length > 0 ? <p className="chart-card__focus">{t('charts.breakdowns.highlighted', { groups: format.list(focus) })}</p> : null}
      chart={<BreakdownChart unit={unit} rows={rows} title={description} period={period} />}
      table={<BreakdownTable unit={unit} rows={rows} total={total} caption={description} />}
    />
  );
}
