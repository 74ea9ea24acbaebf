import { useTranslation } from 'react-i18next';
import { progressStatuses } from '../../../../shared/domain/progress-rule';
import { useRead } from '../../api/api-context';
import { scopedKey, useCityScope } from '../../city/city-scope';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { ProgressBadge } from './CommitmentBadges';
import { hashOfFilters, noFilters } from './commitment-filters';
import './commitments.css';

/** The Dashboard's count of commitments by where their figures stand, each count leading to the filtered list. */
export function ProgressSummary() {
  const { t } = useTranslation();
  const format = useFormat();
  const scope = useCityScope();
  const [list] = useRead('commitments.list', { city: scope.city }, scopedKey(scope, 'commitments'));
  return (
    <section className="card" aria-labelledby="progress-card" data-testid="progress-summary">
      <h2 id="progress-card">{t('commitments.summary.title')}</h2>
      {list.state === 'loading' ? <Loading /> : null}
      {list.state === 'failed' ? <ErrorNotice error={list.error} /> : null}
      {list.state === 'ready' && list.value.length === 0 ? (
        <p>
          {t('commitments.summary.none')} <a href="#/commitments/new">{t('commitments.new')}</a>
        </p>
      ) : null}
      {list.state === 'ready' && list.value.length > 0 ? (
        <ul className="progress-summary">
          {[...progressStatuses, 'none' as const].map((status) => {
            const count = list.value.filter((c) => (c.progress ?? 'none') === status).length;
            return (
              <li key={status}>
                <a href={hashOfFilters({ ...noFilters, progress: status })}>
                  <span className="progress-summary__count">{format.integer(count)}</span>
                  <ProgressBadge progress={status} />
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
