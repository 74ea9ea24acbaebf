import { useMemo } from 'react';
import type { ProfileSection } from '../../../../../shared/domain/catalogue';
import type { CityProfile } from '../../../../../shared/domain/city';
import { directionOf } from '../../../../../shared/domain/locales';
import type { CitationAnswer, CitedFigure, NarrativeLocale } from '../../../../../shared/domain/narrative';
import type { KeyFigure, Source } from '../../../../../shared/domain/observation';
import { citationKey, collectCitations, type Block } from '../../../../../shared/narrative';
import { NarrativeBlocks } from '../narrative/NarrativeBlocks';
import { formatInteger, isolated, sharedFigureValue, type Translate } from '../narrative/figure-words';
import { sourceName, sourceText } from '../sources/source-words';
import { pageRules } from './page-rules';
import type { ReportChart } from './report-chart-points';
import { ReportCharts } from './ReportCharts';
import { numberSources } from './report-sources';

export interface ReportSection {
  section: ProfileSection;
  /** The section's text in the report's language, parsed; null when it has none. */
  document: Block[] | null;
}

function isFigure(answer: CitationAnswer | undefined): answer is CitedFigure {
  return answer !== undefined && !('problem' in answer);
}

function flagWords(figure: KeyFigure, t: Translate): string {
  const words = [
    figure.flags.provisional ? t('narrative.flags.provisional') : null,
    figure.flags.estimate ? t('narrative.flags.estimate') : null,
    figure.flags.confidential ? t('narrative.flags.confidential') : null,
  ].filter(
    (word): word is string => word !== null,
  );
  return words.join(t('narrative.figure.listSeparator'));
}

/**
 * The whole profile as one document in one language, laid out for paper: a title page with the
 * contents, the key figures, a chart of each key indicator, each written section with its figures
 * cited live, and the numbered sources (every source the paper shows). Only parts with content start a page of their own: the
 * sections not yet written are named together in one short part, so an empty profile prints as a
 * page or two rather than a heading per page. Pages carry a running header and "Page n of N".
 * Its `lang` and `dir` are the report's, so an Arabic report prints right-to-left from any interface.
 */
