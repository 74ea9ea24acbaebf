import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../../shared/domain/catalogue';
import type { CitedValue } from '../../../../../shared/domain/dashboard';
import { formatValue } from '../../../i18n/format-value';
import { useFormat } from '../../../i18n/use-format';
import { usePeriodLabel } from './period-label';
import { flagKeys } from './series-points';
import { useSourceText } from './use-source-text';

/** The hovered or focused period: its value, its flags and its source ("data / year / source"). */
export function SeriesTooltip({ active, label, unit, series }: { active?: boolean; label?: string | number; unit: Unit; series: readonly CitedValue[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const periodLabel = usePeriodLabel();
  const sourceText = useSourceText();
  const point = active ? series.find((v) => v.period === String(label)) : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{periodLabel(point.period)}</p>
      <p className="chart-tooltip__value">
        {formatValue(unit, point.value, format, t)}
        {flagKeys(point).map((flag) => (
          <span key={flag} className="badge badge--check">
            {t(`charts.flags.${flag}`)}
          </span>
        ))}
      </p>
      <p className="chart-tooltip__source">{sourceText(point.source)}</p>
    </div>
  );
}
