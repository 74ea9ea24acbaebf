import { useTranslation } from 'react-i18next';
import { lastActivity, type Advice } from '../../../../shared/domain/advice';
import { useFormat } from '../../i18n/use-format';
import { StatusBadge } from './StatusBadge';
import { useAdviceWords } from './use-advice-words';

export const adviceKey = (advice: Pick<Advice, 'city' | 'uid'>) => `${advice.city}:${advice.uid}`;

/** Advice as a list to choose from: kind, status, the item, the other city, the last activity. */
export function AdviceList({ list, selected, onSelect }: { list: readonly Advice[]; selected: string | null; onSelect(advice: Advice): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useAdviceWords();
  return (
    <ul className="advice-list" data-testid="advice-list">
      {list.map((advice) => {
        const given = advice.city === words.ownCode;
        const key = adviceKey(advice);
        return (
          <li key={key}>
            <button type="button" className="advice-list__item" aria-current={selected === key ? 'true' : undefined} onClick={() => onSelect(advice)}>
              <span className="advice-list__top">
                <span className="badge">{t(`advice.kinds.${advice.kind}`)}</span>
                <StatusBadge status={advice.status} ready={advice.ready} />
                {advice.itemNow.changed ? <span className="badge advice-list__changed">{t('advice.list.changed')}</span> : null}
              </span>
              <span className="advice-list__title">
                <bdi>{words.itemTitle(advice.item, advice.itemNow)}</bdi>
              </span>
              <span className="advice-list__meta">
                {t(given ? 'advice.list.to' : 'advice.list.from', { city: given ? words.cityName(advice.toCity) : words.cityName(advice.city) })}
                {' · '}
                {words.itemKind(advice.item.kind)}
                {' · '}
                {format.date(new Date(lastActivity(advice)).toISOString())}
                {advice.replies.length > 0 ? ` · ${t('advice.list.replies', { count: advice.replies.length })}` : ''}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
