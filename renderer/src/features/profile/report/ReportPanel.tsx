import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NarrativeLocale } from '../../../../../shared/domain/narrative';
import { parseMarkdown } from '../../../../../shared/narrative';
import { useApi, useRead } from '../../../api/api-context';
import { isDesktop } from '../../../api/transport';
import { useCatalogue } from '../../../catalogue/catalogue-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { asUiLocale } from '../../../i18n/i18n';
import { TextLanguageSwitch } from '../narrative/TextLanguageSwitch';
import { citationKeys, useCitations } from '../narrative/use-citations';
import { brokenCitations } from './broken-citations';
import { printReport, type PrintOutcome } from './print-report';
import { reportCharts } from './report-chart-points';
import { useKeySeries } from './use-key-series';
import { ReportDocument, type ReportSection } from './ReportDocument';
import '../narrative/narrative.css';
import './report.css';
import { scopedKey, useCityScope } from '../../../city/city-scope';

/** The printable profile: choose its language, look it over, then save it as a PDF or print it. */
export function ReportPanel() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const catalogue = useCatalogue();
  const [locale, setLocale] = useState<NarrativeLocale>(asUiLocale(i18n.language) ?? 'en');
  const [status] = useRead('app.status', {}, 'report-status');
  const scope = useCityScope();
  const [texts] = useRead('narrative.list', { city: scope.city }, scopedKey(scope, 'report-texts'));
  const [figures] = useRead('profile.keyFigures', { city: scope.city }, scopedKey(scope, 'report-figures'));
  const [outcome, setOutcome] = useState<PrintOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const reportT = useMemo(() => i18n.getFixedT(locale), [i18n, locale]);
  // Fixed when the tab opens: the date a report is prepared on does not tick while it is read.
  const [date] = useState(() => new Date());

  const sections = useMemo((): ReportSection[] => {
    if (catalogue.state !== 'ready' || texts.state !== 'ready') return [];
    return catalogue.value.overview.profileSections.map((section) => {
      const text = texts.value.find((n) => n.section === section.code && n.locale === locale);
      return { section, document: text && text.markdown.trim() !== '' ? parseMarkdown(text.markdown) : null };
    });
  }, [catalogue, texts, locale]);
  const keys = useMemo(() => citationKeys(sections.flatMap((s) => (s.document ? [s.document] : []))), [sections]);
  const citations = useCitations(keys);
  const keyIndicators = useMemo(() => (figures.state === 'ready' ? figures.value.map((f) => f.indicator) : []), [figures]);
  const series = useKeySeries(keyIndicators, scope.city);
  const ready = keys.every((key) => citations.answers.has(key)) && series.state !== 'loading';
  const broken = useMemo(() => (ready ? brokenCitations(sections, citations.answers) : []), [ready, sections, citations.answers]);

  for (const loadable of [catalogue, status, texts, figures, series]) {
    if (loadable.state === 'failed') return <ErrorNotice error={loadable.error} />;
  }
  if (catalogue.state !== 'ready' || status.state !== 'ready' || texts.state !== 'ready' || figures.state !== 'ready') return <Loading />;
  const city = status.value.city;
  if (!city) return <p className="empty">{t('report.noCity')}</p>;

  const desktop = isDesktop();
  const countsPeople = (code: string) => catalogue.value.indicator(code)?.people !== false;
  const charts = series.state === 'ready' ? reportCharts(figures.value, series.value, countsPeople) : [];
  const print = async () => {
    setBusy(true);
    setOutcome(null);
    const stamp = date.toISOString().slice(0, 10);
    setOutcome(await printReport(api, `focal-${city.code}-profile-${locale}-${stamp}.pdf`));
    setBusy(false);
  };

  return (
    <div className="report-panel">
      <div className="report-controls">
        <div className="report-controls__row">
          <div className="report-controls__language">
            <span className="report-controls__label">
              {t('report.language')}
            </span>
            <TextLanguageSwitch value={locale} onChange={setLocale} label={t('report.language')} />
          </div>
          <button type="button" className="button button--primary" onClick={() => void print()} disabled={busy || !ready} data-testid="report-print">
            <Icon name="download" />
            {desktop ? t('report.savePdf') : t('report.print')}
          </button>
        </div>
        <p className="report-controls__hint">
          {desktop ? `${t('report.hintDesktop')} ${t('report.hintPages')}` : t('report.hintBrowser')}
        </p>
        {broken.length > 0 ? (
          <Notice tone="warning" title={t('report.broken.title', { count: broken.length })}>
            <p>{t('report.broken.intro')}</p>
            <ul className="report-broken" data-testid="report-broken">
              {broken.map((item, i) => (
                <li key={i}>
                  {t('report.broken.entry', { section: item.section.name[asUiLocale(i18n.language) ?? 'en'], reason: t(`narrative.problem.${item.reason}`) })}{' '}
                  <code dir="ltr">{item.raw}</code>
                </li>
              ))}
            </ul>
          </Notice>
        ) : null}
        {outcome?.kind === 'saved' ? (
          <Notice tone="success" title={t('report.saved')}>
            <p dir="auto">{outcome.file}</p>
          </Notice>
        ) : null}
        {outcome?.kind === 'failed' ? <ErrorNotice error={outcome.error} /> : null}
        {citations.error ? <ErrorNotice error={citations.error} /> : null}
      </div>
      <ReportDocument city={city} locale={locale} t={reportT} date={date} figures={figures.value} sections={sections} answers={citations.answers} charts={charts} ready={ready} countsPeople={countsPeople} />
    </div>
  );
}
