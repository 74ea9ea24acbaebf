import { useTranslation } from 'react-i18next';
import { participantTotals, type Activity } from '../../../../shared/domain/activity';
import { useActivityDates } from './activity-dates';
import { ParticipantSummary } from './ParticipantSummary';

/** The city's activities, newest first (the core's order). */
export function ActivityList({ activities, readOnly, busy, onEdit, onRemove }: { activities: readonly Activity[]; readOnly: boolean; busy: boolean; onEdit(activity: Activity): void; onRemove(activity: Activity): void }) {
  const { t } = useTranslation();
  const dates = useActivityDates();
  if (activities.length === 0) return <p className="muted">{t('activities.none')}</p>;
  return (
    <table className="table activity-list" data-testid="activity-list">
      <thead>
        <tr>
          <th scope="col">{t('activities.fields.date')}</th>
          <th scope="col">{t('activities.fields.title')}</th>
          <th scope="col">{t('activities.fields.place')}</th>
          <th scope="col">{t('activities.participants.title')}</th>
          {readOnly ? null : (
            <th scope="col">
              <span className="visually-hidden">{t('activities.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {activities.map((activity) => (
          <tr key={activity.uid}>
            <td className="activity-list__date">{dates(activity.date, activity.endDate)}</td>
            <td>
              <span className="chip chips--small activity-list__kind">{t(`activities.kinds.${activity.kind}`)}</span>
              <bdi className="activity-list__title" lang={activity.language}>
                {activity.title}
              </bdi>
            </td>
            <td>
              <bdi>{activity.place}</bdi>
            </td>
            <td>
              <ParticipantSummary totals={participantTotals(activity.participants)} />
            </td>
            {readOnly ? null : (
              <td className="activity-list__actions">
                <button type="button" className="button button--quiet" disabled={busy} aria-label={t('activities.edit', { title: activity.title })} onClick={() => onEdit(activity)}>
                  {t('activities.editShort')}
                </button>
                <button type="button" className="button button--quiet" disabled={busy} aria-label={t('activities.remove', { title: activity.title })} onClick={() => onRemove(activity)}>
                  {t('activities.removeShort')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
