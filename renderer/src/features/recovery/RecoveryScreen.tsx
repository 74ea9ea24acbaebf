import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/api/contract';
import type { ApiError, Result } from '../../../../shared/api/result';
import type { Recovery } from '../../../../shared/domain/store-status';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useFormat } from '../../i18n/use-format';
import { Brand } from '../../components/Brand';

/** Shown instead of the app when the data file failed its check at start and was set aside. */
export function RecoveryScreen({ recovery, onResolved }: { recovery: Recovery; onResolved(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const backup = recovery.latestBackup;

  const run = async (action: () => Promise<Result<AppStatus>>) => {
    setBusy(true);
    const answer = await action();
    setBusy(false);
    if (answer.ok) onResolved();
    else setError(answer.error);
  };

  return (
    <div className="first-run">
      <header className="first-run__top">
        <Brand />
        <LanguageSwitch />
      </header>
      <main className="first-run__main" id="main">
        <section className="card" aria-labelledby="recovery-title">
          <h1 id="recovery-title">{t('recovery.title')}</h1>
          <p className="lead">{t('recovery.intro')}</p>
          <p>
            {t('recovery.setAside')} <code dir="ltr">{recovery.setAsideAs}</code>
          </p>
          {error ? <ErrorNotice error={error} /> : null}
          {backup ? (
            <>
              <p>{t('recovery.backupFound', { date: format.dateTime(backup.takenAt) })}</p>
              <div className="form__actions">
                <button type="button" className="button button--primary" disabled={busy} onClick={() => void run(() => api.call('backups.restore', { file: backup.file }))}>
                  {t('recovery.restore')}
                </button>
                <button type="button" className="button" disabled={busy} onClick={() => void run(() => api.call('recovery.dismiss', {}))}>
                  {t('recovery.startEmpty')}
                </button>
              </div>
            </>
          ) : (
            <>
              <p>{t('recovery.noBackup')}</p>
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void run(() => api.call('recovery.dismiss', {}))}>
                {t('recovery.startEmpty')}
              </button>
            </>
          )}
        </section>
      </main>
    </div>
  );
}
