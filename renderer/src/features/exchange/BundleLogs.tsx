import { useTranslation } from 'react-i18next';
import type { ReceivedBundle, SentBundle } from '../../../../shared/bundle/bundle-log';
import type { Loadable } from '../../api/api-context';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { saveDownload } from '../profile/figures/save-download';
import { rejectionWords } from './file-words';

/** The bundles this city made, newest first, each one to save again. */
export function SentList({ sent, peerName }: { sent: Loadable<SentBundle[]>; peerName(code: string): string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const api = useApi();
  if (sent.state === 'loading') return <Loading />;
  if (sent.state === 'failed') return <ErrorNotice error={sent.error} />;
  const save = async (bundle: SentBundle) => {
    const file = await api.call('bundles.take', { bundleId: bundle.bundleId });
    if (file.ok) saveDownload(file.value.name, file.value.mediaType, file.value.base64);
  };
  return (
    <section className="card" aria-labelledby="exchange-sent-title">
      <h2 id="exchange-sent-title">{t('exchange.sent.title')}</h2>
      {sent.value.length === 0 ? (
        <p className="muted">{t('exchange.sent.none')}</p>
      ) : (
        <div className="exchange-scroll">
          <table className="table" data-testid="sent-bundles">
            <thead>
              <tr>
                <th scope="col">{t('exchange.sent.sequence')}</th>
                <th scope="col">{t('exchange.sent.date')}</th>
                <th scope="col">{t('exchange.sent.recipients')}</th>
                <th scope="col">{t('exchange.sent.content')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('exchange.sent.download')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sent.value.map((bundle) => (
                <tr key={bundle.bundleId}>
                  <td>{format.integer(bundle.sequence)}</td>
                  <td>{format.dateTime(bundle.createdAt)}</td>
                  <td>{bundle.recipients === 'network' ? t('exchange.send.network') : peerName(bundle.recipients)}</td>
                  <td>
                    {bundle.counts === null
                      ? t('exchange.sent.interrupted')
                      : `${format.integer(Object.values(bundle.counts.files).reduce((a, b) => a + b, 0))} · ${
                          bundle.since === null ? t('exchange.sent.full') : t('exchange.sent.changesSince', { sequence: format.integer(bundle.since) })
                        }`}
                  </td>
                  <td>
                    {bundle.complete ? (
                      <button type="button" className="button button--quiet" aria-label={`${t('exchange.sent.download')} (${t('exchange.sent.sequence')} ${format.integer(bundle.sequence)})`} onClick={() => void save(bundle)}>
                        <Icon name="download" />
                        {t('exchange.sent.download')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Every bundle offered for import, what became of it and why. */
export function ReceivedList({ received, peerName }: { received: Loadable<ReceivedBundle[]>; peerName(code: string): string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (received.state === 'loading') return <Loading />;
  if (received.state === 'failed') return <ErrorNotice error={received.error} />;
  return (
    <section className="card" aria-labelledby="exchange-received-title">
      <h2 id="exchange-received-title">{t('exchange.received.title')}</h2>
      {received.value.length === 0 ? (
        <p className="muted">{t('exchange.received.none')}</p>
      ) : (
        <div className="exchange-scroll">
          <table className="table" data-testid="received-bundles">
            <thead>
              <tr>
                <th scope="col">{t('exchange.received.date')}</th>
                <th scope="col">{t('exchange.received.sender')}</th>
                <th scope="col">{t('exchange.received.sequence')}</th>
                <th scope="col">{t('exchange.received.result')}</th>
              </tr>
            </thead>
            <tbody>
              {received.value.map((bundle, index) => (
                <tr key={`${bundle.receivedAt}-${index}`}>
                  <td>{format.dateTime(bundle.receivedAt)}</td>
                  <td>{bundle.sender === null ? t('exchange.received.unknownSender') : peerName(bundle.sender)}</td>
                  <td>{bundle.sequence === null ? '' : format.integer(bundle.sequence)}</td>
                  <td>
                    <span className={`badge exchange-result exchange-result--${bundle.result}`}>{t(`exchange.received.results.${bundle.result}`)}</span>
                    {bundle.code ? <span className="exchange-reason"> {rejectionWords(t, bundle.code)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
