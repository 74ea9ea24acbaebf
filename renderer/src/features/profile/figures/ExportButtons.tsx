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
export function ExportButtons({ filter, city }: { filter: ObservationFilterInput; city?: string | undefined }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const run = async (kind: 'csv' | 'xlsx') => {
    setBusy(kind);
    setError(null);
    const answer = await api.call('observations.export', { filter, format: kind, city });
    setBusy(null);
    if (!answer.ok) return setError(answer.error);
    saveDownload(answer.value.name, answer.value.mediaType, answer.value.base64);
    setResult(t('table.export.done', { count: answer.value.rows, formatted: format.integer(answer.value.rows), suppressed: format.integer(answer.value.suppressed), name: answer.value.name }));
  };

  return (
    <div className="export-buttons">
      <button type="button" className="button" disabled={busy !== null} onClick={() => void run('csv')}>
        <Icon name="download" />
        {busy === 'csv' ? t('table.export.working') : t('table.export.csv')}
      </button>
      <button type="button" className="button" disabled={busy !== null} onClick={() => void run('xlsx')}>
        <Icon name="download" />
        {busy === 'xlsx' ? t('table.export.working') : t('table.export.xlsx')}
      </button>
      <p className="export-buttons__result muted" role="status">
        {result}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
