import { useTranslation } from 'react-i18next';
import type { ImportProblem, ImportSummary } from '../../../../../shared/domain/observation-import';
import type { CatalogueView } from '../../../catalogue/catalogue-context';
import { asUiLocale } from '../../../i18n/i18n';
import { useFormat } from '../../../i18n/use-format';
import { describeColumn, describeProblem } from '../figures/describe-problem';

/**
 * What an import would do (dry run) or did: rows created, updated, unchanged; every error with its
 * line, column and reason; the warnings; the sources the file cites for the first time (once
 * finished, the sources it added).
 */
export function ImportSummaryView({ summary, catalogue, finished }: { summary: ImportSummary; catalogue: CatalogueView; finished: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const problems = (list: ImportProblem[], total: number, kind: 'errors' | 'warnings') =>
    list.length === 0 ? null : (
      <section className={`import-problems import-problems--${kind}`} aria-labelledby={`import-${kind}-title`}>
        <h3 id={`import-${kind}-title`}>{t(`import.summary.${kind}Title`, { count: total, formatted: format.integer(total) })}</h3>
        <table className="table table--compact" data-testid={`import-${kind}`}>
          <thead>
            <tr>
              <th scope="col">{t('import.summary.line')}</th>
              <th scope="col">{t('import.summary.column')}</th>
              <th scope="col">{t('import.summary.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((problem, index) => (
              <tr key={`${problem.row}-${problem.column}-${index}`}>
                <td>{problem.row === 0 ? '—' : format.integer(problem.row)}</td>
                <td dir="auto">{describeColumn(t, problem.column)}</td>
                <td>{describeProblem(t, problem.code, problem.params, catalogue, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {total > list.length ? <p className="muted">{t('import.summary.more', { count: total - list.length, formatted: format.integer(total - list.length) })}</p> : null}
      </section>
    );

  return (
    <div className="import-summary">
      <dl className="stats" data-testid="import-counts">
        {(
          [
            ['created', 'import-created', summary.created],
            ['updated', 'import-updated', summary.updated],
            ['unchanged', 'import-unchanged', summary.unchanged],
            ['errors', 'import-error-count', summary.errorCount],
          ] as const
        ).map(([label, testId, count]) => (
          <div className="stat" key={label}>
            <dt className="stat__label">{t(`import.summary.${label}`)}</dt>
            <dd className="stat__value" data-testid={testId}>
              {format.integer(count)}
            </dd>
          </div>
        ))}
      </dl>
      {problems(summary.errors, summary.errorCount, 'errors')}
      {problems(summary.warnings, summary.warningCount, 'warnings')}
      {summary.newSources.length > 0 ? (
        <section aria-labelledby="import-sources-title">
          <h3 id="import-sources-title">{t(finished ? 'import.summary.addedSources' : 'import.summary.newSources', { count: summary.newSources.length })}</h3>
          <ul className="import-sources">
            {summary.newSources.map((citation) => (
              <li key={citation} dir="auto">
                {citation}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
