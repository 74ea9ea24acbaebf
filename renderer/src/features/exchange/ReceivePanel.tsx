import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleImportResult } from '../../../../shared/bundle/bundle-import';
import { awaitBundleImport } from '../../../../shared/bundle/await-bundle-import';
import type { ApiError } from '../../../../shared/api/result';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { FingerprintGroups } from '../../components/KeyFingerprint';
import { Notice } from '../../components/Notice';
import { asUiLocale } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { rejectionWords } from './file-words';
import { ImportPreviewTable } from './ImportPreviewTable';
import { InboxList } from './InboxList';
import { uploadBundle } from './upload-bundle';

/** How often a running import is asked how far it is. */
const pause = () => new Promise<void>((done) => setTimeout(done, 150));

/** Where opening a received bundle stands. */
type Step =
  | { kind: 'idle' }
  | { kind: 'uploading'; sent: number; size: number }
  | { kind: 'checking' }
  | { kind: 'trust'; file: string; result: BundleImportResult }
  | { kind: 'preview'; file: string; result: BundleImportResult; trustKey: boolean }
  | { kind: 'importing'; records: number }
  | { kind: 'done'; result: BundleImportResult }
  | { kind: 'refused'; result: BundleImportResult }
  | { kind: 'declined' };

/**
 * Opening a bundle: the file is sent to the core, which checks it (dry run) before anything is
 * written. A first bundle from a city stops at its key's fingerprint, to compare by phone; then the
 * preview per table; only "Import" writes, after a backup, into the sender's own space.
 */
