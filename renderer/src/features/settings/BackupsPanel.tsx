import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { BackupInfo } from '../../../../shared/domain/store-status';
import { useApi, useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/use-format';

/** The rotating backups: take one now, or put one back (the current state is backed up first). */
export function BackupsPanel({ onRestored }: { onRestored(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const api = useApi();
  const [backups, reload] = useRead('backups.list', {}, 'backups');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const backUpNow = async () => {
    setBusy(true);
    const answer = await api.call('backups.create', {});
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setDone(t('backups.taken'));
    reload();
  };

  const restore = async (backup: BackupInfo) => {
    if (!window.confirm(t('backups.confirmRestore', { date: format.dateTime(backup.takenAt) }))) return;
    setBusy(true);
    const answer = await api.call('backups.restore', { file: backup.file });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    onRestored();
  };

  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p>{t('backups.intro')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {done ? <Notice tone="success" title={done} /> : null}
      <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>
        {t('backups.now')}
      </button>
      {backups.state === 'loading' ? <Loading /> : null}
      {backups.state === 'failed' ? <ErrorNotice error={backups.error} /> : null}
      {backups.state === 'ready' && backups.value.length === 0 ? <p className="muted">{t('backups.none')}</p> : null}
      {backups.state === 'ready' && backups.value.length > 0 ? (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('backups.when')}</th>
              <th scope="col">{t('backups.why')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('backups.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.value.map((backup) => (
              <tr key={backup.file}>
                <td>{format.dateTime(backup.takenAt)}</td>
                <td>{t(`backups.reasons.${backup.reason}`)}</td>
                <td>{format.kilobytes(backup.bytes)}</td>
                <td>
                  <button type="button" className="button button--quiet" disabled={busy} onClick={() => void restore(backup)}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