export function ReportDocument({
  city,
  locale,
  t,
  date,
  figures,
  sections,
  answers,
  charts,
  ready,
  countsPeople,
}: {
  city: CityProfile;
  locale: NarrativeLocale;
  /** Bound to the report's language. */
  t: Translate;
  date: Date;
  figures: readonly KeyFigure[];
  sections: readonly ReportSection[];
  answers: ReadonlyMap<string, CitationAnswer>;
  /** One per key indicator with something to draw. */
  charts: readonly ReportChart[];
  ready: boolean;
  /** Whether an indicator counts people (small counts of people are not printed). */
  countsPeople(indicator: string): boolean;
}) {
  const sources = useMemo(() => {
    const cited = sections.flatMap(({ document }) => (document ? collectCitations(document).map((c) => answers.get(citationKey(c))).filter(isFigure) : []));
    // Every source the paper shows is in the list: the key figures', then the charts' (earlier periods may cite others), then the text's.
    return numberSources([...figures.map((f) => f.source), ...charts.flatMap((c) => c.points.map((p) => p.source)), ...cited.map((f) => f.source)]);
  }, [figures, charts, sections, answers]);

  const country = city.country ? new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(city.country) : null;
  const prepared = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  const yearFormat = new Intl.NumberFormat(locale, { useGrouping: false });
  const describe = (source: Source) => sourceText(source, locale, t, (year) => yearFormat.format(year));
  const rendering = { locale, t, answers, topHeading: 3 as const, sourceNumber: (figure: CitedFigure) => sources.numberOf(figure.source), sharing: { countsPeople }, forPrint: true };
  const written = sections.filter((s) => s.document !== null);
  const unwritten = sections.filter((s) => s.document === null);
  // A part with nothing in it stays on the page before it instead of printing a page of its own.
  const part = (full: boolean) => (full ? 'report__part' : 'report__part report__part--brief');

  return (
    <article className="report" lang={locale} dir={directionOf(locale)} data-testid="report" data-state={ready ? 'ready' : 'loading'} aria-label={t('report.documentLabel', { city: city.names[locale] })}>
      <style>{pageRules(locale, t, t('report.runningHeader', { city: city.names[locale] }))}</style>
      <header className="report__cover">
        <p className="report__kicker">{t('report.kicker')}</p>
        <h1 className="report__city">{city.names[locale]}</h1>
        {country ? <p className="report__country">{country}</p> : null}
        <dl className="report__facts">
          {city.focalPoint ? (
            <div>
              <dt>{t('report.preparedBy')}</dt>
              <dd>{city.focalPoint.name}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('report.date')}</dt>
            <dd>{prepared}</dd>
          </div>
        </dl>
        {city.sample ? <p className="report__sample">{t('report.sampleNote')}</p> : null}
        <nav className="report__contents" aria-label={t('report.contents')}>
          <h2>{t('report.contents')}</h2>
          <ol data-testid="report-contents">
            <li>{t('report.keyFigures')}</li>
            {charts.length > 0 ? <li>{t('report.keyIndicators')}</li> : null}
            {written.map(({ section }) => (
              <li key={section.code}>{section.name[locale]}</li>
            ))}
            {unwritten.length > 0 ? <li>{t('report.notWritten')}</li> : null}
            <li>{t('report.sources')}</li>
          </ol>
        </nav>
      </header>

      <section className={`${part(figures.length > 0)} report__key-figures`} aria-labelledby="report-key-figures">
        <h2 id="report-key-figures">{t('report.keyFigures')}</h2>
        {figures.length === 0 ? (
          <p className="report__empty">{t('report.noFigures')}</p>
        ) : (
          <table className="report__table">
            <thead>
              <tr>
                <th scope="col">{t('report.columns.indicator')}</th>
                <th scope="col" className="report__number">
                  {t('report.columns.value')}
                </th>
                <th scope="col">{t('report.columns.period')}</th>
                <th scope="col">{t('report.columns.source')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((figure) => {
                const flags = flagWords(figure, t);
                return (
                  <tr key={figure.indicator}>
                    <th scope="row">{figure.name[locale]}</th>
                    <td className="report__number">{sharedFigureValue(figure, countsPeople(figure.indicator), locale, t)}</td>
                    <td>
                      {figure.period}
                      {flags ? <span className="report__flags">{flags}</span> : null}
                    </td>
                    <td>
                      {isolated(sourceName(figure.source, locale))}
                      <sup className="cited__ref">{t('narrative.figure.sourceRef', { number: formatInteger(sources.numberOf(figure.source) ?? 0, locale) })}</sup>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      {charts.length > 0 ? (
        <section className="report__part report__key-charts" aria-labelledby="report-key-charts">
          <h2 id="report-key-charts">{t('report.keyIndicators')}</h2>
          <ReportCharts charts={charts} locale={locale} t={t} />
        </section>
      ) : null}

      {written.map(({ section, document }) => (
        <section key={section.code} className="report__part report__section" aria-labelledby={`report-section-${section.code}`}>
          <h2 id={`report-section-${section.code}`}>{section.name[locale]}</h2>
          {document ? <NarrativeBlocks document={document} rendering={rendering} /> : null}
        </section>
      ))}

      {unwritten.length > 0 ? (
        <section className="report__part report__part--brief report__unwritten" aria-labelledby="report-unwritten">
          <h2 id="report-unwritten">{t('report.notWritten')}</h2>
          <ul className="report__unwritten-list">
            {unwritten.map(({ section }) => (
              <li key={section.code}>{section.name[locale]}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className={`${part(sources.list.length > 0)} report__sources`} aria-labelledby="report-sources">
        <h2 id="report-sources">{t('report.sources')}</h2>
        {sources.list.length === 0 ? (
          <p className="report__empty">{t('report.noSources')}</p>
        ) : (
          <ol className="report__source-list">
            {sources.list.map((source, i) => (
              <li key={i}>{describe(source)}</li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
