import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../../../shared/domain/observation-import';
import { useFormat } from '../../../i18n/use-format';

/** How far a running import has got, and the way to stop it (nothing is written when cancelled). */
export function ImportProgress({ job, onCancel }: { job: ImportJob; onCancel(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { done, total, rows, phase } = job.progress;
  const share = total > 0 ? Math.min(1, done / total) : 0;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <progress max={1} value={phase === 'reading' ? share : undefined} aria-label={t(`import.phase.${phase}`)} data-testid="import-progress" />
      <p>
        {t(`import.phase.${phase}`)} — {t('import.rowsRead', { count: rows, formatted: format.integer(rows) })}
        {phase === 'reading' && total > 0 ? ` (${format.percent(share * 100)})` : ''}
      </p>
      <button type="button" className="button" onClick={onCancel}>
        {t('import.cancel')}
      </button>
    </div>
  );
}
