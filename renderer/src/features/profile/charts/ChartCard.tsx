import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One chart with its title, what it shows, and a button that shows the same numbers as a table:
 * the table is the accessible, exact form of every chart, and the one people copy from.
 */
export function ChartCard({ title, caption, chart, table, testId, level = 3, wide = false }: { title: string; caption?: ReactNode; chart: ReactNode; table: ReactNode; testId: string; level?: 3 | 4; wide?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className={wide ? 'chart-card chart-card--wide' : 'chart-card'} aria-labelledby={id} data-testid={testId}>
      <div className="chart-card__header">
        {level === 3 ? (
          <h3 id={id} className="chart-card__title">
            {title}
          </h3>
        ) : (
          <h4 id={id} className="chart-card__title">
            {title}
          </h4>
        )}
        <button type="button" className="button button--quiet chart-card__toggle" aria-pressed={asTable} onClick={() => setAsTable((shown) => !shown)}>
          {asTable ? t('charts.showChart') : t('charts.showTable')}
        </button>
      </div>
      {caption ? <div className="chart-card__caption">{caption}</div> : null}
      <div className="chart-card__body">{asTable ? table : chart}</div>
    </section>
  );
}
