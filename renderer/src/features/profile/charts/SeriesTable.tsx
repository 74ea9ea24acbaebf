import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../../shared/domain/catalogue';
import type { CitedValue } from '../../../../../shared/domain/dashboard';
import { formatValue } from '../../../i18n/format-value';
import { useFormat } from '../../../i18n/use-format';
import { usePeriodLabel } from './period-label';
import { flagKeys } from './series-points';
import { useSourceText } from './use-source-text';

/** The series as a table: period, value in the unit's format, its flags, and its source. */
export function SeriesTable({ unit, series, caption }: { unit: Unit; series: readonly CitedValue[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const periodLabel = usePeriodLabel();
  const sourceText = useSourceText();
  return (
    <table className="table table--compact chart-table" data-testid="series-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.columns.period')}</th>
          <th scope="col" className="chart-table__number">
            {t('charts.columns.value')}
          </th>
          <th scope="col">{t('charts.columns.source')}</th>
        </tr>
      </thead>
      <tbody>
        {series.map((point) => (
          <tr key={point.period} data-testid="series-row">
            <th scope="row">{periodLabel(point.period)}</th>
            <td className="chart-table__number" data-testid="series-value">
              {formatValue(unit, point.value, format, t)}
              {flagKeys(point).map((flag) => (
                <span key={flag} className="badge badge--check">
                  {t(`charts.flags.${flag}`)}
                </span>
              ))}
            </td>
            <td className="chart-table__source" data-testid="series-source">
              {sourceText(point.source)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
