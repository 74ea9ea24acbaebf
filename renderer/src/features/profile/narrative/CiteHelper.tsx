import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObservationRow } from '../../../../../shared/domain/observation-table';
import type { NarrativeLocale } from '../../../../../shared/domain/narrative';
import type { ApiError } from '../../../../../shared/api/result';
import { citationKey, dimensionNames, formatCitation, type Citation } from '../../../../../shared/narrative';
import { useApi, useRead } from '../../../api/api-context';
import type { CatalogueView } from '../../../catalogue/catalogue-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { asUiLocale } from '../../../i18n/i18n';
import { figureDetail, formatFigureValue, formatInteger, type Translate } from './figure-words';
import { scopedKey, useCityScope } from '../../../city/city-scope';

/** How many rows of one indicator the helper reads to offer its breakdowns; more are rare and then cut. */
const rowLimit = 1000;

/** "sex=F status=ASY" for a row's breakdown ('' for the total), in the catalogue's dimension order. */
function breakdownOf(row: ObservationRow): string {
  return dimensionNames.flatMap((d) => (row[d] === '' ? [] : [`${d}=${row[d]}`])).join(' ');
}

function citationOf(indicator: string, period: string, breakdown: string): Citation {
  const codes: Citation['breakdown'] = {};
  for (const pair of breakdown.split(' ').filter((p) => p !== '')) {
    const [name, code = ''] = pair.split('=');
    const dimension = dimensionNames.find((d) => d === name);
    if (dimension) codes[dimension] = code;
  }
  return { indicator, period: period === '' ? null : period, breakdown: codes };
}

/** Lower case without accents or Arabic vowel marks, so "region" finds "Région" and a search need not be exact. */
function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * "Insert a figure": search and pick an indicator that has data, a period (or always the latest) and a breakdown,
 * see the figure as the text will show it, and insert its `{{…}}` token where the cursor was.
 */
