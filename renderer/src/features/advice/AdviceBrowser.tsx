import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adviceKinds, type Advice, type AdviceKind } from '../../../../shared/domain/advice';
import { adviceStatuses, type AdviceStatus } from '../../../../shared/domain/advice-status';
import { useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { AdviceDetail } from './AdviceDetail';
import { AdviceForm } from './AdviceForm';
import { AdviceList, adviceKey } from './AdviceList';
import { DomainSelect, PeerSelect } from './AdviceSelects';
import type { AdviceRoute } from './advice-route';
import { useAdviceWords } from './use-advice-words';

interface Filters {
  status: AdviceStatus | null;
  peer: string | null;
  domain: string | null;
  kind: AdviceKind | null;
}

const none: Filters = { status: null, peer: null, domain: null, kind: null };

/**
 * Advice received (on the own city's items) or given (to peers), filtered by status, peer, domain
 * and kind, with the chosen one in full beside the list. `item` narrows it to one of the own
 * city's items (the count on an item links here).
 */
export function AdviceBrowser({ direction, item, onClearItem }: { direction: 'received' | 'given'; item: AdviceRoute['item']; onClearItem(): void }) {
  const { t } = useTranslation();
  const words = useAdviceWords();
  const [filters, setFilters] = useState<Filters>(none);
  const itemFilter = item ? { kind: item.kind, id: item.id } : null;
  const input = { direction, ...filters, item: itemFilter };
  const [list, reload] = useRead('advice.list', input, `advice-list:${JSON.stringify(input)}`);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Advice | null>(null);
  const set = (change: Partial<Filters>) => setFilters((f) => ({ ...f, ...change }));
  const any = <option value="">{t('advice.filters.any')}</option>;
  const advice = list.state === 'ready' ? list.value : [];
  const shown = advice.find((a) => adviceKey(a) === selected) ?? advice[0] ?? null;

  return (
    <div className="advice-browser">
      <form className="filters advice-filters" role="search" aria-label={t('advice.filters.label')} onSubmit={(e) => e.preventDefault()}>
        <Field label={t('advice.filters.status')}>
          {({ id }) => (
            <select id={id} value={filters.status ?? ''} onChange={(e) => set({ status: adviceStatuses.find((s) => s === e.target.value) ?? null })}>
              {any}
              {adviceStatuses.filter((s) => direction === 'given' || s !== 'draft').map((s) => (
                <option key={s} value={s}>
                  {t(`advice.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <PeerSelect label={t('advice.filters.peer')} empty={t('advice.filters.any')} value={filters.peer} onChange={(peer) => set({ peer })} />
        <DomainSelect label={t('advice.filters.domain')} empty={t('advice.filters.any')} value={filters.domain} onChange={(domain) => set({ domain })} />
        <Field label={t('advice.filters.kind')}>
          {({ id }) => (
            <select id={id} value={filters.kind ?? ''} onChange={(e) => set({ kind: adviceKinds.find((k) => k === e.target.value) ?? null })}>
              {any}
              {adviceKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`advice.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {item ? (
        <p className="advice-browser__item">
          {t('advice.filters.onItem', { item: words.itemKind(item.kind) })} <code>{item.id}</code>{' '}
          <button type="button" className="button button--quiet" onClick={onClearItem}>
            {t('advice.filters.allItems')}
          </button>
        </p>
      ) : null}
      {list.state === 'loading' ? <Loading /> : null}
      {list.state === 'failed' ? <ErrorNotice error={list.error} /> : null}
      {list.state === 'ready' && advice.length === 0 ? <p className="empty">{t(direction === 'received' ? 'advice.list.noneReceived' : 'advice.list.noneGiven')}</p> : null}
      {advice.length > 0 ? (
        <div className="advice-browser__panes">
          <AdviceList list={advice} selected={shown ? adviceKey(shown) : null} onSelect={(a) => {
              setEditing(null);
              setSelected(adviceKey(a));
            }} />
          {editing ? (
            <AdviceForm
              key={adviceKey(editing)}
              item={{ city: editing.toCity, kind: editing.item.kind, id: editing.item.id }}
              draft={editing}
              request={editing.request}
              onSaved={(saved) => {
                setEditing(null);
                setSelected(adviceKey(saved));
                reload();
              }}
              onCancel={() => setEditing(null)}
            />
          ) : shown ? (
            <AdviceDetail
              key={adviceKey(shown)}
              advice={shown}
              onChanged={(changed) => {
                setSelected(adviceKey(changed));
                reload();
              }}
              onEdit={setEditing}
              onRemoved={() => {
                setSelected(null);
                reload();
              }}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
