import { useTranslation } from 'react-i18next';
import type { AdviceItemKind } from '../../../../shared/domain/advice';
import { useRead } from '../../api/api-context';
import { useCityScope } from '../../city/city-scope';
import { adviceHref } from './advice-route';

/**
 * Advice at an item, wherever the item is shown. On a peer's item: write advice on it. On one of the
 * own city's items: how much advice it received (a link to it) and asking peers for advice on it.
 */
export function AdviceOnItem({ kind, id }: { kind: AdviceItemKind; id: string }) {
  const { t } = useTranslation();
  const scope = useCityScope();
  const [counts] = useRead('advice.counts', {}, 'advice-counts');
  if (scope.city !== undefined) {
    return (
      <p className="advice-on-item">
        <a className="button" href={adviceHref({ tab: 'write', item: { city: scope.city, kind, id } })}>
          {t('advice.onItem.give')}
        </a>
      </p>
    );
  }
  const count = counts.state === 'ready' ? (counts.value.find((c) => c.kind === kind && c.id === id)?.count ?? 0) : 0;
  return (
    <p className="advice-on-item">
      {count > 0 ? (
        <a className="advice-on-item__count" href={adviceHref({ tab: 'received', item: { city: '', kind, id } })} data-testid="advice-count">
          {t('advice.onItem.received', { count })}
        </a>
      ) : null}
      <a className="button button--quiet" href={adviceHref({ tab: 'requests', item: { city: '', kind, id }, ask: true })}>
        {t('advice.onItem.ask')}
      </a>
    </p>
  );
}
