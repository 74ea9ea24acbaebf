import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentView } from '../../../../shared/domain/commitment-view';
import type { UiLocale } from '../../../../shared/domain/locales';
import type { ApiError } from '../../../../shared/api/result';
import type { PaperContent } from '../../../../shared/domain/priority-paper';
import { useApi } from '../../api/api-context';
import { isDesktop } from '../../api/transport';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { useCityScope } from '../../city/city-scope';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { TextLanguageSwitch } from '../profile/narrative/TextLanguageSwitch';
import { printReport, type PrintOutcome } from '../profile/report/print-report';
import { exportWord } from './export-word';
import { PaperDocument } from './PaperDocument';
import { usePaperOutline } from './use-paper-outline';

/**
 * The stored paper as one document: read it in any of the three languages, print it (or save a
 * PDF in the desktop app, as the profile's report does), or export it to Word.
 */
export function DocumentPanel({ content, dirty, catalogue, commitments, initialLocale }: { content: PaperContent; dirty: boolean; catalogue: CatalogueView; commitments: readonly CommitmentView[]; initialLocale: UiLocale }) {
  const { t } = useTranslation();
  const api = useApi();
  const scope = useCityScope();
  const [locale, setLocale] = useState<UiLocale>(initialLocale);
  // Fixed when the tab opens: the date a document is prepared on does not tick while it is read.
  const [date] = useState(() => new Date().toISOString().slice(0, 10));
  const { outline, ready, citations } = usePaperOutline({ content, locale, catalogue, commitments, city: scope.shown.names[locale], date });
  const [busy, setBusy] = useState<'print' | 'word' | null>(null);
  const [printed, setPrinted] = useState<PrintOutcome | null>(null);
  const [wordError, setWordError] = useState<ApiError | null>(null);
  const desktop = isDesktop();

  const print = async () => {
    setBusy('print');
    setPrinted(null);
    setPrinted(await printReport(api, `focal-${scope.shown.code}-priority-paper-${locale}-${date}.pdf`));
    setBusy(null);
  };
  const word = async () => {
    setBusy('word');
    setWordError(await exportWord(api, locale));
    setBusy(null);
  };

  return (
    <div className="paper-document-panel">
      <div className="paper-controls">
        <div className="paper-controls__row">
          <TextLanguageSwitch value={locale} onChange={setLocale} label={t('paper.document.language')} />
          <button type="button" className="button button--primary" onClick={() => void print()} disabled={busy !== null || !ready} data-testid="paper-print">
            <Icon name="download" />
            {desktop ? t('paper.document.savePdf') : t('paper.document.print')}
          </button>
          <button type="button" className="button" onClick={() => void word()} disabled={busy !== null} data-testid="paper-export-word">
            <Icon name="download" />
            {busy === 'word' ? t('paper.document.exporting') : t('paper.document.exportWord')}
          </button>
        </div>
        <p className="paper-controls__hint">{t('paper.document.hint')}</p>
        {dirty ? (
          <Notice tone="warning" title={t('paper.document.unsavedTitle')}>
            <p>{t('paper.document.unsaved')}</p>
          </Notice>
        ) : null}
        {printed?.kind === 'saved' ? (
          <Notice tone="success" title={t('paper.document.saved')}>
            <p dir="auto">{printed.file}</p>
          </Notice>
        ) : null}
        {printed?.kind === 'failed' ? <ErrorNotice error={printed.error} /> : null}
        {wordError ? <ErrorNotice error={wordError} /> : null}
        {citations.error ? <ErrorNotice error={citations.error} /> : null}
      </div>
      {ready ? <PaperDocument outline={outline} /> : <Loading />}
    </div>
  );
}
