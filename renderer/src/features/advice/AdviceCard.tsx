import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/api-context';
import { useCityScope } from '../../city/city-scope';
import { adviceHref } from './advice-route';

/** The dashboard's view of peer advice: what waits for the own city's answer, its drafts, and peers' requests. */
export function AdviceCard() {
  const { t } = useTranslation();
  const scope = useCityScope();
  const [advice] = useRead('advice.list', {}, 'advice-card');
  const [requests] = useRead('advice.requests', {}, 'advice-card-requests');
  // Advice is between the own city and its peers: shown on the own city's dashboard only.
  if (scope.readOnly || advice.state !== 'ready' || requests.state !== 'ready') return null;
  const own = scope.own.code;
  const waiting = advice.value.filter((a) => a.toCity === own && a.status === 'sent').length;
  const drafts = advice.value.filter((a) => a.city === own && a.status === 'draft').length;
  const asked = requests.value.received.filter((r) => !r.answers.some((a) => a.city === own)).length;
  return (
    <section className="card" aria-labelledby="advice-card">
      <h2 id="advice-card">{t('advice.card.title')}</h2>
      <ul className="next-list" data-testid="advice-card">
        <li>
          <a href={adviceHref({ tab: 'received' })}>{t('advice.card.waiting', { count: waiting })}</a>
        </li>
        <li>
          <a href={adviceHref({ tab: 'given' })}>{t('advice.card.drafts', { count: drafts })}</a>
        </li>
        <li>
          <a href={adviceHref({ tab: 'requests' })}>{t('advice.card.requests', { count: asked })}</a>
        </li>
      </ul>
    </section>
  );
}
