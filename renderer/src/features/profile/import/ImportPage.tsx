import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../shared/api/result';
import { importFields, type ImportMapping, type ImportPreview } from '../../../../../shared/domain/observation-import';
import { useApi } from '../../../api/api-context';
import { useCatalogue } from '../../../catalogue/catalogue-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { inUserLanguage } from '../../../i18n/core-words';
import { asUiLocale } from '../../../i18n/i18n';
import { useFormat } from '../../../i18n/use-format';
import { ImportProgress } from './ImportProgress';
import { ImportSummaryView } from './ImportSummaryView';
import { MappingStep } from './MappingStep';
import { uploadFile } from './upload-file';
import { useImportJob } from './use-import-job';
import './import.css';

type Step = 'choose' | 'map' | 'check' | 'apply';

/**
 * Bringing a spreadsheet into the profile, one step at a time: choose the file, confirm how its
 * columns map, read the dry run (what would be created, updated, left alone, and every problem),
 * then apply it all at once — or nothing. Long files show progress and can be cancelled.
 */
export function ImportPage({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const api = useApi();
  const format = useFormat();
  const catalogue = useCatalogue();
  const [step, setStep] = useState<Step>('choose');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [uploading, setUploading] = useState<{ sent: number; size: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const cancelUpload = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const job = useImportJob();
  const fileId = preview?.file ?? null;

  // An uploaded copy is a working file: let the core remove it when the user leaves.
  useEffect(() => {
    if (!fileId) return;
    return () => void api.call('imports.discard', { file: fileId });
  }, [api, fileId]);

  const choose = async (file: File) => {
    setError(null);
    cancelUpload.current = false;
    setUploading({ sent: 0, size: file.size });
    const result = await uploadFile(api, file, (sent) => setUploading({ sent, size: file.size }), () => cancelUpload.current);
    setUploading(null);
    if (!result.ok) return setError(result.error);
    setPreview(result.preview);
    setMapping(result.preview.mapping);
    setStep('map');
  };

  const changeSheet = async (sheet: string) => {
    if (!preview) return;
    const answer = await api.call('imports.preview', { file: preview.file, sheet });
    if (!answer.ok) return setError(answer.error);
    setPreview(answer.value);
    setMapping(answer.value.mapping);
  };

  const run = (dryRun: boolean) => {
    if (!preview || !mapping) return;
    setStep(dryRun ? 'check' : 'apply');
    void job.start(preview.file, mapping, dryRun);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) void choose(file);
  };

  const steps: Step[] = ['choose', 'map', 'check', 'apply'];
  const current = job.job;
  const summary = current?.summary ?? null;
  // Once the figures are written the import is over: the heading and the steps say so, not "Importing".
  const finished = step === 'apply' && current?.state === 'done' && summary?.applied === true;
  const runTitle = step === 'check' ? 'import.check.title' : finished ? 'import.apply.finishedTitle' : current?.state === 'running' ? 'import.apply.title' : 'import.apply.notFinishedTitle';

  return (
    <>
      <PageHeader
        title={t('import.title')}
        intro={t('import.intro')}
        actions={
          <button type="button" className="button" onClick={onClose}>
            <Icon name="back" />
            {t('import.backToFigures')}
          </button>
        }
      />
      <ol className="import-steps" aria-label={t('import.stepsLabel')}>
        {steps.map((s, index) => (
          <li key={s} aria-current={s === step && !finished ? 'step' : undefined} className={steps.indexOf(step) > index || finished ? 'import-steps__done' : undefined}>
            <span className="import-steps__number">{format.integer(index + 1)}</span>
            {t(`import.steps.${s}`)}
          </li>
        ))}
      </ol>
      {error ? <ErrorNotice error={error} /> : null}
      {job.error ? <ErrorNotice error={job.error} /> : null}

      {step === 'choose' ? (
        <section className="card import-choose" aria-labelledby="import-choose-title">
          <h2 id="import-choose-title">{t('import.choose.title')}</h2>
          <div className="import-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop} data-testid="import-drop">
            <Icon name="upload" />
            <p>{t('import.choose.drop')}</p>
            <label className="button button--primary">
              {t('import.choose.button')}
              <input
                ref={fileInput}
                className="visually-hidden"
                type="file"
                accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void choose(file);
                }}
                data-testid="import-file"
              />
            </label>
          </div>
          {uploading ? (
            <div className="import-progress">
              <progress max={uploading.size || 1} value={uploading.sent} aria-label={t('import.choose.uploading')} />
              <p>{t('import.choose.uploadingOf', { sent: format.kilobytes(uploading.sent), size: format.kilobytes(uploading.size) })}</p>
              <button type="button" className="button" onClick={() => (cancelUpload.current = true)}>
                {t('import.cancel')}
              </button>
            </div>
          ) : null}
          <h3>{t('import.choose.formatTitle')}</h3>
          <p>{t('import.choose.formatIntro')}</p>
          {/* The columns by their names in the reader's language: Focal recognises a column titled in English, French or Arabic. */}
          <p data-testid="import-format-columns">{format.list(importFields.map((field) => t(`import.fields.${field}`)))}</p>
          <ul className="import-choose__points">
            <li>{t('import.choose.pointLabels')}</li>
            <li>{t('import.choose.pointWide')}</li>
            <li>{t('import.choose.pointNumbers')}</li>
            <li>{t('import.choose.pointSafe')}</li>
          </ul>
        </section>
      ) : null}

      {step === 'map' && preview && mapping ? (
        catalogue.state === 'ready' ? (
          <section className="card" aria-labelledby="import-map-title">
            <h2 id="import-map-title">{t('import.mapping.title')}</h2>
            <MappingStep preview={preview} mapping={mapping} catalogue={catalogue.value} onChange={setMapping} onSheet={(sheet) => void changeSheet(sheet)} />
            <div className="form__actions">
              <button type="button" className="button button--primary" onClick={() => run(true)}>
                {t('import.mapping.check')}
              </button>
              <button type="button" className="button" onClick={() => setStep('choose')}>
                {t('import.chooseAnother')}
              </button>
            </div>
          </section>
        ) : (
          <Loading />
        )
      ) : null}

      {(step === 'check' || step === 'apply') && !current && job.error ? (
        <div className="form__actions">
          <button type="button" className="button" onClick={() => setStep('map')}>
            {t('import.changeMapping')}
          </button>
        </div>
      ) : null}

      {(step === 'check' || step === 'apply') && current ? (
        <section className="card" aria-labelledby="import-run-title" aria-busy={current.state === 'running'}>
          <h2 id="import-run-title">{t(runTitle)}</h2>
          {current.state === 'running' ? <ImportProgress job={current} onCancel={() => void job.cancel()} /> : null}
          {current.state === 'cancelled' ? <Notice tone="info">{t('import.cancelled')}</Notice> : null}
          {current.state === 'failed' ? (
            <Notice tone="error" title={t('import.failed')}>
              <p>{inUserLanguage(locale, current.error ?? '', () => t('import.failedDetail'))}</p>
            </Notice>
          ) : null}
          {current.state === 'done' && summary && catalogue.state === 'ready' ? (
            <>
              {step === 'check' ? (
                summary.errorCount > 0 ? (
                  <Notice tone="error" title={t('import.check.hasErrors', { count: summary.errorCount, formatted: format.integer(summary.errorCount) })}>
                    <p>{t('import.check.fixThem')}</p>
                  </Notice>
                ) : (
                  <Notice tone="success" title={t('import.check.ready')}>
                    <p>{t('import.check.readyDetail', { count: summary.rows, formatted: format.integer(summary.rows) })}</p>
                  </Notice>
                )
              ) : summary.applied ? (
                <Notice tone="success" title={t('import.apply.done')}>
                  <p>{t('import.apply.doneDetail', { created: format.integer(summary.created), updated: format.integer(summary.updated) })}</p>
                </Notice>
              ) : (
                // The store changed between the check and the import (another window, the CLI): nothing was written.
                <Notice tone="error" title={t('import.apply.notApplied')}>
                  <p>{t('import.check.fixThem')}</p>
                </Notice>
              )}
              <ImportSummaryView summary={summary} catalogue={catalogue.value} finished={finished} />
            </>
          ) : null}
          <div className="form__actions">
            {step === 'check' && current.state === 'done' && summary && summary.errorCount === 0 ? (
              <button type="button" className="button button--primary" onClick={() => run(false)}>
                {t('import.check.apply', { count: summary.created + summary.updated, formatted: format.integer(summary.created + summary.updated) })}
              </button>
            ) : null}
            {current.state !== 'running' && !(step === 'apply' && current.state === 'done' && summary?.applied) ? (
              <button type="button" className="button" onClick={() => setStep('map')}>
                {t('import.changeMapping')}
              </button>
            ) : null}
            {current.state !== 'running' && step === 'apply' && current.state === 'done' && summary?.applied ? (
              <button type="button" className="button button--primary" onClick={onClose}>
                {t('import.apply.seeFigures')}
              </button>
            ) : null}
            {current.state !== 'running' ? (
              <button type="button" className="button" onClick={() => setStep('choose')}>
                {t('import.chooseAnother')}
              </button>
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}