export function ReceivePanel({
  onImported,
  openFile = null,
  onOpened = () => undefined,
}: {
  onImported(): void;
  /** A file the host opened (a double-click on a .focal file), by its id: checked like a chosen one. */
  openFile?: string | null;
  onOpened?(): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const api = useApi();
  const format = useFormat();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<ApiError | null>(null);

  const cityName = (result: BundleImportResult) => result.sender?.names[locale] ?? result.sender?.city ?? t('exchange.received.unknownSender');

  const check = async (file: string, trustKey: boolean) => {
    setStep({ kind: 'checking' });
    const answer = await awaitBundleImport(api, { file, dryRun: true, trustKey }, pause);
    if (!answer.ok) {
      setError(answer.error);
      return setStep({ kind: 'idle' });
    }
    const result = answer.value;
    if (result.status === 'rejected' && result.code === 'untrusted_key' && !trustKey) return setStep({ kind: 'trust', file, result });
    if (result.status === 'rejected') return setStep({ kind: 'refused', result });
    if (result.status === 'duplicate') return setStep({ kind: 'done', result });
    setStep({ kind: 'preview', file, result, trustKey });
  };

  // Each opened file is checked once, however often the page draws; then the address forgets it.
  const opened = useRef<string | null>(null);
  const latest = useRef({ check, onOpened });
  latest.current = { check, onOpened };
  useEffect(() => {
    if (openFile === null || opened.current === openFile) return;
    opened.current = openFile;
    setError(null);
    void latest.current.check(openFile, false);
    latest.current.onOpened();
  }, [openFile]);

  const choose = async (chosen: File) => {
    setError(null);
    setStep({ kind: 'uploading', sent: 0, size: chosen.size });
    const uploaded = await uploadBundle(api, chosen, (sent) => setStep({ kind: 'uploading', sent, size: chosen.size }));
    if (input.current) input.current.value = '';
    if (!uploaded.ok) {
      setError(uploaded.error);
      return setStep({ kind: 'idle' });
    }
    await check(uploaded.file, false);
  };

  const apply = async (file: string, trustKey: boolean) => {
    setStep({ kind: 'importing', records: 0 });
    const answer = await awaitBundleImport(api, { file, dryRun: false, trustKey }, pause, (progress) => setStep({ kind: 'importing', records: progress.records }));
    if (!answer.ok) {
      setError(answer.error);
      return setStep({ kind: 'idle' });
    }
    const result = answer.value;
    setStep(result.status === 'rejected' ? { kind: 'refused', result } : { kind: 'done', result });
    if (result.status === 'imported') onImported();
  };

  return (
    <section className="card exchange-receive" aria-labelledby="exchange-receive-title">
      <h2 id="exchange-receive-title">{t('exchange.receive.title')}</h2>
      <p className="muted">{t('exchange.receive.help')}</p>
      <div className="exchange-actions">
        <label className="button button--primary exchange-file">
          <Icon name="upload" />
          {t('exchange.receive.choose')}
          <input
            ref={input}
            type="file"
            accept=".focal"
            className="visually-hidden"
            data-testid="bundle-file"
            disabled={step.kind === 'uploading' || step.kind === 'checking' || step.kind === 'importing'}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) void choose(chosen);
            }}
          />
        </label>
      </div>
      <InboxList
        onOpen={(file) => {
          setError(null);
          void check(file.id, false);
        }}
      />
      {error ? <ErrorNotice error={error} /> : null}
      <div aria-live="polite">
        {step.kind === 'uploading' ? (
          <p className="exchange-progress">
            <progress max={step.size} value={step.sent} />
            {t('exchange.receive.uploading', { percent: format.percent(step.size === 0 ? 100 : (step.sent / step.size) * 100) })}
          </p>
        ) : null}
        {step.kind === 'checking' ? <p className="muted">{t('exchange.receive.checking')}</p> : null}
        {step.kind === 'importing' ? (
          <p className="muted" data-testid="import-progress">
            {step.records > 0 ? t('exchange.receive.importingCount', { formatted: format.integer(step.records) }) : t('exchange.receive.importing')}
          </p>
        ) : null}
      </div>
      {step.kind === 'trust' && step.result.sender ? (
        <div className="exchange-trust" data-testid="trust-question">
          <h3>{t('exchange.receive.trustTitle', { city: cityName(step.result) })}</h3>
          <p>{t('exchange.receive.trustHelp', { city: cityName(step.result) })}</p>
          <figure className="fingerprint">
            <FingerprintGroups fingerprint={step.result.sender.fingerprint} testId="sender-fingerprint" />
          </figure>
          <div className="exchange-actions">
            <button type="button" className="button button--primary" onClick={() => void check(step.file, true)}>
              <Icon name="check" />
              {t('exchange.receive.trustConfirm', { city: cityName(step.result) })}
            </button>
            <button type="button" className="button" onClick={() => setStep({ kind: 'declined' })}>
              {t('exchange.receive.trustCancel')}
            </button>
          </div>
        </div>
      ) : null}
      {step.kind === 'declined' ? <Notice tone="info" title={t('exchange.receive.trustRefused')} /> : null}
      {step.kind === 'preview' ? (
        <div className="exchange-preview" data-testid="receive-preview">
          <h3>{t('exchange.receive.previewTitle')}</h3>
          <p className="muted">
            {t('exchange.receive.previewHelp', {
              sequence: format.integer(step.result.sequence ?? 0),
              city: cityName(step.result),
              date: step.result.createdAt ? format.date(step.result.createdAt) : '',
            })}
          </p>
          <ImportPreviewTable result={step.result} />
          {step.result.suppressed > 0 ? <p className="muted">{t('exchange.receive.suppressed', { formatted: format.integer(step.result.suppressed) })}</p> : null}
          <div className="exchange-actions">
            <button type="button" className="button button--primary" onClick={() => void apply(step.file, step.trustKey)}>
              <Icon name="download" />
              {t('exchange.receive.import', { city: cityName(step.result) })}
            </button>
            <button type="button" className="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('exchange.receive.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {step.kind === 'done' ? (
        <Notice
          tone="success"
          title={
            step.result.status === 'duplicate'
              ? t('exchange.receive.duplicate', { city: cityName(step.result) })
              : t('exchange.receive.imported', { sequence: format.integer(step.result.sequence ?? 0), city: cityName(step.result) })
          }
        />
      ) : null}
      {step.kind === 'refused' ? (
        <Notice tone="error" title={t('exchange.receive.rejectedTitle')}>
          <p data-testid="refusal">{rejectionWords(t, step.result.code ?? 'invalid_record')}</p>
          <p>{t('exchange.receive.nothingChanged')}</p>
        </Notice>
      ) : null}
    </section>
  );
}
