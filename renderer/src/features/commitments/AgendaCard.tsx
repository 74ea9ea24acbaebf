import { useTranslation } from 'react-i18next';
import { commitmentTitle } from '../../../../shared/domain/commitment';
import type { Deadline } from '../../../../shared/domain/commitment-view';
import { useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { asUiLocale } from '../../i18n/i18n';
import { useDayFormat } from './use-day-format';
import './commitments.css';

/** The Dashboard's agenda: what is overdue and what falls due in the next 30 days, each leading to its commitment. */
export function AgendaCard() {
  const { t } = useTranslation();
  const [agenda] = useRead('commitments.agenda', {}, 'commitments-agenda');
  return (
    <section className="card agenda" aria-labelledby="agenda-card" data-testid="agenda-card">
      <h2 id="agenda-card">{t('commitments.agenda.title')}</h2>
      {agenda.state === 'loading' ? <Loading /> : null}
      {agenda.state === 'failed' ? <ErrorNotice error={agenda.error} /> : null}
      {agenda.state === 'ready' ? (
        agenda.value.overdue.length === 0 && agenda.value.upcoming.length === 0 ? (
          <p className="muted">{t('commitments.agenda.none')}</p>
        ) : (
          <>
            {agenda.value.overdue.length > 0 ? <DeadlineList title={t('commitments.agenda.overdue')} deadlines={agenda.value.overdue} overdue /> : null}
            {agenda.value.upcoming.length > 0 ? <DeadlineList title={t('commitments.agenda.upcoming')} deadlines={agenda.value.upcoming} overdue={false} /> : null}
          </>
        )
      ) : null}
    </section>
  );
}

function DeadlineList({ title, deadlines, overdue }: { title: string; deadlines: readonly Deadline[]; overdue: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const day = useDayFormat();
  return (
    <>
      <h3 className={overdue ? 'agenda__heading agenda__heading--overdue' : 'agenda__heading'}>{title}</h3>
      <ul className="agenda__list">
        {deadlines.map((deadline) => {
          const commitment = commitmentTitle(deadline, locale);
          return (
            <li key={`${deadline.commitment}-${deadline.part ?? ''}`}>
              <time dateTime={deadline.due} className="agenda__date">
                {day(deadline.due)}
              </time>
              <span className="agenda__kind">{t(`commitments.agenda.kinds.${deadline.kind}`)}</span>
              <span className="agenda__what">
                <a href={`#/commitments/${deadline.commitment}`} dir="auto">
                  {deadline.title || commitment}
                </a>
                {deadline.title ? (
                  <span className="muted agenda__of" dir="auto">
                    {commitment}
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
