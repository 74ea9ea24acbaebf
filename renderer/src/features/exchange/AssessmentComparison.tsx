import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dimensionScores, type Assessment } from '../../../../shared/domain/assessment';
import type { AssessedCity, AssessmentComparison as Comparison } from '../../../../shared/domain/city-comparison';
import { useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { asUiLocale } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { useFrameworkWords } from '../assessment/use-framework-words';

/**
 * Self-assessment scores side by side: for one framework, each city's latest assessment as the share
 * of the way to complete per dimension (complete 1, partial ½, not assessed left out), the own city
 * first. Peer scores are as the peer sent them, each column labelled with its city and date.
 */
export function AssessmentComparison() {
  const { t } = useTranslation();
  const [comparison] = useRead('compare.assessments', {}, 'compare:assessments');
  return (
    <section className="card exchange-compare" aria-labelledby="exchange-assessments-title">
      <h2 id="exchange-assessments-title">{t('exchange.assessments.title')}</h2>
      <p className="muted">{t('exchange.assessments.help')}</p>
      {comparison.state === 'loading' ? <Loading /> : null}
      {comparison.state === 'failed' ? <ErrorNotice error={comparison.error} /> : null}
      {comparison.state === 'ready' ? <ScoresSideBySide comparison={comparison.value} /> : null}
    </section>
  );
}

/** The framework most cities used, so the first look compares as many as possible. */
function commonestFramework(cities: readonly AssessedCity[]): string | null {
  const counts = new Map<string, number>();
  for (const city of cities) for (const assessment of city.latest) counts.set(assessment.framework, (counts.get(assessment.framework) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function ScoresSideBySide({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const format = useFormat();
  const words = useFrameworkWords();
  const [chosen, setChosen] = useState<string | null>(null);
  const frameworks = [...new Set(comparison.cities.flatMap((city) => city.latest.map((a) => a.framework)))].sort();
  const framework = chosen ?? commonestFramework(comparison.cities);
  const definition = framework === null ? undefined : words.framework(framework);
  if (framework === null || comparison.cities.every((city) => city.own)) return <Notice tone="info" title={t('exchange.assessments.none')} />;
  if (!definition) return <Notice tone="info" title={t('exchange.assessments.unknownFramework', { framework })} />;
  const columns = comparison.cities.flatMap((city) => {
    const assessment: Assessment | undefined = city.latest.find((a) => a.framework === framework);
    return assessment ? [{ city, assessment, scores: dimensionScores(definition.items, assessment.scores) }] : [];
  });
  const dimensions = columns[0]?.scores.map((score) => score.dimension) ?? [];
  const cityLabel = (city: AssessedCity) => (city.own ? t('exchange.compare.yours', { city: city.names[locale] }) : city.names[locale]);
  const title = t('exchange.assessments.tableTitle', { framework: words.frameworkName(framework) });
  return (
    <>
      {frameworks.length > 1 ? (
        <label className="field exchange-framework">
          <span className="field__label">{t('exchange.assessments.framework')}</span>
          <select value={framework} onChange={(event) => setChosen(event.target.value)}>
            {frameworks.map((code) => (
              <option key={code} value={code}>
                {words.frameworkName(code)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="exchange-scroll">
        <table className="table" data-testid="assessment-comparison">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessment.chart.dimension')}</th>
              {columns.map(({ city, assessment }) => (
                <th scope="col" key={city.city}>
                  {cityLabel(city)}
                  <span className="exchange-assessed-on muted">{format.date(assessment.date)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dimensions.map((dimension) => (
              <tr key={dimension}>
                <th scope="row">{words.dimensionName(framework, dimension)}</th>
                {columns.map(({ city, scores }) => {
                  const share = scores.find((score) => score.dimension === dimension)?.share ?? null;
                  return (
                    <td key={city.city} className={share === null ? 'muted' : undefined}>
                      {share === null ? t('assessment.chart.notAssessed') : format.percent(share * 100)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field__hint">{t('exchange.assessments.how')}</p>
    </>
  );
}
