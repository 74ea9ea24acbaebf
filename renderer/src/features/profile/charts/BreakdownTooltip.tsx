import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../../shared/domain/catalogue';
import { formatValue } from '../../../i18n/format-value';
import { useFormat } from '../../../i18n/use-format';
import type { BreakdownRow } from './breakdown-rows';

/** The hovered or focused group: its name, its value, and whether it is a focus group. */
export function BreakdownTooltip({ active, label, unit, rows, period }: { active?: boolean; label?: string | number; unit: Unit; rows: readonly BreakdownRow[]; period: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const row = active ? rows.find((r) => r.code === String(label)) : undefined;
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.label}</p>
      <p className="chart-tooltip__value">{formatValue(unit, row.value, format, t)}</p>
      <p className="chart-tooltip__source">{row.focus ? t('charts.breakdowns.focusPeriod', { period }) : period}</p>
    </div>
  );
}
