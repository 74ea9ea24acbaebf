import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { useFormat } from '../../i18n/use-format';
import { useFrameworkWords } from './use-framework-words';

/** Every assessment the city made, newest first: earlier ones are kept so change over time shows. */
export function AssessmentList({ assessments, readOnly, busy, onOpen, onRemove }: { assessments: readonly Assessment[]; readOnly: boolean; busy: boolean; onOpen(a: Assessment): void; onRemove(a: Assessment): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useFrameworkWords();
  if (assessments.length === 0) return <p className="muted">{t('assessment.none')}</p>;
  return (
    <table className="table assessment-list" data-testid="assessment-list">
      <thead>
        <tr>
          <th scope="col">{t('assessment.fields.date')}</th>
          <th scope="col">{t('assessment.fields.title')}</th>
          <th scope="col">{t('assessment.fields.framework')}</th>
          <th scope="col">{t('assessment.assessedTitle')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('assessment.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {assessments.map((a) => {
          const criteria = words.framework(a.framework)?.items.length ?? 0;
          const assessed = a.scores.filter((s) => s.score !== null).length;
          return (
            <tr key={a.uid}>
              <td className="assessment-list__date">{format.date(`${a.date}T00:00:00`)}</td>
              <td>
                <bdi className="assessment-list__title">{a.title}</bdi>
              </td>
              <td>{words.frameworkName(a.framework)}</td>
              <td>{t('assessment.assessed', { assessed: format.integer(assessed), criteria: format.integer(criteria) })}</td>
              <td className="assessment-list__actions">
                {/* A peer's assessments are read in the comparison below; only the own city's open for scoring. */}
                {readOnly ? null : (
                  <>
                    <button type="button" className="button button--quiet" disabled={busy} aria-label={t('assessment.open', { title: a.title })} onClick={() => onOpen(a)}>
                      {t('assessment.openShort')}
                    </button>
                    <button type="button" className="button button--quiet" disabled={busy} aria-label={t('assessment.remove', { title: a.title })} onClick={() => onRemove(a)}>
                      {t('assessment.removeShort')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
