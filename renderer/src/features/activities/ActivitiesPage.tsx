import { useState } from 'react';
import { calendarDay } from '../../../../shared/domain/period';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { Activity } from '../../../../shared/domain/activity';
import { useApi, useRead } from '../../api/api-context';
import { scopedKey, useCityScope } from '../../city/city-scope';
import { ConfirmDialog, type ConfirmChoice } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { asUiLocale } from '../../i18n/i18n';
import { formOf, newActivity, type ActivityFormState } from './activity-draft';
import { ActivityForm } from './ActivityForm';
import { ActivityList } from './ActivityList';
import { useAgeBands } from './use-age-bands';
import './activities.css';

/** Today in the machine's calendar, as a date input gives it. */
function today(): string {
  return calendarDay(new Date());
}

/** The Dialogue strand's record: meetings, trainings and study visits, who took part and what follows. */
export function ActivitiesPage() {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const api = useApi();
  const scope = useCityScope();
  const ages = useAgeBands();
  const [activities, reload] = useRead('activities.list', { city: scope.city }, scopedKey(scope, 'activities'));
  // The form shown: a new activity, or one being changed with the record it started from.
  const [editing, setEditing] = useState<{ form: ActivityFormState; saved: Activity | null } | null>(null);
  const [removing, setRemoving] = useState<Activity | null>(null);
  const [done, setDone] = useState<{ key: 'saved' | 'removed'; title: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const remove = async (activity: Activity) => {
    setBusy(true);
    const answer = await api.call('activities.delete', { uid: activity.uid });
    setBusy(false);
    setRemoving(null);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setDone({ key: 'removed', title: activity.title });
    if (editing?.saved?.uid === activity.uid) setEditing(null);
    reload();
  };

  return (
    <>
      <PageHeader
        title={t('activities.title')}
        intro={t('activities.intro')}
        actions={
          scope.readOnly ? null : (
            <button type="button" className="button button--primary" onClick={() => setEditing({ form: newActivity(locale, today()), saved: null })}>
              <Icon name="plus" />
              {t('activities.add')}
            </button>
          )
        }
      />
      {done ? <Notice tone="success" title={t(`activities.${done.key}`, { title: done.title })} /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {editing && !scope.readOnly ? (
        <ActivityForm
          key={`${editing.saved?.uid ?? 'new'}:${editing.saved?.revision ?? 0}`}
          initial={editing.form}
          saved={editing.saved}
          ages={ages}
          onSaved={(activity) => {
            setDone({ key: 'saved', title: activity.title });
            setEditing({ form: formOf(activity), saved: activity });
            reload();
          }}
          onLinked={reload}
          onCancel={() => {
            setEditing(null);
            reload();
          }}
        />
      ) : null}
      <section className="card" aria-labelledby="activity-list-title">
        <h2 id="activity-list-title">{t('activities.listTitle')}</h2>
        {activities.state === 'loading' ? <Loading /> : null}
        {activities.state === 'failed' ? <ErrorNotice error={activities.error} /> : null}
        {activities.state === 'ready' ? (
          <ActivityList
            activities={activities.value}
            readOnly={scope.readOnly}
            busy={busy}
            onEdit={(activity) => {
              setDone(null);
              setEditing({ form: formOf(activity), saved: activity });
            }}
            onRemove={setRemoving}
          />
        ) : null}
      </section>
      {removing ? (
        <RemoveQuestion activity={removing} busy={busy} onRemove={() => void remove(removing)} onKeep={() => setRemoving(null)} />
      ) : null}
    </>
  );
}

function RemoveQuestion({ activity, busy, onRemove, onKeep }: { activity: Activity; busy: boolean; onRemove(): void; onKeep(): void }) {
  const { t } = useTranslation();
  const keep: ConfirmChoice = { label: t('activities.removeKeep'), tone: 'primary', onChoose: onKeep };
  return (
    <ConfirmDialog
      title={t('activities.removeTitle', { title: activity.title })}
      message={t('activities.removeMessage')}
      choices={[keep, { label: t('activities.removeConfirm'), tone: 'plain', onChoose: onRemove }]}
      safe={keep}
      busy={busy}
    />
  );
}
