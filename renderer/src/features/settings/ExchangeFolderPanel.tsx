import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { ExchangeFolder } from '../../../../shared/bundle/exchange-folder';
import { useApi, useRead } from '../../api/api-context';
import { isDesktop } from '../../api/transport';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import './exchange-folder.css';

const refusals = ['relative', 'missing', 'not_a_folder', 'inside_data', 'holds_data', 'not_writable'] as const;

function FolderFacts({ folder }: { folder: ExchangeFolder }) {
  const { t } = useTranslation();
  const state = !folder.exists ? 'missing' : folder.writable ? 'ready' : 'readOnly';
  return (
    <>
      <dl className="facts" data-testid="exchange-folder">
        <div>
          <dt>{t('exchange.folder.path')}</dt>
          <dd>
            <code dir="ltr">{folder.path}</code>
          </dd>
        </div>
        <div>
          <dt>{t('exchange.folder.inbox')}</dt>
          <dd>
            <code dir="ltr">{folder.inbox}</code>
          </dd>
        </div>
        <div>
          <dt>{t('exchange.folder.outbox')}</dt>
          <dd>
            <code dir="ltr">{folder.outbox}</code>
          </dd>
        </div>
      </dl>
      {state === 'ready' ? <p className="muted" data-testid="exchange-folder-state">{t('exchange.folder.ready')}</p> : null}
      {state !== 'ready' ? <Notice tone="warning" title={t(state === 'missing' ? 'exchange.folder.missing' : 'exchange.folder.readOnly')} /> : null}
    </>
  );
}

/**
 * Settings for the exchange folder. The browser host has no folder chooser, so the path is typed;
 * the core checks it (a full path, an existing folder Focal may write, outside its data folder).
 */
export function ExchangeFolderPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const [setting, reload] = useRead('exchangeFolder.get', {}, 'exchangeFolder');
  const [editing, setEditing] = useState(false);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const reason = error?.issues?.find((issue) => issue.path === 'path')?.problem?.code;
  const fieldError = refusals.find((known) => known === reason);

  const folder = setting.state === 'ready' ? setting.value.folder : null;
  const desktop = isDesktop();

  const save = async () => {
    setBusy(true);
    const answer = await api.call('exchangeFolder.set', { path });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setEditing(false);
    setDone(t('exchange.folder.saved'));
    reload();
  };

  // The desktop app's native chooser; the core checks the chosen folder as it checks a typed one.
  const choose = async () => {
    setBusy(true);
    const before = folder?.path ?? null;
    const answer = await api.call('exchangeFolder.choose', {});
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    if (answer.value.folder !== null && answer.value.folder.path !== before) {
      setEditing(false);
      setDone(t('exchange.folder.saved'));
    }
    reload();
  };

  const clear = async () => {
    setBusy(true);
    const answer = await api.call('exchangeFolder.clear', {});
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setDone(t('exchange.folder.cleared'));
    reload();
  };

  const showForm = setting.state === 'ready' && (editing || folder === null);

  return (
    <section className="card exchange-folder" aria-labelledby="exchange-folder-title">
      <h2 id="exchange-folder-title">{t('exchange.folder.title')}</h2>
      <p>{t('exchange.folder.intro')}</p>
      {setting.state === 'loading' ? <Loading /> : null}
      {setting.state === 'failed' ? <ErrorNotice error={setting.error} /> : null}
      {done ? <Notice tone="success" title={done} /> : null}
      {error && !fieldError ? <ErrorNotice error={error} /> : null}
      {folder ? <FolderFacts folder={folder} /> : null}
      {setting.state === 'ready' && folder === null && !done ? <p className="muted">{t('exchange.folder.none')}</p> : null}
      {showForm ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {desktop ? (
            <div className="form__actions">
              <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
                {t('exchange.folder.choose')}
              </button>
            </div>
          ) : null}
          <Field label={t('exchange.folder.path')} hint={t(desktop ? 'exchange.folder.pathHintDesktop' : 'exchange.folder.pathHint')} error={fieldError ? t(`exchange.folder.problems.${fieldError}`) : undefined}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                dir="ltr"
                spellCheck={false}
                autoComplete="off"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={path}
                onChange={(event) => {
                  setPath(event.target.value);
                  setError(null);
                }}
              />
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={busy || path.trim() === ''}>
              {t('exchange.folder.use')}
            </button>
            {folder ? (
              <button type="button" className="button" onClick={() => setEditing(false)}>
                {t('exchange.folder.cancel')}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
      {folder && !editing ? (
        <div className="form__actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              setPath(folder.path);
              setDone(null);
              setEditing(true);
            }}
          >
            {t('exchange.folder.change')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void clear()}>
            {t('exchange.folder.clear')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
