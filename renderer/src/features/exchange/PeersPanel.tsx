import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerHoldings } from '../../../../shared/domain/city-comparison';
import type { ApiError } from '../../../../shared/api/result';
import { useApi, type Loadable } from '../../api/api-context';
import { ConfirmDialog, type ConfirmChoice } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { FingerprintGroups } from '../../components/KeyFingerprint';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { asUiLocale } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';

/** Each peer city: what Focal holds of it, the key trusted for it, its latest bundle; removable after a backup. */
export function PeersPanel({ peers, onChanged }: { peers: Loadable<PeerHoldings[]>; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const format = useFormat();
  const api = useApi();
  const [removing, setRemoving] = useState<PeerHoldings | null>(null);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  // Keeping is the suggested answer: removing is undone only from the backup.
  const keep: ConfirmChoice = { label: t('exchange.cities.removeKeep'), tone: 'primary', onChoose: () => setRemoving(null) };
  if (peers.state === 'loading') return <Loading />;
  if (peers.state === 'failed') return <ErrorNotice error={peers.error} />;

  const remove = async (peer: PeerHoldings) => {
    setBusy(true);
    const answer = await api.call('peers.remove', { city: peer.city });
    setBusy(false);
    setRemoving(null);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setRemoved(peer.names[locale]);
    onChanged();
  };

  return (
    <section className="card" aria-labelledby="exchange-cities-title">
      <h2 id="exchange-cities-title">{t('exchange.cities.title')}</h2>
      <p className="muted">{t('exchange.cities.help')}</p>
      {removed ? <Notice tone="success" title={t('exchange.cities.removed', { city: removed })} /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {peers.value.length === 0 ? (
        <p className="muted">{t('exchange.cities.none')}</p>
      ) : (
        <ul className="exchange-peers" data-testid="peer-cities">
          {peers.value.map((peer) => (
            <li key={peer.city} className="exchange-peer">
              <div className="exchange-peer__head">
                <h3 className="exchange-peer__name">
                  {peer.names[locale]} <span className="muted" dir="ltr">({peer.city})</span>
                </h3>
                <button type="button" className="button button--quiet" aria-label={`${t('exchange.cities.remove')} — ${peer.names[locale]}`} onClick={() => setRemoving(peer)}>
                  <Icon name="trash" />
                  {t('exchange.cities.remove')}
                </button>
              </div>
              <dl className="exchange-peer__facts">
                <dt>{t('exchange.cities.holds')}</dt>
                <dd>
                  {Object.entries(peer.records)
                    .filter(([, n]) => n > 0)
                    .map(([kind, n]) => t(`exchange.cities.records.${kind}`, { formatted: format.integer(n) }))
                    .join(' · ')}
                </dd>
                <dt>{t('exchange.cities.last')}</dt>
                <dd>{peer.lastSequence === null || peer.lastReceivedAt === null ? '—' : t('exchange.cities.lastValue', { sequence: format.integer(peer.lastSequence), date: format.date(peer.lastReceivedAt) })}</dd>
                <dt>{t('exchange.cities.key')}</dt>
                <dd>{peer.fingerprint === null ? t('exchange.cities.noKey') : <FingerprintGroups fingerprint={peer.fingerprint} compact />}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {removing ? (
        <ConfirmDialog
          title={t('exchange.cities.removeTitle', { city: removing.names[locale] })}
          message={t('exchange.cities.removeMessage', { city: removing.names[locale] })}
          busy={busy}
          choices={[keep, { label: t('exchange.cities.removeConfirm', { city: removing.names[locale] }), tone: 'plain', onChoose: () => void remove(removing) }]}
          safe={keep}
        />
      ) : null}
    </section>
  );
}
