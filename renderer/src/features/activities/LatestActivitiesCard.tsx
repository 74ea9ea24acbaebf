import { useTranslation } from 'react-i18next';
import { participantTotals, sumTotals } from '../../../../shared/domain/activity';
import { useRead } from '../../api/api-context';
import { scopedKey, useCityScope } from '../../city/city-scope';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { useActivityDates } from './activity-dates';
import { ParticipantSummary } from './ParticipantSummary';
import './activities.css';

/** For the Dashboard: the three latest activities, and everyone who took part in all of them (women and youth on their own). */
export function LatestActivitiesCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const dates = useActivityDates();
  const scope = useCityScope();
  const [activities] = useRead('activities.list', { city: scope.city }, scopedKey(scope, 'activities'));
  const totals = activities.state === 'ready' ? sumTotals(activities.value.map((a) => participantTotals(a.participants))) : null;

  return (
    <section className="card latest-activities" aria-labelledby="latest-activities-title" data-testid="latest-activities">
      <h2 id="latest-activities-title">{t('activities.card.title')}</h2>
      {activities.state === 'loading' ? <Loading /> : null}
      {activities.state === 'failed' ? <ErrorNotice error={activities.error} /> : null}
      {activities.state === 'ready' && totals ? (
        <>
          <div className="stats">
            {(['all', 'women', 'youth'] as const).map((key) => (
              <p className="stat" key={key}>
                <span className="stat__value" data-testid={`participants-${key}`}>
                  {format.integer(totals[key])}
                </span>
                <span className="stat__label">{t(`activities.card.${key}`, { count: totals[key] })}</span>
              </p>
            ))}
          </div>
          {activities.value.length === 0 ? (
            <p className="muted">{t('activities.none')}</p>
          ) : (
            <ul className="latest-activities__list">
              {activities.value.slice(0, 3).map((activity) => (
                <li key={activity.uid}>
                  <span className="latest-activities__date">
                    {dates(activity.date, activity.endDate)} · {t(`activities.kinds.${activity.kind}`)}
                  </span>
                  <span className="latest-activities__title">
                    {/* The title keeps its own direction; the line keeps the page's. */}
                    <bdi lang={activity.language}>{activity.title}</bdi>
                  </span>
                  <ParticipantSummary totals={participantTotals(activity.participants)} />
                </li>
              ))}
            </ul>
          )}
          <a href="#/activities">{t('activities.card.seeAll')}</a>
        </>
      ) : null}
    </section>
  );
}