export function CiteHelper({
  catalogue,
  textLocale,
  textT,
  onInsert,
  onClose,
}: {
  catalogue: CatalogueView;
  textLocale: NarrativeLocale;
  textT: Translate;
  onInsert(token: string): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const scope = useCityScope();
  const [gaps] = useRead('dashboard.gaps', { city: scope.city }, scopedKey(scope, 'cite-helper-gaps'));
  const [indicator, setIndicator] = useState('');
  const [search, setSearch] = useState('');
  const searchBox = useRef<HTMLInputElement>(null);
  useEffect(() => searchBox.current?.focus(), []);
  const [period, setPeriod] = useState('');
  const [breakdown, setBreakdown] = useState('');
  const [rows, setRows] = useState<{ key: string; rows: ObservationRow[]; total: number } | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const withData = useMemo(() => (gaps.state === 'ready' ? gaps.value.indicators.filter((i) => i.cells.length > 0) : []), [gaps]);
  const chosen = withData.find((i) => i.code === indicator);
  const periods = useMemo(() => (chosen ? chosen.cells.map((c) => c.period).sort().reverse() : []), [chosen]);

  // The rows of the chosen indicator (and period), to offer exactly the breakdowns that exist.
  const rowsKey = `${indicator}|${period}`;
  useEffect(() => {
    if (indicator === '') return;
    let current = true;
    void api
      .call('observations.page', {
        filter: { indicators: [indicator], periods: period === '' ? [] : [period] },
        sort: { column: 'period', descending: true },
        limit: rowLimit,
      })
      .then((answer) => {
        if (!current) return;
        if (answer.ok) {
          setFailure(null);
          setRows({ key: `${indicator}|${period}`, rows: answer.value.rows, total: answer.value.total });
        } else setFailure(answer.error);
      });
    return () => {
      current = false;
    };
  }, [api, indicator, period]);

  const breakdowns = useMemo(() => {
    if (!rows || rows.key !== rowsKey) return [];
    return [...new Set(rows.rows.map(breakdownOf))].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.split(' ').length - b.split(' ').length || a.localeCompare(b)));
  }, [rows, rowsKey]);

  const breakdownLabel = (key: string): string => {
    if (key === '') return t('narrative.cite.total');
    return key
      .split(' ')
      .map((pair) => {
        const [name, code = ''] = pair.split('=');
        const dimension = dimensionNames.find((d) => d === name);
        return dimension ? catalogue.codeName(dimension, code, locale, code) : pair;
      })
      .join(' · ');
  };

  // The total when there is one, else the first breakdown the data has, until the writer picks.
  const shownBreakdown = breakdowns.includes(breakdown) ? breakdown : breakdowns[0];
  const citation = indicator === '' || shownBreakdown === undefined ? null : citationOf(indicator, period, shownBreakdown);
  const token = citation ? formatCitation(citation) : null;
  const citeScope = useCityScope();
  const [preview] = useRead('narrative.cite', { citations: citation ? [citationKey(citation)] : [], city: citeScope.city }, scopedKey(citeScope, token ?? ''));
  const figure = preview.state === 'ready' ? preview.value[0] : undefined;

  const domainName = (code: string) => catalogue.overview.domains.find((d) => d.code === code)?.name[locale] ?? code;
  // Found by its name in the interface's or the text's language, or by its code.
  const words = searchable(search.trim());
  const offered = words === '' ? withData : withData.filter((i) => i.code === indicator || [i.name[locale], i.name[textLocale], i.code].some((n) => searchable(n).includes(words)));
  const domains = [...new Set(offered.map((i) => i.domain))];

  return (
    <section
      className="cite-helper"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h3 id={`${id}-title`} className="cite-helper__title">
        {t('narrative.cite.title')}
      </h3>
      <p className="cite-helper__intro">{t('narrative.cite.intro')}</p>
      {gaps.state === 'failed' ? <ErrorNotice error={gaps.error} /> : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      <label className="cite-helper__field cite-helper__search">
        <span>{t('narrative.cite.search')}</span>
        <input
          ref={searchBox}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(event) => {
            // Enter takes the first indicator found, so search-and-pick works from the keyboard alone.
            const first = offered[0];
            if (event.key === 'Enter' && first) {
              event.preventDefault();
              setIndicator(first.code);
              setPeriod('');
              setBreakdown('');
            }
          }}
          aria-describedby={`${id}-found`}
        />
        <span className="field__hint" id={`${id}-found`} aria-live="polite">
          {words === '' ? '' : t('narrative.cite.found', { count: offered.length, formatted: formatInteger(offered.length, locale) })}
        </span>
      </label>
      <div className="cite-helper__fields">
        <label className="cite-helper__field cite-helper__field--wide">
          <span>{t('narrative.cite.indicator')}</span>
          <select
            value={indicator}
            onChange={(e) => {
              setIndicator(e.target.value);
              setPeriod('');
              setBreakdown('');
            }}
          >
            <option value="">{gaps.state === 'ready' && withData.length === 0 ? t('narrative.cite.noData') : t('narrative.cite.chooseIndicator')}</option>
            {domains.map((domain) => (
              <optgroup key={domain} label={domainName(domain)}>
                {offered
                  .filter((i) => i.domain === domain)
                  .map((i) => (
                    <option key={i.code} value={i.code}>
                      {i.name[locale]}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="cite-helper__field">
          <span>{t('narrative.cite.period')}</span>
          <select
            value={period}
            disabled={indicator === ''}
            onChange={(e) => {
              setPeriod(e.target.value);
              setBreakdown('');
            }}
          >
            <option value="">{t('narrative.cite.latest')}</option>
            {periods.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label className="cite-helper__field">
          <span>{t('narrative.cite.breakdown')}</span>
          <select value={shownBreakdown ?? ''} disabled={breakdowns.length === 0} onChange={(e) => setBreakdown(e.target.value)}>
            {breakdowns.map((b) => (
              <option key={b} value={b}>
                {breakdownLabel(b)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rows && rows.key === rowsKey && rows.total > rows.rows.length ? <p className="field__hint">{t('narrative.cite.truncated', { shown: formatInteger(rows.rows.length, locale) })}</p> : null}
      <div className="cite-helper__result" aria-live="polite">
        {token ? (
          <>
            <code dir="ltr" data-testid="cite-token">
              {token}
            </code>
            {figure && !('problem' in figure) ? (
              <span className="cite-helper__preview" lang={textLocale} dir="auto">
                {formatFigureValue(figure.unit, figure.value, textLocale, textT)} {figureDetail(figure, textLocale, textT)}
              </span>
            ) : null}
          </>
        ) : (
          <span className="muted">{t('narrative.cite.pick')}</span>
        )}
      </div>
      <div className="cite-helper__actions">
        <button type="button" className="button button--primary" disabled={token === null} onClick={() => token && onInsert(token)}>
          {t('narrative.cite.insert')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('narrative.cite.close')}
        </button>
      </div>
    </section>
  );
}
