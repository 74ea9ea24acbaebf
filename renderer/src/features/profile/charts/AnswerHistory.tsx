import { useTranslation } from 'react-i18next';
import type { CitedValue } from '../../../../../shared/domain/dashboard';
import { answerKey } from '../../../i18n/format-value';
import { usePeriodLabel } from './period-label';
import { useSourceText } from './use-source-text';

/** A yes / partly / no indicator has nothing to plot: its answers by period, newest first, with their sources. */
export function AnswerHistory({ series }: { series: readonly CitedValue[] }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const sourceText = useSourceText();
  const newestFirst = [...series].reverse();
  return (
    <section className="chart-card" aria-labelledby="charts-answers" data-testid="answer-history">
      <div className="chart-card__header">
        <h3 id="charts-answers" className="chart-card__title">
          {t('charts.answers.title')}
        </h3>
      </div>
      <p className="muted chart-card__caption">{t('charts.answers.caption')}</p>
      <table className="table table--compact chart-table">
        <thead>
          <tr>
            <th scope="col">{t('charts.columns.period')}</th>
            <th scope="col">{t('charts.columns.answer')}</th>
            <th scope="col">{t('charts.columns.source')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((point) => {
            const answer = answerKey(point.value);
            return (
              <tr key={point.period}>
                <th scope="row">{periodLabel(point.period)}</th>
                <td>
                  <span className={`chart-answer chart-answer--${answer}`}>{t(`keyFigures.ynp.${answer}`)}</span>
                </td>
                <td className="chart-table__source">{sourceText(point.source)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
