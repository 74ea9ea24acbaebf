import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../../api/api-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { GapCounts } from './GapCounts';
import { summariseGaps } from './gap-summary';
import './gaps.css';
import { scopedKey, useCityScope } from '../../../city/city-scope';

/** The dashboard's pointer to the Data gaps tab, with its counts. */
export function GapsCard() {
  const { t } = useTranslation();
  const scope = useCityScope();
  const [gaps] = useRead('dashboard.gaps', { city: scope.city }, scopedKey(scope, 'dashboard-gaps'));
  const summary = useMemo(() => (gaps.state === 'ready' ? summariseGaps(gaps.value) : null), [gaps]);
  return (
    <section className="card gaps-card" aria-labelledby="gaps-card-title" data-testid="gaps-card">
      <h2 id="gaps-card-title">{t('dashboardGaps.title')}</h2>
      <p className="muted">{scope.readOnly ? t('dashboardGaps.peerText') : t('dashboardGaps.text')}</p>
      {gaps.state === 'loading' ? <Loading /> : null}
      {gaps.state === 'failed' ? <ErrorNotice error={gaps.error} /> : null}
      {summary ? <GapCounts summary={summary} compact /> : null}
      <p className="card__footer">
        <a href="#/profile/gaps" className="gaps-card__link">
          {t('dashboardGaps.link')}
          <Icon name="next" />
        </a>
      </p>
    </section>
  );
}
