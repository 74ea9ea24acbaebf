import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../shared/api/result';
import type { ObservationFilterInput } from '../../../../../shared/domain/observation-filter';
import { useApi } from '../../../api/api-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { useFormat } from '../../../i18n/use-format';
import { saveDownload } from './save-download';

/**
 * Exports exactly the rows the table shows, to CSV or XLSX. The core writes the file (small counts
 * of people suppressed, formulas neutralised); the interface hands it to the browser's or the
 * desktop app's download, which asks where to save it.
 */
/** How often a running export is asked how far it is. */
const pollEvery = 250;

export function ExportButtons({ filter, city }: { filter: ObservationFilterInput; city?: string | undefined }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const [progress, setProgress] = useState<number | null>(null);

  // The core prepares the file on its own thread; the table stays usable while it asks how far it is.
  const run = async (kind: 'csv' | 'xlsx') => {
    setBusy(kind);
    setError(null);
    setResult(null);
    setProgress(null);
    try {
      let job = await api.call('exports.start', { filter, format: kind, city });
      while (job.ok && job.value.state === 'running') {
        setProgress(job.value.rows);
        await new Promise((resolve) => setTimeout(resolve, pollEvery));
        job = await api.call('exports.job', { job: job.value.job });
      }
      if (!job.ok) return setError(job.error);
      if (job.value.state === 'failed' || !job.value.result) return setError({ code: 'internal', message: job.value.error ?? '' });
      const done = job.value.result;
      const file = await api.call('exports.take', { job: job.value.job });
      if (!file.ok) return setError(file.error);
      saveDownload(file.value.name, file.value.mediaType, file.value.base64);
      setResult(t('table.export.done', { count: done.rows, formatted: format.integer(done.rows), suppressed: format.integer(done.suppressed), name: done.name }));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const workingText = progress ? t('table.export.progress', { formatted: format.integer(progress) }) : t('table.export.working');

  return (
    <div className="export-buttons">
      {/* Short visible words keep the toolbar on one line on a laptop screen; each button's name says it all. */}
      <span className="export-buttons__label muted" aria-hidden="true">
        {t('table.export.label')}
      </span>
      <button type="button" className="button" disabled={busy !== null} onClick={() => void run('csv')} aria-label={busy === 'csv' ? workingText : t('table.export.csv')}>
        <Icon name="download" />
        {busy === 'csv' ? workingText : t('table.export.csvShort')}
      </button>
      <button type="button" className="button" disabled={busy !== null} onClick={() => void run('xlsx')} aria-label={busy === 'xlsx' ? workingText : t('table.export.xlsx')}>
        <Icon name="download" />
        {busy === 'xlsx' ? workingText : t('table.export.xlsxShort')}
      </button>
      <p className="export-buttons__result muted" role="status">
        {result}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
