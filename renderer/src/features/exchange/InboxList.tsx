import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { InboxFile } from '../../../../shared/bundle/exchange-folder';
import { useApi, useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFormat } from '../../i18n/use-format';

/** The table of waiting bundles; opening one hands its file id to the receive flow (check, fingerprint, preview). */
function InboxTable({ files, busy, onOpen }: { files: readonly InboxFile[]; busy: boolean; onOpen(file: InboxFile): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <table className="table table--compact" data-testid="inbox-list">
      <thead>
        <tr>
          <th scope="col">{t('exchange.inbox.name')}</th>
          <th scope="col">{t('exchange.inbox.modified')}</th>
          <th scope="col">{t('exchange.inbox.size')}</th>
          <th scope="col">{t('exchange.inbox.state')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('exchange.inbox.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.name}>
            <td>
              <code dir="ltr">{file.name}</code>
            </td>
            <td>{format.dateTime(file.modifiedAt)}</td>
            <td>{format.kilobytes(file.size)}</td>
            <td>{file.received ? t('exchange.inbox.received') : t('exchange.inbox.waiting')}</td>
            <td>
              <button type="button" className="button" disabled={busy} aria-label={t('exchange.inbox.openLabel', { name: file.name })} onClick={() => onOpen(file)}>
                {t('exchange.inbox.open')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Bundles the sync tool delivered to the exchange folder's inbox/. Shown only when a folder is set.
 * Listing imports nothing; "Open" names the file to the core and hands its id on, to the same
 * checks and preview as a chosen file.
 */
export function InboxList({ onOpen }: { onOpen(file: { id: string; name: string }): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const api = useApi();
  const [setting] = useRead('exchangeFolder.get', {}, 'exchangeFolder');
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const folder = setting.state === 'ready' ? setting.value.folder : null;
  if (folder === null) return null;

  const open = async (file: InboxFile) => {
    setBusy(true);
    const answer = await api.call('exchangeFolder.open', { name: file.name });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    onOpen({ id: answer.value.file, name: answer.value.name });
  };

  return (
    <section className="exchange-inbox" aria-labelledby="exchange-inbox-title">
      <h3 id="exchange-inbox-title">{t('exchange.inbox.title')}</h3>
      <p className="muted">
        {t('exchange.inbox.help')} <code dir="ltr" className="exchange-path">{folder.inbox}</code>
      </p>
      {error ? <ErrorNotice error={error} /> : null}
      <InboxFiles key={generation} busy={busy} onOpen={(file) => void open(file)} format={format} />
      <div className="exchange-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setError(null);
            setGeneration((n) => n + 1);
          }}
        >
          {t('exchange.inbox.refresh')}
        </button>
      </div>
    </section>
  );
}

/** Reads the inbox once per mount; "Refresh" mounts it again. */
function InboxFiles({ busy, onOpen, format }: { busy: boolean; onOpen(file: InboxFile): void; format: ReturnType<typeof useFormat> }) {
  const { t } = useTranslation();
  const [listing] = useRead('exchangeFolder.inbox', {}, 'exchangeFolder.inbox');
  if (listing.state === 'loading') return <p className="muted">{t('exchange.inbox.reading')}</p>;
  if (listing.state === 'failed') return <ErrorNotice error={listing.error} />;
  if (listing.value.files.length === 0) return <p className="muted" data-testid="inbox-empty">{t('exchange.inbox.empty')}</p>;
  return (
    <>
      <InboxTable files={listing.value.files} busy={busy} onOpen={onOpen} />
      {listing.value.more > 0 ? <p className="muted">{t('exchange.inbox.more', { count: listing.value.more, formatted: format.integer(listing.value.more) })}</p> : null}
    </>
  );
}
