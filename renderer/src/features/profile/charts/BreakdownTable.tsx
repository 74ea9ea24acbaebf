import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../../shared/domain/catalogue';
import { formatValue } from '../../../i18n/format-value';
import { useFormat } from '../../../i18n/use-format';
import type { BreakdownRow } from './breakdown-rows';

/** A breakdown as a table; for counts with a total, each group's share of it too. */
export function BreakdownTable({ unit, rows, total, caption }: { unit: Unit; rows: readonly BreakdownRow[]; total: number | null; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shares = unit === 'count' && total !== null && total > 0;
  return (
    <table className="table table--compact chart-table" data-testid="breakdown-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.columns.group')}</th>
          <th scope="col" className="chart-table__number">
            {t('charts.columns.value')}
          </th>
          {shares ? (
            <th scope="col" className="chart-table__number">
              {t('charts.columns.share')}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code} className={row.focus ? 'chart-table__focus' : undefined}>
            <th scope="row">
              {row.label}
              {row.focus ? <span className="chip chip--focus chart-table__tag">{t('charts.breakdowns.focusTag')}</span> : null}
            </th>
            <td className="chart-table__number">{formatValue(unit, row.value, format, t)}</td>
            {shares ? <td className="chart-table__number">{format.percent((row.value / total) * 100)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
