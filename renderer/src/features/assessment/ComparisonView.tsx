import { useTranslation } from 'react-i18next';
import { compareAssessments, dimensionScores, type Assessment } from '../../../../shared/domain/assessment';
import { DimensionChart } from './DimensionChart';
import { useFrameworkWords } from './use-framework-words';

/** Two assessments of one framework: the dimensions side by side, and per criterion what changed. */
export function ComparisonView({ before, after }: { before: Assessment; after: Assessment }) {
  const { t } = useTranslation();
  const words = useFrameworkWords();
  const framework = words.framework(after.framework);
  if (!framework) return null;
  const changes = compareAssessments(framework.items, before.scores, after.scores);
  const counts = (['improved', 'worsened', 'same'] as const).map((change) => ({ change, count: changes.filter((c) => c.change === change).length }));

  return (
    <section className="card comparison" aria-labelledby="comparison-title" data-testid="comparison">
      <h2 id="comparison-title">{t('assessment.compare.title', { before: before.title, after: after.title })}</h2>
      <ul className="comparison__counts">
        {counts.map(({ change, count }) => (
          <li key={change} className={`comparison__change comparison__change--${change}`}>
            {t(`assessment.compare.counts.${change}`, { count })}
          </li>
        ))}
      </ul>
      <DimensionChart
        framework={after.framework}
        series={[
          { label: before.title, scores: dimensionScores(framework.items, before.scores) },
          { label: after.title, scores: dimensionScores(framework.items, after.scores) },
        ]}
        title={t('assessment.compare.chart')}
      />
      <table className="table table--compact comparison__table">
        <thead>
          <tr>
            <th scope="col">{t('assessment.compare.criterion')}</th>
            <th scope="col">
              <bdi>{before.title}</bdi>
            </th>
            <th scope="col">
              <bdi>{after.title}</bdi>
            </th>
            <th scope="col">{t('assessment.compare.change')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.item} data-testid={`change-${c.item}`}>
              <th scope="row" className="comparison__criterion">
                {words.criterionName(after.framework, c.item)}
              </th>
              <td>{t(`assessment.scores.${c.before ?? 'none'}`)}</td>
              <td>{t(`assessment.scores.${c.after ?? 'none'}`)}</td>
              <td>
                <span className={`comparison__change comparison__change--${c.change}`}>{t(`assessment.compare.changes.${c.change}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
